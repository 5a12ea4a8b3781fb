package io.github.jiceng.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(NationalDefaults.policy());

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @ParameterizedTest(name = "{0} working day: {1}")
  @CsvSource({
    "2026-02-13, true", // Friday before the Spring Festival
    "2026-02-14, true", // Saturday, make-up working day (调休)
    "2026-02-16, false", // Monday inside the Spring Festival
    "2026-02-23, false", // last day of the holiday, a Monday
    "2026-02-24, true",
    "2026-02-28, true", // Saturday, make-up working day
    "2026-03-07, false", // ordinary Saturday
    "2026-01-04, true", // Sunday, make-up for New Year
    "2026-10-10, true", // Saturday, make-up for National Day
    "2026-10-08, true",
    "2026-10-07, false",
    "2025-01-26, true", // 2025 notice: Sunday make-up
    "2025-10-08, false"
  })
  void workingDays(String day, boolean working) {
    assertThat(CALENDAR.isWorkingDay(d(day))).isEqualTo(working);
  }

  @Test
  @DisplayName("counts the days after the first date up to and including the second")
  void countsBetween() {
    assertThat(CALENDAR.workingDaysBetween(d("2026-03-02"), d("2026-03-09"))).isEqualTo(5);
    assertThat(CALENDAR.workingDaysBetween(d("2026-02-13"), d("2026-02-24"))).isEqualTo(2);
    assertThat(CALENDAR.workingDaysBetween(d("2026-03-09"), d("2026-03-02"))).isZero();
    assertThat(CALENDAR.workingDaysBetween(d("2026-03-02"), d("2026-03-02"))).isZero();
  }

  @Test
  @DisplayName("counts across the turn of the year, with both years' notices")
  void acrossYears() {
    // 2025-12-31 (Wed) → 2026-01-05 (Mon): Jan 1–3 off, Jan 4 (Sunday) and Jan 5 working
    assertThat(CALENDAR.workingDaysBetween(d("2025-12-31"), d("2026-01-05"))).isEqualTo(2);
    assertThat(CALENDAR.workingDaysBetween(d("2025-12-30"), d("2026-01-05"))).isEqualTo(3);
    assertThat(CALENDAR.workingDaysBetween(d("2025-01-01"), d("2026-12-31")))
        .isEqualTo(
            NationalHolidays.year2025().workingDays() + NationalHolidays.year2026().workingDays());
  }

  @Test
  void addsWorkingDaysOverHolidays() {
    assertThat(CALENDAR.plusWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
    assertThat(CALENDAR.plusWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
    assertThat(CALENDAR.plusWorkingDays(d("2026-03-02"), 0)).isEqualTo(d("2026-03-02"));
  }

  @Test
  void yearsWithoutNoticeAreNotGuessed() {
    assertThat(CALENDAR.covers(2026)).isTrue();
    assertThat(CALENDAR.covers(2027)).isFalse();
    assertThatThrownBy(() -> CALENDAR.workingDaysBetween(d("2026-12-01"), d("2027-01-10")))
        .isInstanceOf(ParameterNotInForceException.class)
        .hasMessageContaining("calendar.holidays");
  }

  @Test
  void noticesAreChecked() {
    assertThatThrownBy(() -> new HolidayNotice(2026, Set.of(), Set.of(d("2026-03-04"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("workingWeekends")
        .hasMessageContaining("not a Saturday or Sunday");
    assertThatThrownBy(() -> new HolidayNotice(2026, Set.of(d("2025-12-31")), Set.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside the year");
    assertThat(NationalHolidays.year2026().workingDays()).isEqualTo(248);
  }

  @Property(tries = 300)
  @Label(
      "adding n working days lands on the first day that is n working days ahead, across the new year")
  void plusWorkingDaysAgreesWithCounting(
      @ForAll @IntRange(min = 0, max = 660) int offset,
      @ForAll @IntRange(min = 0, max = 40) int days) {
    LocalDate from = d("2025-01-01").plusDays(offset);
    LocalDate reached = CALENDAR.plusWorkingDays(from, days);
    assertThat(CALENDAR.workingDaysBetween(from, reached)).isEqualTo(days);
    if (days > 0) {
      assertThat(CALENDAR.isWorkingDay(reached)).isTrue();
      assertThat(CALENDAR.workingDaysBetween(from, reached.minusDays(1))).isEqualTo(days - 1);
    }
  }
}
