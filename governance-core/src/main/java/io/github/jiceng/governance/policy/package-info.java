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
 * <p>A {@link io.github.jiceng.governance.policy.Rule} is one method that reads parameters <em>as
 * of</em> a date and returns its {@link io.github.jiceng.governance.policy.Verdict}; asked to
 * explain, the same method also gives its reason. A {@link
 * io.github.jiceng.governance.policy.RuleSet} evaluates all its rules, combines their verdicts into
 * a {@link io.github.jiceng.governance.policy.Decision}, and writes each rule's {@link
 * io.github.jiceng.governance.policy.RuleResult} only when the decision is asked to explain itself,
 * in Chinese and English.
 */
@NullMarked
package io.github.jiceng.governance.policy;

import org.jspecify.annotations.NullMarked;
