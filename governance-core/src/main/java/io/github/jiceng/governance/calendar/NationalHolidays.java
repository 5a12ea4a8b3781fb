package io.github.jiceng.governance.calendar;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Policy;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The State Council's holiday arrangements (国务院办公厅关于部分节假日安排的通知) for the years this release of the
 * library knows, as national defaults of {@link WorkingCalendar#HOLIDAYS}. A newer year is added by
 * a policy override (or a newer library release) when the notice is published, usually in November
 * of the year before.
 */
public final class NationalHolidays {

  private NationalHolidays() {}

  /** The 2025 arrangement, published 2024-11-12. */
  public static HolidayNotice year2025() {
    return new HolidayNotice(
        2025,
        days(
            range("2025-01-01", "2025-01-01"),
            range("2025-01-28", "2025-02-04"),
            range("2025-04-04", "2025-04-06"),
            range("2025-05-01", "2025-05-05"),
            range("2025-05-31", "2025-06-02"),
            range("2025-10-01", "2025-10-08")),
        days(List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")));
  }

  /** The 2026 arrangement, published 2025-11-04. */
  public static HolidayNotice year2026() {
    return new HolidayNotice(
        2026,
        days(
            range("2026-01-01", "2026-01-03"),
            range("2026-02-15", "2026-02-23"),
            range("2026-04-04", "2026-04-06"),
            range("2026-05-01", "2026-05-05"),
            range("2026-06-19", "2026-06-21"),
            range("2026-09-25", "2026-09-27"),
            range("2026-10-01", "2026-10-07")),
        days(
            List.of(
                "2026-01-04",
                "2026-02-14",
                "2026-02-28",
                "2026-05-09",
                "2026-09-20",
                "2026-10-10")));
  }

  /** Adds the known years to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "NationalHolidays.addNationalDefaults", "policy");
    return policy.define(
        WorkingCalendar.HOLIDAYS,
        WorkingCalendar.version(year2025(), Citation.of("《国务院办公厅关于2025年部分节假日安排的通知》(2024年11月12日)")),
        WorkingCalendar.version(year2026(), Citation.of("《国务院办公厅关于2026年部分节假日安排的通知》(2025年11月4日)")));
  }

  @SafeVarargs
  private static Set<LocalDate> days(List<String>... ranges) {
    Set<LocalDate> result = new HashSet<>();
    for (List<String> range : ranges) {
      range.forEach(day -> result.add(LocalDate.parse(day)));
    }
    return result;
  }

  private static List<String> range(String first, String last) {
    return LocalDate.parse(first)
        .datesUntil(LocalDate.parse(last).plusDays(1))
        .map(LocalDate::toString)
        .toList();
  }
}
