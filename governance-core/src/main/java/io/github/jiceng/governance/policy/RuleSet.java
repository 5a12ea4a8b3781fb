package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named set of rules over the same kind of facts, and the {@link Combiner} that turns their
 * results into one {@link Decision}. Immutable and thread-safe.
 *
 * <p>Every rule is evaluated, whatever the others found, so a decision always lists every rule with
 * its verdict. A rule that is not in force on the date, or that needs a parameter the policy does
 * not have on that date, is reported as {@link Verdict#NOT_APPLICABLE} with the reason.
 *
 * @param <F> the facts
 * @param <O> the outcome
 */
public final class RuleSet<F, O extends Enum<O> & Outcome> {
  private final String id;
  private final List<Rule<F>> rules;
  private final Combiner<O> combiner;

  /**
   * @param id the rule set's id, for example {@code committee-law}
   * @param rules the rules, with distinct ids
   * @param combiner how the results combine
   */
  public RuleSet(String id, List<Rule<F>> rules, Combiner<O> combiner) {
    Set<String> ids = new HashSet<>();
    for (Rule<F> rule : rules) {
      if (!ids.add(rule.id())) {
        throw InvalidInputException.of("RuleSet " + id, "rules", "rule id " + rule.id() + " appears twice");
      }
    }
    this.id = id;
    this.rules = List.copyOf(rules);
    this.combiner = combiner;
  }

  /** The rule set's id. */
  public String id() {
    return id;
  }

  /** The rules, in the order they are listed in decisions. */
  public List<Rule<F>> rules() {
    return rules;
  }

  /**
   * Evaluates every rule on {@code facts} as of {@code asOf} under {@code policy}.
   *
   * @param subject what is being decided about, in words (for example "城东社区居民委员会")
   */
  public Decision<O> evaluate(String subject, F facts, Policy policy, LocalDate asOf) {
    List<RuleResult> results = new ArrayList<>(rules.size());
    for (Rule<F> rule : rules) {
      results.add(evaluateOne(rule, facts, policy, asOf));
    }
    Combiner.Combined<O> combined = combiner.combine(results);
    return new Decision<>(
        subject, combined.outcome(), asOf, policy.id(), policy.version(), id, results, combined.deciding());
  }

  private RuleResult evaluateOne(Rule<F> rule, F facts, Policy policy, LocalDate asOf) {
    RuleContext context = new RuleContext(rule, policy, asOf);
    if (!rule.inForce().contains(asOf)) {
      return context.notApplicable(
          Text.of(
              "该规则在 " + asOf + " 不在有效期内（" + rule.inForce() + "）",
              "the rule is not in force on " + asOf + " (in force " + rule.inForce() + ")"));
    }
    try {
      return rule.evaluate(facts, context);
    } catch (ParameterNotInForceException e) {
      return new RuleContext(rule, policy, asOf)
          .notApplicable(
              Text.of(
                  "参数 " + e.parameterId() + " 在 " + asOf + " 没有有效值",
                  "parameter " + e.parameterId() + " has no value in force on " + asOf));
    }
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + ", " + rules.size() + " rules]";
  }
}
