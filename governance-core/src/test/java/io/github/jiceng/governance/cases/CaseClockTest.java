package io.github.jiceng.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.calendar.WorkingHours;
import io.github.jiceng.governance.calendar.WorkingTime;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseClockTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final EffectivePeriod FROM_2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));
  private static final Citation TAIYUAN =
      Citation.of("《太原市城市市政综合监管信息系统—城市管理部件事件立案处置和结案规范》", "据新闻报道转述（二手来源），条款未核实");
  private static final Citation EXAMPLE = Citation.of("测试用示例数据");

  private static <V> ParameterVersion<V> v(V value, Citation citation) {
    return ParameterVersion.of(value, FROM_2026, citation, String.valueOf(value));
  }

  /** Office hours and limits of a city like 太原's, plus example handling and extension limits. */
  static final Policy CITY =
      Policy.builder("city", "1")
          .basedOn(NationalDefaults.policy())
          .define(WorkingTime.HOURS, v(WorkingHours.of("08:30-12:00", "14:00-17:30"), EXAMPLE))
          .define(
              CaseLimits.key(CaseStage.FILING_AND_DISPATCH, Urgency.NORMAL),
              v(TimeLimit.workingMinutes(30), TAIYUAN))
          .define(
              CaseLimits.key(CaseStage.FILING_AND_DISPATCH, Urgency.URGENT),
              v(TimeLimit.workingMinutes(10), TAIYUAN))
          .define(
              CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL, "01.03"),
              v(TimeLimit.workingDays(1), TAIYUAN))
          .define(
              CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL),
              v(TimeLimit.workingDays(5), EXAMPLE))
          .define(
              CaseLimits.key(CaseStage.HANDLING, Urgency.URGENT, "02"),
              v(TimeLimit.clockHours(2), EXAMPLE))
          .define(
              CaseLimits.key(CaseStage.VERIFICATION, Urgency.NORMAL),
              v(TimeLimit.workingHours(1), TAIYUAN))
          .define(
              CaseLimits.key(CaseStage.VERIFICATION, GridSetting.RURAL, Urgency.NORMAL),
              v(TimeLimit.workingHours(2), TAIYUAN))
          .define(CaseLimits.extension(Urgency.NORMAL), v(TimeLimit.workingDays(10), EXAMPLE))
          .define(CaseLimits.WARNING_PERCENT, v(80, EXAMPLE))
          .build();

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(CHINA).toInstant();
  }

  /** A case and its history, built step by step. */
  private static final class Story {
    Case current;
    final List<CaseTransition> history = new ArrayList<>();

    Story(CaseCategory category, Urgency urgency, String reportedAt) {
      this(category, urgency, GridSetting.URBAN, reportedAt);
    }

    Story(CaseCategory category, Urgency urgency, GridSetting setting, String reportedAt) {
      Case.Step s =
          Case.report(
              "AJ-1",
              category,
              CaseKind.PROMISED,
              urgency,
              CaseSource.GRID_PATROL,
              CaseTest.CHENGNAN,
              setting,
              null,
              "三盏路灯不亮",
              null,
              "command",
              "worker",
              at(reportedAt));
      current = s.next();
      history.add(s.transition());
    }

    Story then(CaseAction action, String when) {
      return then(action, when, "clerk");
    }

    Story then(CaseAction action, String when, String actor) {
      Case.Step s =
          current.apply(
              action,
              actor,
              at(when),
              action.needsReason() ? "原因" : null,
              action == CaseAction.DISPATCH ? "lights" : null);
      current = s.next();
      history.add(s.transition());
      return this;
    }

    CaseClock.StageTime stage(CaseStage stage, String asOf) {
      return CaseClock.of(current, history, CITY, at(asOf), CHINA).stream()
          .filter(t -> t.stage() == stage)
          .findFirst()
          .orElseThrow();
    }
  }

  private static Story dispatchedLight() {
    return new Story(CaseTest.STREET_LIGHT, Urgency.NORMAL, "2026-06-03T11:50")
        .then(CaseAction.ACCEPT, "2026-06-03T11:55")
        .then(CaseAction.FILE, "2026-06-03T11:58")
        .then(CaseAction.DISPATCH, "2026-06-03T14:15");
  }

  @Test
  @DisplayName(
      "filing and dispatch: 25 working minutes across lunch, within the 30 of the city's rule")
  void filingAcrossLunch() {
    CaseClock.StageTime filing =
        dispatchedLight().stage(CaseStage.FILING_AND_DISPATCH, "2026-06-03T15:00");

    assertThat(filing.used()).isEqualTo(Duration.ofMinutes(25));
    assertThat(filing.isOverdue()).isFalse();
    assertThat(filing.running()).isFalse();
    assertThat(filing.deadline()).isNull();
    assertThat(filing.limit().orElseThrow().version().citation().document()).contains("太原市");
  }

  @ParameterizedTest(name = "{0}: reported {1}, 30 working minutes end {2}")
  @CsvSource({
    "across lunch, 2026-06-03T11:50, 2026-06-03T14:20",
    "over a weekend, 2026-06-05T17:15, 2026-06-08T08:45",
    "over the Spring Festival (15-23 February), 2026-02-14T17:15, 2026-02-24T08:45",
    "into a make-up Saturday (10 October), 2026-10-09T17:15, 2026-10-10T08:45"
  })
  @DisplayName(
      "at a limit's boundary: dispatched at the deadline is on time, a minute later is late")
  void filingBoundary(String what, String reported, String deadline) {
    for (int late = 0; late <= 1; late++) {
      Story story =
          new Story(CaseTest.STREET_LIGHT, Urgency.NORMAL, reported)
              .then(CaseAction.ACCEPT, reported)
              .then(CaseAction.FILE, reported)
              .then(
                  CaseAction.DISPATCH, LocalDateTime.parse(deadline).plusMinutes(late).toString());

      CaseClock.StageTime filing =
          story.stage(
              CaseStage.FILING_AND_DISPATCH, LocalDateTime.parse(deadline).plusHours(1).toString());

      assertThat(filing.deadline()).as(what).isEqualTo(LocalDateTime.parse(deadline));
      assertThat(filing.running()).isFalse();
      assertThat(filing.overdue()).as(what).isEqualTo(Duration.ofMinutes(late));
    }
  }

  @Test
  @DisplayName(
      "three dark street lights: 1 working day from 14:15, so 15 minutes late at 14:30 the next day")
  void streetLightsLate() {
    Story story = dispatchedLight().then(CaseAction.START_HANDLING, "2026-06-03T14:20");

    CaseClock.StageTime noon = story.stage(CaseStage.HANDLING, "2026-06-04T12:00");
    assertThat(noon.limit().orElseThrow().key().id()).isEqualTo("case.limit.handling.normal.01.03");
    assertThat(noon.used()).isEqualTo(Duration.ofMinutes(6 * 60 + 45));
    assertThat(noon.left()).isEqualTo(Duration.ofMinutes(15));
    assertThat(noon.warning()).isTrue();
    assertThat(noon.deadline()).isEqualTo(LocalDateTime.parse("2026-06-04T14:15"));

    story.then(CaseAction.REPORT_BACK, "2026-06-04T14:30");
    CaseClock.StageTime done = story.stage(CaseStage.HANDLING, "2026-06-05T09:00");
    assertThat(done.running()).isFalse();
    assertThat(done.overdue()).isEqualTo(Duration.ofMinutes(15));
    assertThat(done.deadline()).isEqualTo(LocalDateTime.parse("2026-06-04T14:15"));
    CaseClock.StageTime verifying = story.stage(CaseStage.VERIFICATION, "2026-06-04T15:00");
    assertThat(verifying.running()).isTrue();
    assertThat(verifying.left()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  @DisplayName(
      "verification across lunch: 75 working minutes are 15 late in town (1 h), 45 early in a"
          + " village (2 h); the category's handling limit holds in both")
  void verificationUrbanAndRural() {
    for (GridSetting setting : GridSetting.values()) {
      Story story =
          new Story(CaseTest.STREET_LIGHT, Urgency.NORMAL, setting, "2026-06-03T08:40")
              .then(CaseAction.ACCEPT, "2026-06-03T08:45")
              .then(CaseAction.FILE, "2026-06-03T08:50")
              .then(CaseAction.DISPATCH, "2026-06-03T09:00")
              .then(CaseAction.START_HANDLING, "2026-06-03T09:10")
              .then(CaseAction.REPORT_BACK, "2026-06-03T11:30");

      CaseClock.StageTime verifying = story.stage(CaseStage.VERIFICATION, "2026-06-03T14:45");
      CaseClock.StageTime handling = story.stage(CaseStage.HANDLING, "2026-06-03T14:45");

      assertThat(verifying.used()).isEqualTo(Duration.ofMinutes(75));
      assertThat(handling.limit().orElseThrow().key().id())
          .isEqualTo("case.limit.handling.normal.01.03");
      if (setting == GridSetting.URBAN) {
        assertThat(verifying.limit().orElseThrow().key().id())
            .isEqualTo("case.limit.verification.normal");
        assertThat(verifying.overdue()).isEqualTo(Duration.ofMinutes(15));
        assertThat(verifying.deadline()).isEqualTo(LocalDateTime.parse("2026-06-03T14:30"));
      } else {
        assertThat(verifying.limit().orElseThrow().key().id())
            .isEqualTo("case.limit.verification.rural.normal");
        assertThat(verifying.isOverdue()).isFalse();
        assertThat(verifying.left()).isEqualTo(Duration.ofMinutes(45));
        assertThat(verifying.deadline()).isEqualTo(LocalDateTime.parse("2026-06-03T15:30"));
      }
    }
  }

  @Test
  @DisplayName(
      "limit keys: a setting's key is most specific after the category's own; policy files name"
          + " both")
  void settingKeys() {
    CaseCategory lights = CaseTest.STREET_LIGHT;

    assertThat(
            CaseLimits.candidates(CaseStage.VERIFICATION, Urgency.URGENT, lights, GridSetting.RURAL)
                .stream()
                .map(k -> k.id())
                .toList())
        .containsExactly(
            "case.limit.verification.rural.urgent.01.03",
            "case.limit.verification.urgent.01.03",
            "case.limit.verification.rural.urgent.01",
            "case.limit.verification.urgent.01",
            "case.limit.verification.rural.urgent",
            "case.limit.verification.urgent");
    assertThat(CaseLimits.keyOf("case.limit.verification.rural.normal"))
        .contains(CaseLimits.key(CaseStage.VERIFICATION, GridSetting.RURAL, Urgency.NORMAL));
    assertThat(CaseLimits.keyOf("case.limit.handling.urban.urgent.01"))
        .contains(CaseLimits.key(CaseStage.HANDLING, GridSetting.URBAN, Urgency.URGENT, "01"));
    assertThat(CaseLimits.keyOf("case.limit.handling.normal.rural"))
        .as("a category code that reads like a setting, after the urgency")
        .contains(CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL, "rural"));
    assertThat(CaseLimits.keyOf("case.limit.handling.rural")).isEmpty();
    assertThat(CaseLimits.keyOf("case.limit.handling.suburban.normal")).isEmpty();
  }

  @Test
  @DisplayName("a suspended case's handling clock stops; an approved extension lengthens the limit")
  void suspensionAndExtension() {
    Story story =
        dispatchedLight()
            .then(CaseAction.START_HANDLING, "2026-06-03T14:15")
            .then(CaseAction.REQUEST_SUSPENSION, "2026-06-03T15:15", "body")
            .then(CaseAction.APPROVE_SUSPENSION, "2026-06-03T16:15", "chief")
            .then(CaseAction.RESUME, "2026-06-10T09:30");
    // 14:15-16:15 Wednesday counted (2 h, pending approval included), 16:15 Wed - 09:30 next Wed
    // not
    CaseClock.StageTime resumed = story.stage(CaseStage.HANDLING, "2026-06-10T10:30");
    assertThat(resumed.used()).isEqualTo(Duration.ofHours(3));

    story
        .then(CaseAction.REQUEST_EXTENSION, "2026-06-10T11:00", "body")
        .then(CaseAction.APPROVE_EXTENSION, "2026-06-10T11:30", "chief");
    CaseClock.StageTime extended = story.stage(CaseStage.HANDLING, "2026-06-12T09:00");
    assertThat(extended.extended()).isTrue();
    assertThat(extended.budget()).isEqualTo(Duration.ofHours(7 * 11));
    assertThat(extended.isOverdue()).isFalse();
  }

  @Test
  @DisplayName("the most specific limit in force wins; a clock-hour limit counts the night")
  void mostSpecificAndClockTime() {
    CaseCategory pothole = new CaseCategory("01.07", "市容环境", "道路坑洼");
    Story general =
        new Story(pothole, Urgency.NORMAL, "2026-06-03T09:00")
            .then(CaseAction.ACCEPT, "2026-06-03T09:01")
            .then(CaseAction.FILE, "2026-06-03T09:02")
            .then(CaseAction.DISPATCH, "2026-06-03T09:03");
    CaseClock.StageTime handling = general.stage(CaseStage.HANDLING, "2026-06-03T10:03");
    assertThat(handling.limit().orElseThrow().key())
        .isEqualTo(CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL));
    assertThat(handling.budget()).isEqualTo(Duration.ofHours(35));

    CaseCategory gas = new CaseCategory("02.01", "公共安全", "燃气泄漏");
    Story urgent =
        new Story(gas, Urgency.URGENT, "2026-06-03T21:00")
            .then(CaseAction.ACCEPT, "2026-06-03T21:01")
            .then(CaseAction.FILE, "2026-06-03T21:02")
            .then(CaseAction.DISPATCH, "2026-06-03T21:03");
    CaseClock.StageTime night = urgent.stage(CaseStage.HANDLING, "2026-06-03T23:33");
    assertThat(night.limit().orElseThrow().key().id()).isEqualTo("case.limit.handling.urgent.02");
    assertThat(night.overdue()).isEqualTo(Duration.ofMinutes(30));
    assertThat(night.deadline()).isEqualTo(LocalDateTime.parse("2026-06-03T23:03"));
    // the filing clock is a working one: reported at night, it has not started counting
    assertThat(urgent.stage(CaseStage.FILING_AND_DISPATCH, "2026-06-03T23:33").used()).isZero();
  }

  @Test
  @DisplayName("a stage whose limit the policy does not set has no deadline and is never overdue")
  void noLimit() {
    Policy bare =
        Policy.builder("bare", "1")
            .basedOn(NationalDefaults.policy())
            .define(WorkingTime.HOURS, v(WorkingHours.of("09:00-17:00"), EXAMPLE))
            .build();
    Story story = dispatchedLight();

    List<CaseClock.StageTime> clocks =
        CaseClock.of(story.current, story.history, bare, at("2026-06-20T09:00"), CHINA);

    assertThat(clocks)
        .extracting(CaseClock.StageTime::stage)
        .containsExactly(
            CaseStage.FILING_AND_DISPATCH, CaseStage.HANDLING, CaseStage.RETURN_WINDOW);
    assertThat(clocks)
        .allSatisfy(
            t -> {
              assertThat(t.limit()).isEmpty();
              assertThat(t.isOverdue()).isFalse();
              assertThat(t.deadline()).isNull();
            });
  }

  @Test
  @DisplayName("a history that is not the case's, or a question before its last step, is refused")
  void badHistory() {
    Story story = dispatchedLight();

    assertThatThrownBy(
            () -> CaseClock.of(story.current, story.history, CITY, at("2026-06-03T11:00"), CHINA))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("asOf");
    assertThatThrownBy(
            () ->
                CaseClock.of(
                    story.current,
                    story.history.subList(1, 4),
                    CITY,
                    at("2026-06-04T11:00"),
                    CHINA))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("history");
  }

  @net.jqwik.api.Property(tries = 200)
  @net.jqwik.api.Label("a stage's time used never decreases as the instant asked moves on")
  void usedNeverDecreases(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20_000) int earlier,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20_000) int later) {
    Story story = dispatchedLight().then(CaseAction.START_HANDLING, "2026-06-03T14:20");
    Instant last = at("2026-06-03T14:20");
    Instant first = last.plus(Duration.ofMinutes(Math.min(earlier, later)));
    Instant second = last.plus(Duration.ofMinutes(Math.max(earlier, later)));

    List<CaseClock.StageTime> before =
        CaseClock.of(story.current, story.history, CITY, first, CHINA);
    List<CaseClock.StageTime> after =
        CaseClock.of(story.current, story.history, CITY, second, CHINA);

    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).stage()).isEqualTo(before.get(i).stage());
      assertThat(after.get(i).used()).isGreaterThanOrEqualTo(before.get(i).used());
      assertThat(after.get(i).overdue()).isGreaterThanOrEqualTo(before.get(i).overdue());
    }
  }
}
