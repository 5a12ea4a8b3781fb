package io.github.jiceng.governance.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to one question asked of the rules, and why: the outcome, the rules that decided it,
 * every other rule with its verdict and reason (including those that did not apply, and why), the
 * values compared, the parameter versions and citations used, the policy and the date. Immutable.
 *
 * <p>{@link #explain()} prints all of it for a person to read.
 *
 * @param <O> the outcome type
 */
public final class Decision<O extends Enum<O> & Outcome> {
  private final String subject;
  private final O outcome;
  private final LocalDate asOf;
  private final String policyId;
  private final String policyVersion;
  private final String ruleSetId;
  private final List<RuleResult> results;
  private final List<RuleResult> deciding;

  /**
   * Creates a decision; normally only a {@link RuleSet} does this.
   *
   * @param subject what was decided about
   * @param outcome the overall outcome
   * @param asOf the date the question was asked as of
   * @param policyId the policy's id
   * @param policyVersion the policy's version
   * @param ruleSetId the rule set's id
   * @param results every rule's result, in rule-set order
   * @param deciding the results that decided the outcome
   */
  public Decision(
      String subject,
      O outcome,
      LocalDate asOf,
      String policyId,
      String policyVersion,
      String ruleSetId,
      List<RuleResult> results,
      List<RuleResult> deciding) {
    this.subject = subject;
    this.outcome = outcome;
    this.asOf = asOf;
    this.policyId = policyId;
    this.policyVersion = policyVersion;
    this.ruleSetId = ruleSetId;
    this.results = List.copyOf(results);
    this.deciding = List.copyOf(deciding);
  }

  /** What was decided about, for example "城东社区居民委员会". */
  public String subject() {
    return subject;
  }

  /** The overall outcome. */
  public O outcome() {
    return outcome;
  }

  /** The date the question was asked as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The id of the policy applied. */
  public String policyId() {
    return policyId;
  }

  /** The version of the policy applied. */
  public String policyVersion() {
    return policyVersion;
  }

  /** The id of the rule set evaluated. */
  public String ruleSetId() {
    return ruleSetId;
  }

  /** Every rule's result, in rule-set order. */
  public List<RuleResult> results() {
    return results;
  }

  /** The results that decided the outcome. */
  public List<RuleResult> decidingRules() {
    return deciding;
  }

  /** The rules that did not apply, each with its reason. */
  public List<RuleResult> notApplicable() {
    return results.stream().filter(r -> !r.applied()).toList();
  }

  /** The result of the rule with this id. */
  public java.util.Optional<RuleResult> result(String ruleId) {
    return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /** The explanation in Chinese and English, each line in both languages. */
  public String explain() {
    return Explanation.bilingual(this);
  }

  /** The explanation in one language. */
  public String explain(Language language) {
    return Explanation.in(this, language);
  }

  @Override
  public String toString() {
    return "Decision["
        + subject
        + " as of "
        + asOf
        + ": "
        + outcome
        + ", deciding "
        + deciding.stream().map(RuleResult::ruleId).toList()
        + "]";
  }
}
