package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.care.CareDue;
import io.github.jiceng.governance.care.CareRules;
import io.github.jiceng.governance.care.CareVisit;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CareDeskTest {
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final CareTag RELEASED = CareTag.UNDER_ASSISTANCE_AND_EDUCATION;
  private static final LocalDate TODAY = LocalDate.of(2026, 7, 5);

  private static final Policy COUNTY =
      Policy.builder("county", "1")
          .basedOn(NationalDefaults.policy())
          .define(
              CareRules.roundMonths(RELEASED),
              ParameterVersion.of(
                  3,
                  EffectivePeriod.from(LocalDate.of(2024, 1, 1)),
                  Citation.of("县安置帮教工作报告（种子报告003）", "帮教对象每季度至少谈话一次"),
                  "a talk a quarter"))
          .build();

  private final Governance facade =
      Governance.builder()
          .store(new InMemoryGovernanceStore())
          .policy(COUNTY)
          .clock(Clock.fixed(Instant.parse("2026-07-05T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
          .build();
  private List<Resident> residents;

  @BeforeEach
  void community() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "社区一"));
    system.grids().addGrid(SampleData.grid(1, 1));
    List<Household> households = SampleData.households(1, 1, 3);
    residents = new ArrayList<>(SampleData.residents(households, 1, 1));
    residents.set(0, residents.get(0).tagged(RELEASED));
    residents.set(1, residents.get(1).tagged(RELEASED));
    system.grids().importHouseholds(ONE, households, residents);
    system.scopes().grant("worker", "网格员", DataScope.division(ONE));
  }

  @Test
  @DisplayName(
      "a talk this quarter keeps one resident up to date; the other, never talked to, is 5 days"
          + " overdue and masked")
  void overdue() {
    var care = facade.as("worker").care();
    care.record(
        CareVisit.of(
            "V-1",
            residents.get(0).id(),
            ONE,
            RELEASED,
            CareVisit.Kind.TALK,
            LocalDate.of(2026, 4, 20),
            "worker"));

    List<CareDue> due = care.overdue(ONE, TODAY);

    assertThat(due).hasSize(1);
    CareDue late = due.get(0);
    assertThat(late.resident().id()).isEqualTo(residents.get(1).id());
    assertThat(late.resident().name()).doesNotContain(residents.get(1).name());
    assertThat(late.overdueDays()).isEqualTo(5);
    assertThat(late.lastContact()).isNull();
    assertThat(late.decision().explain()).contains("无走访谈话记录", "超期 5 天");
  }

  @Test
  @DisplayName(
      "a visit for a care the resident is not recorded with, in the future, or outside the"
          + " worker's community is refused")
  void refused() {
    var care = facade.as("worker").care();
    assertThatThrownBy(
            () ->
                care.record(
                    CareVisit.of(
                        "V-2",
                        residents.get(2).id(),
                        ONE,
                        RELEASED,
                        CareVisit.Kind.TALK,
                        TODAY,
                        "worker")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not recorded as under assistance and education");
    assertThatThrownBy(
            () ->
                care.record(
                    CareVisit.of(
                        "V-3",
                        residents.get(0).id(),
                        ONE,
                        RELEASED,
                        CareVisit.Kind.TALK,
                        TODAY.plusDays(1),
                        "worker")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("after today");
    assertThatThrownBy(() -> facade.as("worker").care().overdue(SampleData.communityCode(2), TODAY))
        .isInstanceOf(AccessDeniedException.class);
  }
}
