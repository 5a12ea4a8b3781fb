package io.github.jiceng.governance.calendar;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Working time (工作时间) as a policy defines it: the office hours ({@link #HOURS}, dated) of each
 * working day of the {@link WorkingCalendar}. "Two working hours" from 11:00 on a Friday before a
 * holiday is then exact: an hour before lunch, and the rest on the next working day. Local
 * date-times are in the zone the caller's clock is in (China time). Immutable and thread-safe.
 *
 * <p>A question about a day whose year has no holiday notice, or for which the policy sets no
 * office hours, throws {@link ParameterNotInForceException}, as the working calendar does.
 */
public final class WorkingTime {

  /** The office hours of a working day, from a date; set locally (no national default). */
  public static final ParameterKey<WorkingHours> HOURS =
      ParameterKey.of(
          "calendar.working-hours",
          WorkingHours.class,
          Text.of("工作日办公时间", "office hours of a working day"));

  private final Policy policy;
  private final WorkingCalendar calendar;

  private WorkingTime(Policy policy) {
    this.policy = policy;
    this.calendar = WorkingCalendar.of(policy);
  }

  /**
   * The working time of {@code policy}: its holiday notices and its office hours; worked out once
   * and kept with the policy.
   */
  public static WorkingTime of(Policy policy) {
    Checks.required(policy, "WorkingTime.of", "policy");
    return policy.derived(WorkingTime.class, WorkingTime::new);
  }

  /** The working calendar underneath. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The office hours on {@code day}, or none if it is not a working day.
   *
   * @throws ParameterNotInForceException if the year has no notice or the day no office hours
   */
  public java.util.Optional<WorkingHours> hoursOn(LocalDate day) {
    Checks.required(day, "WorkingTime.hoursOn", "day");
    return calendar.isWorkingDay(day)
        ? java.util.Optional.of(policy.value(HOURS, day))
        : java.util.Optional.empty();
  }

  /**
   * The working time from {@code from} to {@code to}: office hours of working days only; zero when
   * {@code to} is not after {@code from}.
   *
   * @throws ParameterNotInForceException if a day in between has no notice or no office hours
   */
  public Duration between(LocalDateTime from, LocalDateTime to) {
    Checks.required(from, "WorkingTime.between", "from");
    Checks.required(to, "WorkingTime.between", "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    for (LocalDate day = from.toLocalDate();
        !day.isAfter(to.toLocalDate());
        day = day.plusDays(1)) {
      java.util.Optional<WorkingHours> hours = hoursOn(day);
      if (hours.isEmpty()) {
        continue;
      }
      Duration end =
          day.equals(to.toLocalDate())
              ? hours.get().before(to.toLocalTime())
              : hours.get().perDay();
      Duration start =
          day.equals(from.toLocalDate()) ? hours.get().before(from.toLocalTime()) : Duration.ZERO;
      total = total.plus(end.minus(start));
    }
    return total;
  }

  /**
   * The moment {@code working} of working time has passed after {@code from}: a deadline. Time
   * outside office hours does not count, so a limit that starts in the evening starts the next
   * working morning; one that ends exactly at a span's close ends then (12:00, not 14:00).
   *
   * @throws InvalidInputException if {@code working} is negative
   * @throws ParameterNotInForceException if the count runs into a day with no notice or no hours
   */
  public LocalDateTime plus(LocalDateTime from, Duration working) {
    Checks.required(from, "WorkingTime.plus", "from");
    Checks.required(working, "WorkingTime.plus", "working");
    if (working.isNegative()) {
      throw InvalidInputException.of("WorkingTime", "working", "must not be negative");
    }
    if (working.isZero()) {
      return from;
    }
    Duration left = working;
    LocalDate day = from.toLocalDate();
    Duration usedToday = hoursOn(day).map(h -> h.before(from.toLocalTime())).orElse(Duration.ZERO);
    // each working day consumes its office hours; a year without working days has no notice, so the
    // walk ends at the calendar's end at the latest
    while (true) {
      java.util.Optional<WorkingHours> hours = hoursOn(day);
      if (hours.isPresent()) {
        Duration available = hours.get().perDay().minus(usedToday);
        if (left.compareTo(available) <= 0) {
          return day.atTime(hours.get().after(usedToday.plus(left)));
        }
        left = left.minus(available);
      }
      day = day.plusDays(1);
      usedToday = Duration.ZERO;
    }
  }

  /**
   * The moment {@code days} working days have passed after {@code from}: the same point of the
   * office hours on the {@code days}-th working day after — from 10:00 on a Monday, one working day
   * is 10:00 on Tuesday; from the evening (or a holiday), one working day is the whole next working
   * day, to its close.
   *
   * @throws InvalidInputException if {@code days} is negative
   * @throws ParameterNotInForceException if the count runs into a day with no notice or no hours
   */
  public LocalDateTime plusWorkingDays(LocalDateTime from, int days) {
    Checks.required(from, "WorkingTime.plusWorkingDays", "from");
    if (days < 0) {
      throw InvalidInputException.of("WorkingTime", "days", "must not be negative");
    }
    if (days == 0) {
      return from;
    }
    LocalDate day = from.toLocalDate();
    Duration worked = Duration.ZERO;
    java.util.Optional<WorkingHours> today = hoursOn(day);
    if (today.isPresent()
        && today.get().before(from.toLocalTime()).compareTo(today.get().perDay()) < 0) {
      worked = today.get().before(from.toLocalTime());
    } else {
      day = calendar.plusWorkingDays(day, 1); // the count starts on the next working day
    }
    if (worked.isZero()) {
      // nothing of the first day was used: the limit ends at the close of its last working day
      LocalDate last = calendar.plusWorkingDays(day, days - 1);
      WorkingHours hours = policy.value(HOURS, last);
      return last.atTime(hours.after(hours.perDay()));
    }
    LocalDate target = calendar.plusWorkingDays(day, days);
    return target.atTime(policy.value(HOURS, target).after(worked));
  }

  @Override
  public String toString() {
    return "WorkingTime[" + policy.id() + ", " + calendar + "]";
  }
}
