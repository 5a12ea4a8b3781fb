package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.facility.FacilityFigures;
import io.github.jiceng.governance.facility.FacilityKind;
import io.github.jiceng.governance.facility.FacilityRules;
import io.github.jiceng.governance.facility.FacilityStandards;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FacilityDeskTest {
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final DivisionCode TWO = SampleData.communityCode(2);
  private static final DivisionCode THREE = SampleData.communityCode(3);
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  /** The city's target: 70 % of communities up to standard (seed report 003). */
  private static final Policy CITY =
      Policy.builder("city", "1")
          .basedOn(NationalDefaults.policy())
          .define(
              FacilityStandards.COMPLIANCE_TARGET_PERCENT,
              ParameterVersion.of(
                  70,
                  EffectivePeriod.from(LocalDate.of(2025, 1, 1)),
                  Citation.of("某市与区政府目标责任书（seed 003）"),
                  "70 %"))
          .build();

  private final Governance facade =
      Governance.builder().store(new InMemoryGovernanceStore()).policy(CITY).build();

  @BeforeEach
  void street() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "社区一"));
    system.divisions().add(SampleData.community(2, "社区二"));
    system.divisions().add(SampleData.community(3, "社区三"));
    system.committees().add(SampleData.residentsCommittee(1, "社区一居委会", 1000));
    system.committees().add(SampleData.residentsCommittee(2, "社区二居委会", 2000));
    system.scopes().grant("clerk-one", "社区办事员", DataScope.division(ONE));
    system.scopes().grant("street", "街道", DataScope.divisionAndBelow(SampleData.STREET));
  }

  private static Facility centre(String id, DivisionCode community, String area) {
    return Facility.of(id, community, FacilityKind.SERVICE_CENTRE, "党群服务中心", new BigDecimal(area));
  }

  @Test
  @DisplayName(
      "a clerk records the community's facilities; the check reads the households off the"
          + " committee; another community's are out of reach")
  void recordAndCheck() {
    var clerk = facade.as("clerk-one").facilities();
    clerk.add(centre("F-1", ONE, "250"));
    clerk.add(Facility.of("F-2", ONE, FacilityKind.OUTDOOR, "广场", new BigDecimal("900")));

    var decision = clerk.check(ONE, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.result(FacilityRules.SERVICE_AREA).orElseThrow().reason().en())
        .isEqualTo("250 m² of facilities; 1000 households at 0.3 m² each need 300 m², 50 m² short");
    assertThatThrownBy(() -> clerk.add(centre("F-3", TWO, "900")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> clerk.check(TWO, DAY)).isInstanceOf(AccessDeniedException.class);
    assertThat(facade.as("street").facilities().within(SampleData.STREET))
        .extracting(Facility::id)
        .containsExactly("F-1", "F-2");
    assertThatThrownBy(() -> facade.as("street").facilities().check(THREE, DAY))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no committee recorded");
  }

  @Test
  @DisplayName(
      "the street's figures: 1 of 2 communities with a committee up to standard, 50 % against"
          + " the city's 70 %")
  void figures() {
    Governance system = facade.asSystem();
    system.facilities().add(centre("F-1", ONE, "250"));
    system.facilities().add(centre("F-2", TWO, "650"));

    FacilityFigures figures = facade.as("street").facilities().figures(SampleData.STREET, DAY);

    assertThat(figures.lines())
        .extracting(FacilityFigures.Line::name)
        .containsExactly("社区一", "社区二");
    assertThat(figures.compliant()).isEqualTo(1);
    assertThat(figures.share()).isEqualTo(0.5);
    assertThat(figures.meetsTarget()).contains(false);
    assertThat(figures.table())
        .contains("达标率 / up to standard: 1 of 2 = 50.0 %, target 70 %")
        .contains("not met");
    assertThatThrownBy(() -> facade.as("clerk-one").facilities().figures(SampleData.STREET, DAY))
        .isInstanceOf(AccessDeniedException.class);
  }
}
