package io.github.jiceng.governance.service;

import io.github.jiceng.governance.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in a service request's history, kept and never changed: who did what, when, from which
 * state to which.
 *
 * @param requestId the request
 * @param sequence its place in the history, from 1 (intake)
 * @param event what happened, or null for the intake itself
 * @param from the state before, or null for the intake
 * @param to the state after
 * @param actor who did it (an actor id)
 * @param at when, by the facade's clock
 * @param note the reason of a refusal or return, or any remark; at most 500 characters
 */
public record RequestTransition(
    String requestId,
    int sequence,
    @Nullable RequestEvent event,
    @Nullable RequestState from,
    RequestState to,
    String actor,
    Instant at,
    @Nullable String note) {

  /** Checks the fields. */
  public RequestTransition {
    Checks.key(requestId, "RequestTransition", "requestId");
    if (sequence < 1) {
      throw io.github.jiceng.governance.base.InvalidInputException.of(
          "RequestTransition", "sequence", "must be at least 1");
    }
    Checks.required(to, "RequestTransition", "to");
    Checks.key(actor, "RequestTransition", "actor");
    Checks.required(at, "RequestTransition", "at");
    if (note != null && note.length() > 500) {
      throw io.github.jiceng.governance.base.InvalidInputException.of(
          "RequestTransition", "note", "must be at most 500 characters");
    }
  }
}
