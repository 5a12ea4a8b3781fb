package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the loop's figures count of one case, kept with it and brought up to date at every step: the
 * deadlines of its running stages (so that "overdue now" is a comparison with the day asked),
 * whether its finished stages kept their limits, its handling time, and how often it was returned,
 * reworked and extended. The store counts these; they are never worked out again from the history.
 *
 * @param filingDeadline when filing and dispatch must be done, while they are running; else null
 * @param filedOnTime whether it was dispatched (or rejected) within the filing limit; null while
 *     running or when the policy sets no limit
 * @param handlingDeadline when handling must be done, while it is running; else null
 * @param handledOnTime whether its handling, reported back, kept the limit; null while running,
 *     before it started, or without a limit
 * @param handlingMinutes the handling time used, in the limit's kind of minutes
 * @param returns how often a body returned it as not responsible
 * @param reworks how often it was sent back for rework
 * @param extensions how many extensions were approved
 */
public record CaseTimes(
    @Nullable Instant filingDeadline,
    @Nullable Boolean filedOnTime,
    @Nullable Instant handlingDeadline,
    @Nullable Boolean handledOnTime,
    long handlingMinutes,
    int returns,
    int reworks,
    int extensions) {

  /** Nothing counted yet: a case just reported, before its clocks are read. */
  public static final CaseTimes NONE = new CaseTimes(null, null, null, null, 0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @throws InvalidInputException if one is negative
   */
  public CaseTimes {
    if (handlingMinutes < 0 || returns < 0 || reworks < 0 || extensions < 0) {
      throw InvalidInputException.of(
          "CaseTimes", "handlingMinutes", "and the counts must not be negative");
    }
  }

  /** These times, counting one more {@code action}. */
  CaseTimes counting(CaseAction action) {
    return new CaseTimes(
        filingDeadline,
        filedOnTime,
        handlingDeadline,
        handledOnTime,
        handlingMinutes,
        returns + (action == CaseAction.RETURN_AS_NOT_RESPONSIBLE ? 1 : 0),
        reworks + (action == CaseAction.SEND_BACK_FOR_REWORK ? 1 : 0),
        extensions + (action == CaseAction.APPROVE_EXTENSION ? 1 : 0));
  }

  /**
   * These counts, with the deadlines and on-time flags that {@code clocks} — read for {@code c} in
   * {@code zone} — give: a stage's deadline while it runs, and whether it kept its limit once it is
   * over (filing once the case is dispatched or rejected, handling once it is reported back).
   */
  public CaseTimes withClocks(Case c, List<CaseClock.StageTime> clocks, ZoneId zone) {
    Checks.required(c, "CaseTimes.withClocks", "case");
    Checks.listOf(clocks, "CaseTimes.withClocks", "clocks");
    Checks.required(zone, "CaseTimes.withClocks", "zone");
    boolean filingOver = !CaseStage.FILING_AND_DISPATCH.runsIn(c.state());
    boolean handlingOver =
        c.state() == CaseState.REPORTED_BACK
            || c.state() == CaseState.VERIFIED
            || c.state() == CaseState.CLOSED;
    Instant filing = null;
    Boolean filedOnTime = null;
    Instant handling = null;
    Boolean handledOnTime = null;
    long minutes = 0;
    for (CaseClock.StageTime clock : clocks) {
      boolean limited = clock.limit().isPresent();
      Instant deadline =
          clock.running() && clock.deadline() != null
              ? java.util.Objects.requireNonNull(clock.deadline()).atZone(zone).toInstant()
              : null;
      switch (clock.stage()) {
        case FILING_AND_DISPATCH -> {
          filing = deadline;
          filedOnTime = limited && filingOver ? !clock.isOverdue() : null;
        }
        case HANDLING -> {
          handling = deadline;
          handledOnTime = limited && handlingOver ? !clock.isOverdue() : null;
          minutes = clock.used().toMinutes();
        }
        default -> {
          // verification and the window to return are not counted in the figures
        }
      }
    }
    return new CaseTimes(
        filing, filedOnTime, handling, handledOnTime, minutes, returns, reworks, extensions);
  }
}
