package io.github.jiceng.governance.policy;

import java.util.List;

/**
 * One rule: a named, cited check of some facts of type {@code F}, evaluated as of a date.
 *
 * <p>A rule is written once, as one {@link #check} method that returns its {@link Verdict}. The
 * same method runs in two modes (see {@link RuleContext}):
 *
 * <ul>
 *   <li><b>deciding</b> — {@link RuleContext#explaining()} is false: the rule set wants the verdict
 *       only, and the rule should not spend time writing texts;
 *   <li><b>explaining</b> — {@link RuleContext#explaining()} is true: the rule also says {@link
 *       RuleContext#because why}, with the values it compared. The parameter versions it read with
 *       {@link RuleContext#use} and the sources it {@link RuleContext#cite cited} are recorded.
 * </ul>
 *
 * <p>A {@link RuleSet} decides in the first mode and explains in the second only when the decision
 * is asked for its results, so the verdict always comes from the same code as its explanation:
 *
 * <pre>{@code
 * Rule<Committee> households = Rule.of("RC-HOUSEHOLDS", title, List.of(), (committee, c) -> {
 *   IntRange lawful = c.use(CommitteeLaw.RESIDENTS_HOUSEHOLDS);
 *   boolean ok = lawful.contains(committee.households());
 *   if (c.explaining()) {
 *     c.because(Text.of("管辖 " + committee.households() + " 户", "covers " + committee.households()),
 *         ComparedValue.of("households", committee.households(), lawful));
 *   }
 *   return ok ? Verdict.SATISFIED : Verdict.VIOLATED;
 * });
 * }</pre>
 *
 * <p>Rules must be stateless and free of side effects, and give the same verdict in both modes; a
 * rule set may evaluate them in any order.
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

  /**
   * Checks the facts and returns the verdict; when {@code context} is {@linkplain
   * RuleContext#explaining() explaining}, also gives the reason through {@link
   * RuleContext#because}.
   *
   * @throws ParameterNotInForceException if a parameter the rule needs has no value on the day it
   *     looks up; the rule set then reports the rule as not applicable, saying why
   */
  Verdict check(F facts, RuleContext context);

  /**
   * The check of a rule written with {@link Rule#of}: {@link Rule#check} as a lambda.
   *
   * @param <F> the facts
   */
  @FunctionalInterface
  interface Check<F> {
    /** Checks {@code facts}; see {@link Rule#check}. */
    Verdict check(F facts, RuleContext context);
  }

  /** A rule from its parts, for rules that fit in a lambda; in force always. */
  static <F> Rule<F> of(String id, Text title, List<Citation> citations, Check<F> check) {
    return of(id, title, citations, EffectivePeriod.always(), check);
  }

  /** A rule from its parts, in force during {@code inForce}. */
  static <F> Rule<F> of(
      String id, Text title, List<Citation> citations, EffectivePeriod inForce, Check<F> check) {
    return new WrittenRule<>(id, title, List.copyOf(citations), inForce, check);
  }
}
