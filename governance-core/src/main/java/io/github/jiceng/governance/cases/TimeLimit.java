package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.calendar.WorkingTime;
import io.github.jiceng.governance.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stage's time limit (时限): an amount of working minutes, hours or days — counted in office hours
 * of working days ({@link WorkingTime}) — or of clock minutes or hours, for the categories handled
 * round the clock (emergencies). The value of the dated case-limit parameters ({@link CaseLimits}).
 *
 * @param amount how many units, 1 to 100,000
 * @param unit the unit
 */
public record TimeLimit(int amount, Unit unit) {

  /** What a limit counts in. */
  public enum Unit {
    /** Minutes of office time (工作分钟). */
    WORKING_MINUTES,
    /** Hours of office time (工作小时). */
    WORKING_HOURS,
    /** Working days (工作日), each its office hours: from 10:00 one day to 10:00 the next. */
    WORKING_DAYS,
    /** Clock minutes, day and night (自然分钟). */
    CLOCK_MINUTES,
    /** Clock hours, day and night (自然小时). */
    CLOCK_HOURS;

    /** Whether it counts office time only. */
    public boolean working() {
      return this == WORKING_MINUTES || this == WORKING_HOURS || this == WORKING_DAYS;
    }
  }

  /**
   * Checks the amount.
   *
   * @throws InvalidInputException if it is not 1 to 100,000, or the unit is missing
   */
  public TimeLimit {
    Checks.required(unit, "TimeLimit", "unit");
    if (amount < 1 || amount > 100_000) {
      throw InvalidInputException.of("TimeLimit", "amount", "must be 1 to 100000");
    }
  }

  /**
   * A limit written as {@link #toString} writes it: {@code 30 working minutes}, {@code 1 working
   * days}, {@code 2 clock hours} (a singular unit is read too: {@code 1 working day}).
   *
   * @throws InvalidInputException if the text is not an amount and one of the units
   */
  public static TimeLimit parse(String text) {
    Checks.required(text, "TimeLimit.parse", "text");
    String[] words = text.strip().split("\\s+", 2);
    if (words.length == 2 && words[0].matches("[0-9]{1,6}")) {
      String unit = words[1].toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
      for (Unit u : Unit.values()) {
        if (u.name().equals(unit) || (u.name()).equals(unit + "S")) {
          return new TimeLimit(Integer.parseInt(words[0]), u);
        }
      }
    }
    throw InvalidInputException.of(
        "TimeLimit",
        "text",
        "must be an amount and a unit, e.g. '30 working minutes', '1 working day', '2 clock hours'");
  }

  /** {@code amount} working minutes. */
  public static TimeLimit workingMinutes(int amount) {
    return new TimeLimit(amount, Unit.WORKING_MINUTES);
  }

  /** {@code amount} working hours. */
  public static TimeLimit workingHours(int amount) {
    return new TimeLimit(amount, Unit.WORKING_HOURS);
  }

  /** {@code amount} working days. */
  public static TimeLimit workingDays(int amount) {
    return new TimeLimit(amount, Unit.WORKING_DAYS);
  }

  /** {@code amount} clock hours. */
  public static TimeLimit clockHours(int amount) {
    return new TimeLimit(amount, Unit.CLOCK_HOURS);
  }

  /**
   * The limit as time to spend: minutes and hours as they are; working days as that many times the
   * office hours of {@code day} (the day the stage starts, or the next working day after it), so
   * that from 10:00 one working day lasts until 10:00 the next.
   *
   * @throws io.github.jiceng.governance.policy.ParameterNotInForceException if the calendar or the
   *     office hours do not reach that far
   */
  public Duration budget(LocalDate day, WorkingTime time) {
    Checks.required(day, "TimeLimit.budget", "day");
    Checks.required(time, "TimeLimit.budget", "time");
    return switch (unit) {
      case WORKING_MINUTES, CLOCK_MINUTES -> Duration.ofMinutes(amount);
      case WORKING_HOURS, CLOCK_HOURS -> Duration.ofHours(amount);
      case WORKING_DAYS -> {
        LocalDate working =
            time.calendar().isWorkingDay(day) ? day : time.calendar().plusWorkingDays(day, 1);
        yield time.hoursOn(working).orElseThrow().perDay().multipliedBy(amount);
      }
    };
  }

  /**
   * The moment {@code spend} of this limit's kind of time has passed after {@code from}: office
   * time for a working limit, clock time otherwise.
   */
  public LocalDateTime after(LocalDateTime from, Duration spend, WorkingTime time) {
    Checks.required(from, "TimeLimit.after", "from");
    Checks.required(spend, "TimeLimit.after", "spend");
    Checks.required(time, "TimeLimit.after", "time");
    return unit.working() ? time.plus(from, spend) : from.plus(spend);
  }

  /**
   * The time a stage spent from {@code from} to {@code to}, counted in this limit's kind of time.
   */
  public Duration used(LocalDateTime from, LocalDateTime to, WorkingTime time) {
    Checks.required(from, "TimeLimit.used", "from");
    Checks.required(to, "TimeLimit.used", "to");
    Checks.required(time, "TimeLimit.used", "time");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    return unit.working() ? time.between(from, to) : Duration.between(from, to);
  }

  /** {@code 30 working minutes}, {@code 1 working days}, {@code 2 clock hours}. */
  @Override
  public String toString() {
    return amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
