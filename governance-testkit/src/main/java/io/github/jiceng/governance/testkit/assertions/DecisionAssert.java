package io.github.jiceng.governance.testkit.assertions;

import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Outcome;
import io.github.jiceng.governance.policy.RuleResult;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Decision}. Every failure message ends with the decision's full
 * explanation (rules, reasons, compared values, citations), so a failing test says why.
 *
 * <pre>{@code
 * assertThat(policy.decide(request, community, day)).isRefused().byRule("A3").citing("第十七条");
 * }</pre>
 *
 * @param <O> the outcome type
 */
public final class DecisionAssert<O extends Enum<O> & Outcome>
    extends AbstractAssert<DecisionAssert<O>, Decision<O>> {

  DecisionAssert(Decision<O> actual) {
    super(actual, DecisionAssert.class);
  }

  /** The outcome is {@code expected}. */
  public DecisionAssert<O> hasOutcome(O expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      fail("Expecting outcome " + expected + " but was " + actual.outcome() + decidedBy());
    }
    return this;
  }

  /** The outcome is ADMITTED (准入). */
  public DecisionAssert<O> isAdmitted() {
    return hasOutcomeNamed("ADMITTED");
  }

  /** The outcome is REFUSED (不予准入). */
  public DecisionAssert<O> isRefused() {
    return hasOutcomeNamed("REFUSED");
  }

  /** The outcome is PENDING_APPROVAL (待审批). */
  public DecisionAssert<O> isPendingApproval() {
    return hasOutcomeNamed("PENDING_APPROVAL");
  }

  /** The outcome is COMPLIANT (for compliance checks). */
  public DecisionAssert<O> isCompliant() {
    return hasOutcomeNamed("COMPLIANT");
  }

  /** The outcome is NON_COMPLIANT (for compliance checks). */
  public DecisionAssert<O> isNonCompliant() {
    return hasOutcomeNamed("NON_COMPLIANT");
  }

  /** Each of {@code ruleIds} is among the deciding rules (others may decide too). */
  public DecisionAssert<O> byRule(String... ruleIds) {
    isNotNull();
    List<String> deciding = actual.decidingRuleIds();
    List<String> missing = Arrays.stream(ruleIds).filter(id -> !deciding.contains(id)).toList();
    if (!missing.isEmpty()) {
      fail(
          "Expecting "
              + String.join(", ", missing)
              + " among the deciding rules but they were "
              + deciding
              + rulesAbout(missing));
    }
    return this;
  }

  /** The deciding rules are exactly {@code ruleIds}, in any order. */
  public DecisionAssert<O> byRulesExactly(String... ruleIds) {
    isNotNull();
    List<String> deciding = actual.decidingRuleIds();
    if (!new java.util.HashSet<>(deciding).equals(new java.util.HashSet<>(Arrays.asList(ruleIds)))
        || deciding.size() != ruleIds.length) {
      fail(
          "Expecting deciding rules exactly " + Arrays.toString(ruleIds) + " but were " + deciding);
    }
    return this;
  }

  /**
   * A citation of a deciding rule, or of a parameter version it used, contains {@code text}, for
   * example {@code "第十七条"} or {@code "国办发〔2018〕47号"}.
   */
  public DecisionAssert<O> citing(String text) {
    isNotNull();
    if (actual.decidingRules().stream().anyMatch(r -> r.cites(text))) {
      return this;
    }
    fail(
        "Expecting a citation of the deciding rules "
            + actual.decidingRuleIds()
            + " to contain \""
            + text
            + "\" but they cite "
            + actual.decidingRules().stream()
                .flatMap(r -> r.citations().stream())
                .map(Citation::toString)
                .distinct()
                .toList());
    return this;
  }

  /** The rule {@code ruleId} did not apply (its reason says why). */
  public DecisionAssert<O> didNotApply(String ruleId) {
    isNotNull();
    RuleResult result = actual.result(ruleId).orElse(null);
    if (result == null) {
      fail(
          "Expecting rule "
              + ruleId
              + " in the decision but it has no such rule; rules: "
              + actual.results().stream().map(RuleResult::ruleId).toList());
    } else if (result.applied()) {
      fail(
          "Expecting rule "
              + ruleId
              + " not to apply but it was "
              + result.verdict()
              + ": "
              + result.reason());
    }
    return this;
  }

  private DecisionAssert<O> hasOutcomeNamed(String name) {
    isNotNull();
    if (!actual.outcome().name().equals(name)) {
      fail("Expecting outcome " + name + " but was " + actual.outcome() + decidedBy());
    }
    return this;
  }

  private String decidedBy() {
    List<String> rules = actual.decidingRuleIds();
    return rules.isEmpty()
        ? " (no rule decided)"
        : " (decided by " + String.join(", ", rules) + ")";
  }

  private String rulesAbout(List<String> ids) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      actual
          .result(id)
          .ifPresent(
              r ->
                  out.append("\n  ")
                      .append(id)
                      .append(" was ")
                      .append(r.verdict())
                      .append(": ")
                      .append(r.reason()));
    }
    return out.toString();
  }

  /** Fails with {@code message}, the decision's subject and its full explanation. */
  private void fail(String message) {
    failWithMessage(
        "%s%n%nfor %s as of %s under %s %s:%n%s",
        message,
        actual.subject(),
        actual.asOf(),
        actual.policyId(),
        actual.policyVersion(),
        actual.explain());
  }
}
