package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.calendar.WorkingTime;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import io.github.jiceng.governance.policy.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A case's clocks as of an instant: for each stage that has started, the limit in force when it
 * started, the time used and left, whether and by how much it is overdue, whether it is past the
 * warning share, and its deadline. Time is counted in office hours of working days for a working
 * limit and round the clock for a clock limit ({@link TimeLimit.Unit}); a suspended case's handling
 * clock stops, and an approved extension adds its time to the handling limit. Computed from the
 * history, which is never changed, so the same question asked twice gets the same answer.
 */
public final class CaseClock {
  private CaseClock() {}

  /**
   * One stage's time.
   *
   * @param stage the stage
   * @param limit the limit in force when the stage first started, or empty if the policy sets none
   * @param extended whether an approved extension was added (handling only)
   * @param budget the time the stage may take, extensions included (zero if no limit)
   * @param used the time it has taken, in the limit's kind of time
   * @param running whether its clock runs at the instant asked
   * @param deadline when its budget runs out — in the past if it is overdue — or null if it has no
   *     limit or finished within it
   * @param warning whether it is running, not yet overdue, and has used at least the warning share
   */
  public record StageTime(
      CaseStage stage,
      Optional<CaseLimits.Found> limit,
      boolean extended,
      Duration budget,
      Duration used,
      boolean running,
      @Nullable LocalDateTime deadline,
      boolean warning) {

    /** The time left, zero once the budget is used. */
    public Duration left() {
      Duration left = budget.minus(used);
      return left.isNegative() ? Duration.ZERO : left;
    }

    /** How far past its limit the stage is (or was when it finished); zero if within. */
    public Duration overdue() {
      if (limit.isEmpty()) {
        return Duration.ZERO;
      }
      Duration over = used.minus(budget);
      return over.isNegative() ? Duration.ZERO : over;
    }

    /** Whether it used more than its limit. */
    public boolean isOverdue() {
      return overdue().compareTo(Duration.ZERO) > 0;
    }
  }

  /**
   * The clocks of {@code c} with {@code history} (its transitions, oldest first) as of {@code
   * asOf}, local time in {@code zone}, under {@code policy}.
   *
   * @throws InvalidInputException if the history is not the case's, out of order, or later than
   *     {@code asOf}
   * @throws ParameterNotInForceException if the working calendar or the office hours do not reach a
   *     day the clocks must count
   */
  public static List<StageTime> of(
      Case c, List<CaseTransition> history, Policy policy, Instant asOf, ZoneId zone) {
    Checks.required(c, "CaseClock.of", "case");
    Checks.listOf(history, "CaseClock.of", "history");
    Checks.required(policy, "CaseClock.of", "policy");
    Checks.required(asOf, "CaseClock.of", "asOf");
    Checks.required(zone, "CaseClock.of", "zone");
    checkHistory(c, history, asOf);
    WorkingTime time = WorkingTime.of(policy);
    List<StageTime> stages = new ArrayList<>();
    for (CaseStage stage : CaseStage.values()) {
      stage(c, history, policy, time, stage, asOf, zone).ifPresent(stages::add);
    }
    return stages;
  }

  private static void checkHistory(Case c, List<CaseTransition> history, Instant asOf) {
    if (history.isEmpty() || history.get(0).sequence() != 1) {
      throw InvalidInputException.of(
          "CaseClock " + c.id(), "history", "must start with the report (sequence 1)");
    }
    for (int i = 0; i < history.size(); i++) {
      CaseTransition t = history.get(i);
      if (!t.caseId().equals(c.id()) || t.sequence() != i + 1) {
        throw InvalidInputException.of(
            "CaseClock " + c.id(), "history[" + i + "]", "is not step " + (i + 1) + " of the case");
      }
      if (i > 0 && t.at().isBefore(history.get(i - 1).at())) {
        throw InvalidInputException.of(
            "CaseClock " + c.id(), "history[" + i + "]", "is earlier than the step before");
      }
    }
    if (history.get(history.size() - 1).at().isAfter(asOf)) {
      throw InvalidInputException.of(
          "CaseClock " + c.id(), "asOf", "must not be before the case's last step");
    }
  }

  private static Optional<StageTime> stage(
      Case c,
      List<CaseTransition> history,
      Policy policy,
      WorkingTime time,
      CaseStage stage,
      Instant asOf,
      ZoneId zone) {
    LocalDateTime now = LocalDateTime.ofInstant(asOf, zone);
    // the stage's counted intervals, and its budget with every approved extension
    List<LocalDateTime[]> intervals = new ArrayList<>();
    boolean running = false;
    boolean extended = false;
    Duration extensions = Duration.ZERO;
    int first = 0;
    if (stage.sinceLastDispatch()) {
      for (int i = 0; i < history.size(); i++) {
        if (history.get(i).action() == CaseAction.DISPATCH) {
          first = i;
        }
      }
    }
    for (int i = first; i < history.size(); i++) {
      CaseTransition t = history.get(i);
      boolean last = i == history.size() - 1;
      if (stage == CaseStage.HANDLING && t.action() == CaseAction.APPROVE_EXTENSION) {
        java.time.LocalDate day = t.at().atZone(zone).toLocalDate();
        TimeLimit extension = policy.findValue(CaseLimits.extension(c.urgency()), day);
        if (extension != null) {
          extensions = extensions.plus(extension.budget(day, time));
          extended = true;
        }
      }
      if (stage.runsIn(t.to())) {
        LocalDateTime from = LocalDateTime.ofInstant(t.at(), zone);
        LocalDateTime to = last ? now : LocalDateTime.ofInstant(history.get(i + 1).at(), zone);
        intervals.add(new LocalDateTime[] {from, to});
        running = last;
      }
    }
    if (intervals.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime start = intervals.get(0)[0];
    CaseLimits.Found found = CaseLimits.limit(policy, stage, c, start.toLocalDate()).orElse(null);
    if (found == null) {
      return Optional.of(
          new StageTime(
              stage,
              Optional.empty(),
              extended,
              Duration.ZERO,
              Duration.ZERO,
              running,
              null,
              false));
    }
    TimeLimit limit = found.limit();
    Duration budget = limit.budget(start.toLocalDate(), time).plus(extensions);
    Duration used = Duration.ZERO;
    LocalDateTime deadline = null;
    for (LocalDateTime[] interval : intervals) {
      Duration spent = limit.used(interval[0], interval[1], time);
      if (deadline == null && used.plus(spent).compareTo(budget) >= 0) {
        deadline = limit.after(interval[0], budget.minus(used), time);
      }
      used = used.plus(spent);
    }
    if (running && deadline == null) {
      deadline = limit.after(now, budget.minus(used), time);
    }
    Integer percent = policy.findValue(CaseLimits.WARNING_PERCENT, now.toLocalDate());
    boolean warning =
        running
            && percent != null
            && used.compareTo(budget) < 0
            && used.multipliedBy(100).compareTo(budget.multipliedBy(percent)) >= 0;
    return Optional.of(
        new StageTime(
            stage, Optional.ofNullable(found), extended, budget, used, running, deadline, warning));
  }
}
