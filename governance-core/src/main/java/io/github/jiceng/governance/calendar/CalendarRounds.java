package io.github.jiceng.governance.calendar;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Calendar rounds of whole months — 1 for months, 3 for quarters, 12 for years, counted from
 * January — and how late something due once a round is: the reckoning of rules such as "a visit
 * every quarter" (关爱走访) or "published at least every quarter" (村务公开), written once.
 */
public final class CalendarRounds {
  private CalendarRounds() {}

  /**
   * Days overdue on {@code asOf} for something due once in every round of {@code months}, last done
   * on {@code last}: the days since the first round that ended without it; 0 if none has. With
   * nothing done ({@code last} null), only the round that has just ended counts.
   *
   * @throws InvalidInputException if {@code months} is not 1 to 120
   */
  public static long overdueDays(@Nullable LocalDate last, int months, LocalDate asOf) {
    Checks.required(asOf, "CalendarRounds.overdueDays", "asOf");
    if (months < 1 || months > 120) {
      throw InvalidInputException.of("CalendarRounds.overdueDays", "months", "must be 1 to 120");
    }
    long current = round(asOf, months);
    long firstMissed = last == null ? current - 1 : round(last, months) + 1;
    if (firstMissed >= current) {
      return 0;
    }
    LocalDate ended = start(firstMissed + 1, months);
    return ChronoUnit.DAYS.between(ended, asOf) + 1;
  }

  private static long round(LocalDate day, int months) {
    return Math.floorDiv(day.getYear() * 12L + day.getMonthValue() - 1, months);
  }

  /** The first day of round {@code index}. */
  private static LocalDate start(long index, int months) {
    long month = index * months;
    return LocalDate.of((int) Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1, 1);
  }
}
