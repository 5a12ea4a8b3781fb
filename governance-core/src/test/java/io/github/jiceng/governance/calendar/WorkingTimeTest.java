package io.github.jiceng.governance.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterNotInForceException;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeTest {
  /** 08:30–12:00 and 14:00–17:30 from 2026 (a local example), on the national calendar. */
  static final Policy LOCAL =
      Policy.builder("local", "1")
          .basedOn(NationalDefaults.policy())
          .define(
              WorkingTime.HOURS,
              ParameterVersion.of(
                  WorkingHours.of("08:30-12:00", "14:00-17:30"),
                  EffectivePeriod.from(LocalDate.of(2026, 1, 1)),
                  Citation.of("某区机关作息时间（示例）"),
                  "夏季作息"))
          .build();

  private static final WorkingTime TIME = WorkingTime.of(LOCAL);

  private static LocalDateTime t(String text) {
    return LocalDateTime.parse(text);
  }

  @ParameterizedTest(name = "{0} + {1} working minutes = {2}")
  @CsvSource({
    "2026-06-03T11:00, 120, 2026-06-03T15:00", // across lunch
    "2026-06-03T12:30, 30, 2026-06-03T14:30", // from the lunch break
    "2026-06-03T07:00, 30, 2026-06-03T09:00", // before opening
    "2026-06-03T11:30, 30, 2026-06-03T12:00", // ends at a close, not at the next opening
    "2026-06-05T17:00, 60, 2026-06-08T09:00", // Friday evening over the weekend
    "2026-06-05T20:00, 30, 2026-06-08T09:00", // from the night
    "2026-06-18T17:00, 60, 2026-06-22T09:00", // 端午 19-21 June
    "2026-09-30T16:30, 120, 2026-10-08T09:30", // 国庆 1-7 October
    "2026-10-09T17:00, 60, 2026-10-10T09:00", // Saturday 10 October is a make-up working day
    "2026-02-13T17:00, 120, 2026-02-14T10:00", // Saturday 14 February too, before 春节
    "2026-02-14T17:00, 60, 2026-02-24T09:00", // 春节 15-23 February
    "2026-06-03T09:00, 0, 2026-06-03T09:00"
  })
  void plus(String from, long minutes, String deadline) {
    assertThat(TIME.plus(t(from), Duration.ofMinutes(minutes))).isEqualTo(t(deadline));
  }

  @ParameterizedTest(name = "{0} .. {1} = {2} working minutes")
  @CsvSource({
    "2026-06-03T11:00, 2026-06-03T15:00, 120",
    "2026-06-05T17:00, 2026-06-08T09:00, 60",
    "2026-09-30T08:00, 2026-10-08T08:00, 420", // one whole day, the holiday counts nothing
    "2026-06-03T15:00, 2026-06-03T11:00, 0"
  })
  void between(String from, String to, long minutes) {
    assertThat(TIME.between(t(from), t(to))).isEqualTo(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2026-06-01T10:00, 1, 2026-06-02T10:00", // Monday to Tuesday, the same hour
    "2026-06-01T18:00, 1, 2026-06-02T17:30", // from the evening: the whole next day
    "2026-06-07T10:00, 1, 2026-06-08T17:30", // from a Sunday
    "2026-06-05T15:00, 5, 2026-06-12T15:00", // a week
    "2026-09-30T10:00, 2, 2026-10-09T10:00" // over 国庆
  })
  void plusWorkingDays(String from, int days, String deadline) {
    assertThat(TIME.plusWorkingDays(t(from), days)).isEqualTo(t(deadline));
  }

  @Property(tries = 300)
  @Label("the working time up to a deadline is the working time it was computed from")
  void betweenUndoesPlus(
      @ForAll @IntRange(min = 0, max = 300 * 24 * 60) int minuteOfYear,
      @ForAll @IntRange(min = 0, max = 60 * 60) int workingMinutes) {
    LocalDateTime from = t("2026-01-01T00:00").plusMinutes(minuteOfYear);
    Duration working = Duration.ofMinutes(workingMinutes);
    LocalDateTime deadline = TIME.plus(from, working);

    assertThat(deadline).isAfterOrEqualTo(from);
    assertThat(TIME.between(from, deadline)).isEqualTo(working);
  }

  @Test
  @DisplayName(
      "without office hours for the day, working time is not in force; no national default")
  void noHours() {
    WorkingTime national = WorkingTime.of(NationalDefaults.policy());

    assertThatThrownBy(() -> national.plus(t("2026-06-03T09:00"), Duration.ofHours(1)))
        .isInstanceOf(ParameterNotInForceException.class)
        .hasMessageContaining("calendar.working-hours");
    assertThatThrownBy(() -> TIME.plus(t("2025-12-31T09:00"), Duration.ofHours(1)))
        .isInstanceOf(ParameterNotInForceException.class);
  }

  @Test
  @DisplayName("office hours are spans in order, written HH:MM-HH:MM")
  void hoursAreChecked() {
    assertThat(WorkingHours.of("08:30-12:00", "14:00-17:30").perDay())
        .isEqualTo(Duration.ofHours(7));
    assertThatThrownBy(() -> WorkingHours.of("08:30-12:00", "11:00-13:00"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("spans[1]")
        .hasMessageContaining("must start after span 0 (08:30–12:00) ends");
    assertThatThrownBy(() -> WorkingHours.of("8.30-12"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("spans[0]: must be written HH:MM-HH:MM");
    assertThatThrownBy(() -> WorkingHours.of("12:00-08:30"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("end");
    assertThatThrownBy(() -> TIME.plus(t("2026-06-03T09:00"), Duration.ofMinutes(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("working");
  }
}
