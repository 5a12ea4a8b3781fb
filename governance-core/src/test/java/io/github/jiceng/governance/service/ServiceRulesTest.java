package io.github.jiceng.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceRulesTest {
  private static final Policy NATIONAL = NationalDefaults.policy();
  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(NATIONAL);
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  private static final String ID_NUMBER = "11010519491231002X";
  private static final ServiceCatalogue CATALOGUE =
      ServiceCatalogue.builder("c", "1").item(ServiceItemTest.everyType()).build();

  @Test
  @DisplayName("an intake with valid attributes is accepted, citing the item's basis")
  void accepted() {
    ServiceItem item = CATALOGUE.item("MZ-001", DAY).orElseThrow();
    Map<String, String> all = new java.util.HashMap<>();
    item.attributes().stream()
        .filter(AttributeDefinition::required)
        .forEach(a -> all.put(a.code(), sample(a)));
    all.put("name", "张三");
    all.put("id_number", ID_NUMBER);

    Decision<ServiceOutcome> decision =
        ServiceRules.checkIntake(new IntakeFacts(CATALOGUE, "MZ-001", all), NATIONAL, DAY);

    assertThat(decision.outcome()).isEqualTo(ServiceOutcome.ACCEPTED);
    assertThat(decision.decidingRuleIds()).containsExactly("SERVICE-ITEM", "SERVICE-ATTRIBUTES");
    assertThat(decision.result("SERVICE-ITEM").orElseThrow().cites("社会救助暂行办法")).isTrue();
  }

  private static String sample(AttributeDefinition a) {
    return switch (a.type()) {
      case SINGLE_VALUE_LIST, MULTI_VALUE_LIST -> a.values().get(0).key();
      case INTEGER, NUMBER -> "3";
      default -> "x";
    };
  }

  @Test
  @DisplayName(
      "bad attributes are refused by SERVICE-ATTRIBUTES, one comparison per attribute, no value shown")
  void badAttributes() {
    Decision<ServiceOutcome> decision =
        ServiceRules.checkIntake(
            new IntakeFacts(
                CATALOGUE, "MZ-001", Map.of("name", "张三", "id_number", "110105194912310021")),
            NATIONAL,
            DAY);

    assertThat(decision.outcome()).isEqualTo(ServiceOutcome.REFUSED);
    assertThat(decision.decidingRuleIds()).containsExactly("SERVICE-ATTRIBUTES");
    assertThat(decision.result("SERVICE-ATTRIBUTES").orElseThrow().compared())
        .extracting(ComparedValue::quantity, ComparedValue::actual)
        .contains(
            org.assertj.core.groups.Tuple.tuple("attributes.id_number", "invalid"),
            org.assertj.core.groups.Tuple.tuple("attributes.members", "missing"));
    assertThat(decision.explain()).doesNotContain("张三", "110105194912310021");
    assertThat(decision.toString()).doesNotContain("张三");
  }

  @Test
  @DisplayName(
      "an item the catalogue lacks on the day is refused by SERVICE-ITEM; the attributes are not applicable")
  void noSuchItem() {
    Decision<ServiceOutcome> decision =
        ServiceRules.checkIntake(
            new IntakeFacts(CATALOGUE, "MZ-001", Map.of()), NATIONAL, LocalDate.of(2025, 12, 31));

    assertThat(decision.outcome()).isEqualTo(ServiceOutcome.REFUSED);
    assertThat(decision.decidingRuleIds()).containsExactly("SERVICE-ITEM");
    assertThat(decision.explain()).contains("has no item MZ-001 on 2025-12-31");
  }

  @Test
  @DisplayName("a promised request done after its due day is overdue by the working days between")
  void overdue() {
    ServiceItem item =
        ServiceItem.builder(
                "RS-001",
                "就业失业登记",
                io.github.jiceng.governance.policy.EffectivePeriod.from(LocalDate.of(2026, 1, 1)))
            .category("就业")
            .department("区人社局", "街道办事处")
            .basis(io.github.jiceng.governance.policy.Citation.of("《就业服务与就业管理规定》"))
            .window("就业窗口")
            .promised(3, null)
            .build();
    // taken Wednesday 30 September 2026: 国庆 1-7 October, Saturday 10 October a working day
    ServiceRequest taken =
        ServiceRequest.intake(
                "R-1",
                item,
                DivisionCode.of("341802002006"),
                Map.of(),
                "clerk",
                Instant.parse("2026-09-30T02:00:00Z"),
                LocalDate.of(2026, 9, 30),
                CALENDAR)
            .request();
    assertThat(taken.dueOn()).isEqualTo(LocalDate.of(2026, 10, 10));

    assertThat(ServiceRules.checkTimeliness(taken, NATIONAL, LocalDate.of(2026, 10, 9)).outcome())
        .isEqualTo(ServiceOutcome.ON_TIME);
    Decision<ServiceOutcome> open =
        ServiceRules.checkTimeliness(taken, NATIONAL, LocalDate.of(2026, 10, 13));
    assertThat(open.outcome()).isEqualTo(ServiceOutcome.OVERDUE);
    assertThat(open.result("SERVICE-PROMISED-TIME").orElseThrow().compared().get(0).actual())
        .isEqualTo("2"); // Monday 12 and Tuesday 13 October
    ServiceRequest done =
        taken
            .apply(
                RequestEvent.COMPLETE,
                "clerk",
                Instant.parse("2026-10-14T02:00:00Z"),
                LocalDate.of(2026, 10, 14),
                null,
                CALENDAR)
            .request();
    Decision<ServiceOutcome> late =
        ServiceRules.checkTimeliness(done, NATIONAL, LocalDate.of(2026, 12, 1));
    assertThat(late.outcome()).isEqualTo(ServiceOutcome.OVERDUE);
    assertThat(late.explain()).contains("3 working days past its due day 2026-10-10");
  }
}
