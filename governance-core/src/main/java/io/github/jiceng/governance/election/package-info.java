/**
 * Committee elections (换届选举) and recall (罢免) under the committee laws: the villagers' committee
 * election as the 《村民委员会组织法》 sets it — the register and its publication, objections, candidates,
 * validity, who is elected in the first and a second round, a woman member, a member of a smaller
 * ethnic group, secret ballot and public count, proxies — and the recall of a member, each decided
 * by {@link io.github.jiceng.governance.election.ElectionRules} with the numbers as dated, cited
 * parameters a province's election measures can override.
 */
@NullMarked
package io.github.jiceng.governance.election;

import org.jspecify.annotations.NullMarked;
