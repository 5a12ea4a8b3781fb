/**
 * The rule engine: dated, cited policy parameters and rules, and the decisions they produce.
 *
 * <p>Every number that the law or a local regulation sets is a {@link
 * io.github.jiceng.governance.policy.Parameter}: a series of {@link
 * io.github.jiceng.governance.policy.ParameterVersion}s, each with its value, its {@link
 * io.github.jiceng.governance.policy.EffectivePeriod} and its {@link
 * io.github.jiceng.governance.policy.Citation}. A {@link io.github.jiceng.governance.policy.Policy}
 * holds the parameters of a jurisdiction; a city overrides the national defaults by putting its own
 * versions over them.
 *
 * <p>A {@link io.github.jiceng.governance.policy.Rule} reads parameters <em>as of</em> a date and
 * returns a {@link io.github.jiceng.governance.policy.RuleResult}; a {@link
 * io.github.jiceng.governance.policy.RuleSet} evaluates all its rules and combines their results
 * into a {@link io.github.jiceng.governance.policy.Decision}, which can explain itself in Chinese
 * and English. A {@linkplain io.github.jiceng.governance.policy.RuleSet#deferred deferred} rule set
 * decides on the rules' verdicts alone and writes the results when they are first asked for; on hot
 * paths a {@link io.github.jiceng.governance.policy.Judge} gives every verdict in one call.
 */
@NullMarked
package io.github.jiceng.governance.policy;

import org.jspecify.annotations.NullMarked;
