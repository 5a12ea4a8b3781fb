package io.github.jiceng.governance.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

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

  /**
   * The verdict alone: what {@link #evaluate} would find, without writing its reason, compared
   * values or citations. A {@link RuleSet#deferred deferred} rule set decides with it and calls
   * {@link #evaluate} only when the explanation is asked for; it then checks that the two agree and
   * throws {@link IllegalStateException} naming the rule if they do not.
   *
   * <p>The default evaluates the rule and keeps its verdict. Override it when the reasons are
   * costly to write. May throw {@link ParameterNotInForceException}, like {@link #evaluate}.
   */
  default Verdict verdict(F facts, Policy policy, LocalDate asOf) {
    return evaluate(facts, new RuleContext(this, policy, asOf)).verdict();
  }

  /**
   * The verdict part of a rule written with {@link Rule#of(String, Text, List, EffectivePeriod,
   * BiFunction, VerdictCheck)}.
   *
   * @param <F> the facts
   */
  @FunctionalInterface
  interface VerdictCheck<F> {
    /** The verdict on {@code facts} as of {@code asOf} under {@code policy}. */
    Verdict verdict(F facts, Policy policy, LocalDate asOf);
  }

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
    return of(id, title, citations, inForce, check, null);
  }

  /**
   * A rule from its parts, in force during {@code inForce}, with a {@code verdict} that must agree
   * with {@code check} (see {@link #verdict(Object, Policy, LocalDate)}).
   */
  static <F> Rule<F> of(
      String id,
      Text title,
      List<Citation> citations,
      EffectivePeriod inForce,
      BiFunction<F, RuleContext, RuleResult> check,
      @Nullable VerdictCheck<F> verdict) {
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
      public Verdict verdict(F facts, Policy policy, LocalDate asOf) {
        return verdict == null
            ? Rule.super.verdict(facts, policy, asOf)
            : verdict.verdict(facts, policy, asOf);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }
}
