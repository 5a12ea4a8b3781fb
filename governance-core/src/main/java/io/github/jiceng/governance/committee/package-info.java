/**
 * Residents' committees (居民委员会) and villagers' committees (村民委员会): their members, terms and
 * residents' groups, their meetings, and the committee laws as dated, cited rules ({@link
 * io.github.jiceng.governance.committee.CommitteeLaw}).
 */
@NullMarked
package io.github.jiceng.governance.committee;

import org.jspecify.annotations.NullMarked;
