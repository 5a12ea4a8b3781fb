package io.github.jiceng.governance.party;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.policy.RuleResult;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking one party organisation's setup: the decision (one result per rule, each
 * with its reason, compared values, parameter version and citation) and the recommendations that
 * follow from it.
 *
 * @param organization the organisation checked
 * @param decision compliant or not, and why
 * @param recommendations what the organisation should do, in rule order; empty if nothing
 */
public record PartySetupCheck(
    PartyOrganization organization,
    Decision<Compliance> decision,
    List<Recommendation> recommendations) {

  public PartySetupCheck {
    Checks.required(organization, "PartySetupCheck", "organization");
    Checks.required(decision, "PartySetupCheck", "decision");
    recommendations = Checks.listOf(recommendations, "PartySetupCheck", "recommendations");
  }

  /** Compliant or non-compliant. */
  public Compliance outcome() {
    return decision.outcome();
  }

  /** The result of one rule, by id (see {@link PartyRules}). */
  public Optional<RuleResult> result(String ruleId) {
    return decision.result(ruleId);
  }

  /** The decision's explanation followed by the recommendations, in Chinese and English. */
  public String explain() {
    StringBuilder out = new StringBuilder(decision.explain());
    recommendations.forEach(
        r ->
            out.append("  → ")
                .append(r.in(Language.ZH))
                .append(" / ")
                .append(r.advice().en())
                .append('\n'));
    return out.toString();
  }

  /** The decision's explanation followed by the recommendations, in one language. */
  public String explain(Language language) {
    StringBuilder out = new StringBuilder(decision.explain(language));
    recommendations.forEach(r -> out.append("  → ").append(r.in(language)).append('\n'));
    return out.toString();
  }
}
