package io.github.jiceng.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(NationalDefaults.policy());
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final Instant AT = Instant.parse("2026-09-30T02:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 9, 30);

  private static ServiceItem.Builder item(String code) {
    return ServiceItem.builder(code, "残疾人证申领", EffectivePeriod.from(LocalDate.of(2026, 1, 1)))
        .type(ItemType.ADMINISTRATIVE_CONFIRMATION)
        .category("残疾人服务")
        .department("区残联", "区残联")
        .basis(Citation.of("《残疾人证管理办法》"))
        .window("残疾人服务窗口")
        .attribute(
            AttributeDefinition.builder("id_number", "身份证号", AttributeType.IDENTITY_NUMBER)
                .required()
                .build());
  }

  private static final Map<String, String> ATTRIBUTES = Map.of("id_number", "11010519491231002X");

  @Test
  @DisplayName(
      "an item settled on the spot is done at intake, on time; a promised one is received and due")
  void intake() {
    ServiceRequest.Step spot =
        ServiceRequest.intake(
            "S-1", item("CL-1").build(), CHENGNAN, ATTRIBUTES, "clerk", AT, DAY, CALENDAR);
    assertThat(spot.request().state()).isEqualTo(RequestState.DONE);
    assertThat(spot.request().doneOnTime()).isTrue();
    assertThat(spot.transition().to()).isEqualTo(RequestState.DONE);
    assertThat(spot.request().createdBy()).isEqualTo("clerk");

    ServiceRequest promised =
        ServiceRequest.intake(
                "S-2",
                item("CL-2").promised(3, 20).proxy().build(),
                CHENGNAN,
                ATTRIBUTES,
                "clerk",
                AT,
                DAY,
                CALENDAR)
            .request();
    assertThat(promised.state()).isEqualTo(RequestState.RECEIVED);
    assertThat(promised.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10)); // across National Day
    assertThat(promised.attributes().toString()).doesNotContain("11010519491231002X");
  }

  @Test
  @DisplayName(
      "proxy handling: handed over, returned, handed over again, done — each step kept in order")
  void proxyPath() {
    ServiceRequest request =
        ServiceRequest.intake(
                "S-3",
                item("CL-3").promised(3, null).proxy().build(),
                CHENGNAN,
                ATTRIBUTES,
                "clerk",
                AT,
                DAY,
                CALENDAR)
            .request();
    ServiceRequest.Step handed =
        request.apply(RequestEvent.HAND_TO_DEPARTMENT, "clerk", AT, DAY, null, CALENDAR);
    ServiceRequest.Step returned =
        handed
            .request()
            .apply(
                RequestEvent.RETURN_FOR_CORRECTION,
                "区残联",
                AT,
                LocalDate.of(2026, 10, 8),
                "缺少二寸照片",
                CALENDAR);
    ServiceRequest.Step again =
        returned
            .request()
            .apply(
                RequestEvent.HAND_TO_DEPARTMENT,
                "clerk",
                AT,
                LocalDate.of(2026, 10, 9),
                null,
                CALENDAR);
    ServiceRequest.Step done =
        again
            .request()
            .apply(
                RequestEvent.COMPLETE, "clerk", AT, LocalDate.of(2026, 10, 12), "证件已领取", CALENDAR);

    assertThat(done.request().state()).isEqualTo(RequestState.DONE);
    assertThat(done.request().transitions()).isEqualTo(5);
    assertThat(done.transition().sequence()).isEqualTo(5);
    assertThat(returned.transition().from()).isEqualTo(RequestState.WITH_DEPARTMENT);
    // due 2026-10-10 (a make-up Saturday); done on Monday 10-12: late by one working day
    assertThat(done.request().doneOnTime()).isFalse();
    assertThat(done.request().workingDaysTaken()).isEqualTo(4); // 10-08, 10-09, 10-10, 10-12
    assertThat(again.request().overdueWorkingDays(LocalDate.of(2026, 10, 12), CALENDAR))
        .isEqualTo(1);
    assertThat(done.request().overdueWorkingDays(LocalDate.of(2026, 10, 20), CALENDAR)).isZero();
  }

  @Test
  @DisplayName(
      "impossible steps are refused: after the end, a refusal without reason, a second rating")
  void lifecycleGuards() {
    ServiceRequest done =
        ServiceRequest.intake(
                "S-4", item("CL-4").build(), CHENGNAN, ATTRIBUTES, "clerk", AT, DAY, CALENDAR)
            .request();
    assertThatThrownBy(() -> done.apply(RequestEvent.WITHDRAW, "clerk", AT, DAY, null, CALENDAR))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("WITHDRAW cannot happen to a request that is DONE");
    ServiceRequest open =
        ServiceRequest.intake(
                "S-5",
                item("CL-5").promised(5, null).build(),
                CHENGNAN,
                ATTRIBUTES,
                "clerk",
                AT,
                DAY,
                CALENDAR)
            .request();
    assertThatThrownBy(() -> open.apply(RequestEvent.REFUSE, "clerk", AT, DAY, " ", CALENDAR))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> open.rated(Satisfaction.SATISFIED))
        .hasMessageContaining("once the request is settled");
    ServiceRequest rated = done.rated(Satisfaction.BASICALLY_SATISFIED);
    assertThat(rated.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
    assertThatThrownBy(() -> rated.rated(Satisfaction.DISSATISFIED))
        .hasMessageContaining("recorded once");
    assertThatThrownBy(
            () ->
                ServiceRequest.intake(
                    "S-6",
                    item("CL-6").build(),
                    CHENGNAN,
                    ATTRIBUTES,
                    "clerk",
                    AT,
                    LocalDate.of(2025, 12, 31),
                    CALENDAR))
        .hasMessageContaining("not in the catalogue on 2025-12-31");
  }
}
