package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one question asked of the rules, and why: the outcome, the rules that decided it,
 * every other rule with its verdict and reason (including those that did not apply, and why), the
 * values compared, the parameter versions and citations used, the policy and the date. Immutable.
 *
 * <p>{@link #explain()} prints all of it for a person to read.
 *
 * @param <O> the outcome type
 */
public sealed class Decision<O extends Enum<O> & Outcome> permits RuleSet.LazyDecision {
  private final O outcome;
  private final LocalDate asOf;
  private final Origin origin;
  private final List<String> decidingIds;
  // written once, from immutable inputs: a race writes equal values (the idiom of String.hash)
  private volatile @Nullable String subject;
  private volatile @Nullable List<RuleResult> results;

  /**
   * Creates a decision with all its results; normally only a {@link RuleSet} or {@link
   * DecisionDocument} does this.
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
    this(
        outcome,
        asOf,
        new Origin(policyId, policyVersion, ruleSetId),
        Checks.listOf(Checks.required(deciding, "Decision", "deciding"), "Decision", "deciding")
            .stream()
            .map(RuleResult::ruleId)
            .toList());
    this.subject = subject;
    this.results =
        Checks.listOf(Checks.required(results, "Decision", "results"), "Decision", "results");
  }

  /**
   * A decision without its subject and results yet: a {@link RuleSet.LazyDecision} writes them when
   * first asked for.
   */
  Decision(O outcome, LocalDate asOf, Origin origin, List<String> decidingIds) {
    this.outcome = outcome;
    this.asOf = asOf;
    this.origin = origin;
    this.decidingIds =
        decidingIds; // immutable: from a Combined, or copied by the constructor above
  }

  /**
   * Where a decision comes from: the policy and the rule set. One per rule set and policy, shared
   * by its decisions.
   */
  record Origin(String policyId, String policyVersion, String ruleSetId) {}

  /** What was decided about, for example "城东社区居民委员会". */
  public String subject() {
    String text = subject;
    if (text == null) {
      text = writeSubject();
      subject = text;
    }
    return text;
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
    return origin.policyId();
  }

  /** The version of the policy applied. */
  public String policyVersion() {
    return origin.policyVersion();
  }

  /** The id of the rule set evaluated. */
  public String ruleSetId() {
    return origin.ruleSetId();
  }

  /**
   * Every rule's result, in rule-set order. A decision of a {@link RuleSet} writes them on the
   * first call, by running its rules again, explaining.
   *
   * @throws IllegalStateException if a rule explains a different verdict from the one the decision
   *     was made on, or gives no reason (a defect in that rule, or facts changed since)
   */
  public List<RuleResult> results() {
    List<RuleResult> all = results;
    if (all == null) {
      all = List.copyOf(writeResults());
      results = all;
    }
    return all;
  }

  /** The subject, for a decision built without one; only a lazy decision of a rule set is. */
  String writeSubject() {
    throw new IllegalStateException("decision without a subject");
  }

  /** Every rule's result, for a decision built without them; only a lazy decision is. */
  List<RuleResult> writeResults() {
    throw new IllegalStateException("decision without results");
  }

  /** The ids of the rules that decided the outcome; cheap, never writes the results. */
  public List<String> decidingRuleIds() {
    return decidingIds;
  }

  /** The results that decided the outcome, in the order of {@link #decidingRuleIds()}. */
  public List<RuleResult> decidingRules() {
    List<RuleResult> all = results();
    List<RuleResult> found = new java.util.ArrayList<>(decidingIds.size());
    for (String id : decidingIds) {
      for (RuleResult result : all) {
        if (result.ruleId().equals(id)) {
          found.add(result);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The rules that did not apply, each with its reason. */
  public List<RuleResult> notApplicable() {
    return results().stream().filter(r -> !r.applied()).toList();
  }

  /** The result of the rule with this id. */
  public java.util.Optional<RuleResult> result(String ruleId) {
    return results().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
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
        + subject()
        + " as of "
        + asOf
        + ": "
        + outcome
        + ", deciding "
        + decidingIds
        + "]";
  }
}
