package io.github.jiceng.governance.points;

import io.github.jiceng.governance.base.GovernanceException;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;

/**
 * Thrown when the points rules refuse an entry — more spent than held, a deed not in the table, a
 * second score in a round, a second redemption in a round. Carries the decision, which explains
 * every rule with its numbers and citations; nothing was written.
 */
public class EntryRefusedException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final transient Decision<Compliance> decision;

  /**
   * @param accountId the account
   * @param decision the rules' decision, non-compliant
   */
  public EntryRefusedException(String accountId, Decision<Compliance> decision) {
    super(
        "entry refused for points account "
            + accountId
            + " by "
            + String.join(", ", decision.decidingRuleIds())
            + ": "
            + decision.results().stream()
                .filter(r -> decision.decidingRuleIds().contains(r.ruleId()))
                .map(r -> r.reason().en())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
    this.decision = decision;
  }

  /** The decision that refused the entry. */
  public Decision<Compliance> decision() {
    return decision;
  }
}
