package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Decision;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An access decision as it is kept: which request, which community, the how-manieth decision on
 * that pair, and the full {@link Decision} with its explanation. Immutable once stored: deciding a
 * request again (for example under a newer policy version, or after the leadership group acted)
 * stores a new record with the next sequence number and keeps the old one.
 *
 * @param requestId the request
 * @param community the community decided for
 * @param sequence 1 for the first decision on this request and community, then 2, 3, ...
 * @param department the requesting department (kept for burden figures)
 * @param decision the decision with every rule's result
 */
public record AccessDecision(
    @Size(max = 64) String requestId,
    DivisionCode community,
    int sequence,
    @Size(max = 100) String department,
    Decision<AccessOutcome> decision) {

  public AccessDecision {
    requestId = WorkItem.codeOf(requestId, "AccessDecision", "requestId");
    Checks.required(community, "AccessDecision " + requestId, "community");
    if (sequence < 1) {
      throw InvalidInputException.of(
          "AccessDecision " + requestId, "sequence", "must be 1 or more");
    }
    department = WorkItem.nonBlank(department, "AccessDecision " + requestId, "department");
    Checks.required(decision, "AccessDecision " + requestId, "decision");
  }

  /** The key in the store: {@code requestId/community/sequence}. */
  public String id() {
    return requestId + "/" + community + "/" + sequence;
  }

  /** Admitted, refused or pending. */
  public AccessOutcome outcome() {
    return decision.outcome();
  }

  /** The date the decision was made as of. */
  public java.time.LocalDate asOf() {
    return decision.asOf();
  }

  /** The ids of the deciding rules. */
  public List<String> decidingRules() {
    return decision.decidingRuleIds();
  }

  /**
   * Whether the work was admitted as an emergency (rule A7), which must be recorded and reviewed.
   */
  public boolean emergency() {
    return outcome() == AccessOutcome.ADMITTED && decidingRules().contains(AccessRules.EMERGENCY);
  }

  /** The decision's explanation, in Chinese and English. */
  public String explain() {
    return decision.explain();
  }

  /**
   * The latest decision (highest sequence) on each request and community among {@code decisions},
   * ordered by request, then community: what burden figures and the inspection cap count.
   */
  public static List<AccessDecision> latest(java.util.Collection<AccessDecision> decisions) {
    Checks.required(decisions, "AccessDecision.latest", "decisions");
    java.util.Map<String, AccessDecision> latest = new java.util.TreeMap<>();
    for (AccessDecision d : decisions) {
      latest.merge(
          d.requestId() + "/" + d.community(), d, (a, b) -> a.sequence() >= b.sequence() ? a : b);
    }
    return List.copyOf(latest.values());
  }

  @Override
  public String toString() {
    return "AccessDecision["
        + id()
        + ": "
        + outcome()
        + " by "
        + decidingRules()
        + " as of "
        + asOf()
        + "]";
  }
}
