package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;

/**
 * A request (提议) that a committee convene a meeting: {@code requesting} out of {@code eligible}
 * residents, households, groups or representatives asked for it. {@link
 * CommitteeRules#checkConvening} says whether the committee must convene it.
 *
 * @param kind the meeting requested
 * @param basis who requested, counted how
 * @param eligible how many there are in all
 * @param requesting how many asked
 */
public record ConveningRequest(
    MeetingKind kind, AttendanceBasis basis, int eligible, int requesting) {
  private static final String SUBJECT = "ConveningRequest";

  public ConveningRequest {
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(basis, SUBJECT, "basis");
    if (eligible <= 0) {
      throw InvalidInputException.of(SUBJECT, "eligible", "must be positive");
    }
    if (requesting < 0 || requesting > eligible) {
      throw InvalidInputException.of(SUBJECT, "requesting", "must be between 0 and eligible");
    }
  }
}
