package io.github.jiceng.governance.calendar;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's official holiday arrangement (节假日安排), as the State Council publishes it each year: the
 * days off (放假, including the weekdays given off in exchange) and the weekend days that are working
 * days instead (调休上班). Every other Saturday and Sunday is a day off, every other weekday a working
 * day.
 *
 * <p>A notice is the value of the parameter {@link WorkingCalendar#HOLIDAYS}, one version per year,
 * whose citation names the notice (for 2026: 国办发明电〔2025〕7号).
 *
 * @param year the calendar year the notice covers
 * @param holidays the days off that are not ordinary weekends (weekend days inside a holiday may be
 *     listed too)
 * @param workingWeekends Saturdays and Sundays that are working days (调休上班)
 */
public record HolidayNotice(int year, Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {

  public HolidayNotice {
    holidays = sortedCopy(holidays, year, "holidays");
    workingWeekends = sortedCopy(workingWeekends, year, "workingWeekends");
    for (LocalDate day : workingWeekends) {
      if (!isWeekend(day)) {
        throw InvalidInputException.of(
            "HolidayNotice " + year, "workingWeekends", day + " is not a Saturday or Sunday");
      }
      if (holidays.contains(day)) {
        throw InvalidInputException.of(
            "HolidayNotice " + year, "workingWeekends", day + " is also listed as a holiday");
      }
    }
  }

  /** A year with no holidays and no make-up days: weekends only. Useful in tests. */
  public static HolidayNotice weekendsOnly(int year) {
    return new HolidayNotice(year, Set.of(), Set.of());
  }

  /** Whether {@code day}, which must fall in {@link #year()}, is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    if (holidays.contains(day)) {
      return false;
    }
    return !isWeekend(day) || workingWeekends.contains(day);
  }

  /** The number of working days of the year. */
  public int workingDays() {
    LocalDate day = LocalDate.of(year, 1, 1);
    int count = 0;
    while (day.getYear() == year) {
      if (isWorkingDay(day)) {
        count++;
      }
      day = day.plusDays(1);
    }
    return count;
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  private static Set<LocalDate> sortedCopy(Set<LocalDate> days, int year, String field) {
    Checks.required(days, "HolidayNotice " + year, field);
    TreeSet<LocalDate> sorted = new TreeSet<>();
    for (LocalDate day : days) {
      Checks.required(day, "HolidayNotice " + year, field);
      if (day.getYear() != year) {
        throw InvalidInputException.of(
            "HolidayNotice " + year, field, day + " lies outside the year " + year);
      }
      sorted.add(day);
    }
    return java.util.Collections.unmodifiableSortedSet(sorted);
  }

  /** Short form for explanations: the year and how many special days it has. */
  @Override
  public String toString() {
    return year
        + " ("
        + holidays.size()
        + " holidays, "
        + workingWeekends.size()
        + " make-up working days)";
  }
}
