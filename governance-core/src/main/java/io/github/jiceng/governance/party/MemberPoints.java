package io.github.jiceng.governance.party;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;

/**
 * A member's points for one period (党员积分制管理): what the branch recorded for the member's
 * participation and service from {@code from} to {@code to}.
 *
 * @param from first day of the period
 * @param to last day of the period, not before {@code from}
 * @param points the points recorded (may be negative where deductions exceed awards)
 */
public record MemberPoints(LocalDate from, LocalDate to, int points) {

  public MemberPoints {
    Checks.required(from, "MemberPoints", "from");
    Checks.required(to, "MemberPoints", "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("MemberPoints", "to", "must not be before from");
    }
  }

  /** Points for the period from {@code from} to {@code to}. */
  public static MemberPoints of(LocalDate from, LocalDate to, int points) {
    return new MemberPoints(from, to, points);
  }
}
