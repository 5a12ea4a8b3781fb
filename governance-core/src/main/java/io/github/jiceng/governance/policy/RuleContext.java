package io.github.jiceng.governance.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule sees while it is evaluated: the policy, the date of the question, and a record of the
 * parameter versions it has used. One context serves one evaluation of one rule; it is not
 * thread-safe and not reusable.
 */
public final class RuleContext {
  private final Rule<?> rule;
  private final Policy policy;
  private final LocalDate asOf;
  private List<ParameterUse> used = List.of();
  private List<Citation> cited = List.of();

  RuleContext(Rule<?> rule, Policy policy, LocalDate asOf) {
    this.rule = rule;
    this.policy = policy;
    this.asOf = asOf;
  }

  /** The date the question is asked as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The policy the rule is evaluated under. */
  public Policy policy() {
    return policy;
  }

  /**
   * The value of {@code key} in force on {@link #asOf()}, recorded in the result.
   *
   * @throws ParameterNotInForceException if there is none; the rule set reports the rule as not
   *     applicable
   */
  public <V> V use(ParameterKey<V> key) {
    return use(key, asOf);
  }

  /**
   * The value of {@code key} in force on {@code day} — for rules that must apply the law of another
   * date, such as a term length judged by the law in force when the term began.
   */
  public <V> V use(ParameterKey<V> key, LocalDate day) {
    ParameterVersion<V> version = policy.valueAt(key, day);
    record(ParameterUse.of(key, version));
    return version.value();
  }

  /**
   * The value of {@code key} in force on {@link #asOf()} if the policy has one, recorded when
   * present — for the optional parts of a rule, which are skipped when the policy leaves them out.
   */
  public <V> java.util.Optional<V> find(ParameterKey<V> key) {
    return policy
        .parameter(key)
        .flatMap(p -> p.at(asOf))
        .map(
            version -> {
              record(ParameterUse.of(key, version));
              return version.value();
            });
  }

  private void record(ParameterUse use) {
    if (used.isEmpty()) {
      used = new ArrayList<>(2);
    }
    used.add(use);
  }

  /**
   * Adds a source this evaluation rests on besides the rule's own, for example the legal basis of
   * the list item a task rule looked up.
   */
  public RuleContext cite(Citation citation) {
    if (cited.isEmpty()) {
      cited = new ArrayList<>(2);
    }
    cited.add(citation);
    return this;
  }

  /** The facts satisfy the rule. */
  public RuleResult satisfied(Text reason, ComparedValue... compared) {
    return result(Verdict.SATISFIED, reason, List.of(compared));
  }

  /** The facts break the rule. */
  public RuleResult violated(Text reason, ComparedValue... compared) {
    return result(Verdict.VIOLATED, reason, List.of(compared));
  }

  /** The rule waits for a person's decision; {@code reason} says whose and by when. */
  public RuleResult awaiting(Text reason, ComparedValue... compared) {
    return result(Verdict.AWAITING, reason, List.of(compared));
  }

  /** Satisfied when {@code ok}, violated otherwise: for rules whose reason names both cases. */
  public RuleResult check(boolean ok, Text reason, ComparedValue... compared) {
    return ok ? satisfied(reason, compared) : violated(reason, compared);
  }

  /** The rule does not apply to these facts; {@code reason} says why. */
  public RuleResult notApplicable(Text reason) {
    return result(Verdict.NOT_APPLICABLE, reason, List.of());
  }

  private RuleResult result(Verdict verdict, Text reason, List<ComparedValue> compared) {
    List<Citation> citations = rule.citations();
    if (!cited.isEmpty()) {
      citations = new ArrayList<>(citations);
      citations.addAll(cited);
    }
    return new RuleResult(rule.id(), rule.title(), verdict, reason, compared, used, citations);
  }
}
