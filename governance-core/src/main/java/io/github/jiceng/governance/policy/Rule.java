package io.github.jiceng.governance.policy;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One rule: a named, cited check of some facts of type {@code F}, evaluated as of a date.
 *
 * <p>A rule reads its numbers from the policy through {@link RuleContext#use(ParameterKey)} (which
 * records the version used) and ends with {@link RuleContext#satisfied}, {@link
 * RuleContext#violated} or {@link RuleContext#notApplicable}. Rules must be stateless and free of
 * side effects; a {@link RuleSet} may evaluate them in any order.
 *
 * @param <F> the facts the rule checks
 */
public interface Rule<F> {

  /** A stable id such as {@code RC-HOUSEHOLDS}, used in decisions, tests and coverage. */
  String id();

  /** What the rule says, in a few words. */
  Text title();

  /** The documents the rule itself rests on, besides those of the parameters it uses. */
  default List<Citation> citations() {
    return List.of();
  }

  /** The days on which the rule is in force; outside them it does not apply. */
  default EffectivePeriod inForce() {
    return EffectivePeriod.always();
  }

  /** Checks the facts. */
  RuleResult evaluate(F facts, RuleContext context);

  /** A rule from its parts, for rules that fit in a lambda; in force always. */
  static <F> Rule<F> of(
      String id,
      Text title,
      List<Citation> citations,
      BiFunction<F, RuleContext, RuleResult> check) {
    return of(id, title, citations, EffectivePeriod.always(), check);
  }

  /** A rule from its parts, in force during {@code inForce}. */
  static <F> Rule<F> of(
      String id,
      Text title,
      List<Citation> citations,
      EffectivePeriod inForce,
      BiFunction<F, RuleContext, RuleResult> check) {
    List<Citation> sources = List.copyOf(citations);
    return new Rule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Text title() {
        return title;
      }

      @Override
      public List<Citation> citations() {
        return sources;
      }

      @Override
      public EffectivePeriod inForce() {
        return inForce;
      }

      @Override
      public RuleResult evaluate(F facts, RuleContext context) {
        return check.apply(facts, context);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }
}
