package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in a case's history, kept and never changed: who did what, when, from which state to
 * which, and why.
 *
 * @param caseId the case
 * @param sequence its place in the history, from 1 (the report itself)
 * @param action what happened, or null for the report
 * @param from the state before, or null for the report
 * @param to the state after
 * @param actor who did it (an actor id)
 * @param at when
 * @param reason why, where the action needs a reason, or any remark; at most 500 characters
 * @param body the body the case was dispatched to, for a dispatch; otherwise null
 */
public record CaseTransition(
    String caseId,
    int sequence,
    @Nullable CaseAction action,
    @Nullable CaseState from,
    CaseState to,
    String actor,
    Instant at,
    @Nullable String reason,
    @Nullable String body) {
  private static final String SUBJECT = "CaseTransition";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if one is missing or out of its bounds
   */
  public CaseTransition {
    Checks.key(caseId, SUBJECT, "caseId");
    if (sequence < 1) {
      throw InvalidInputException.of(SUBJECT, "sequence", "must be at least 1");
    }
    Checks.required(to, SUBJECT, "to");
    Checks.key(actor, SUBJECT, "actor");
    Checks.required(at, SUBJECT, "at");
    if ((action == null) != (sequence == 1) || (action == null) != (from == null)) {
      throw InvalidInputException.of(
          SUBJECT, "action", "and from are null exactly for the first step, the report");
    }
    if (reason != null && reason.length() > 500) {
      throw InvalidInputException.of(SUBJECT, "reason", "must be at most 500 characters");
    }
    if (body != null) {
      Checks.key(body, SUBJECT, "body");
    }
  }
}
