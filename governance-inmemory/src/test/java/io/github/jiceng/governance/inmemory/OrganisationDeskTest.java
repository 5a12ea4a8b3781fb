package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.OrganisationRules;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.people.CreditCode;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationDeskTest {
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final DivisionCode TWO = SampleData.communityCode(2);

  private final Governance facade =
      Governance.builder().store(new InMemoryGovernanceStore()).build();

  @BeforeEach
  void community() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "社区一"));
    system.divisions().add(SampleData.community(2, "社区二"));
    system.scopes().grant("clerk", "社区办事员", DataScope.division(ONE));
  }

  @Test
  @DisplayName(
      "the community's organisations are recorded and the one with an expired grade needs"
          + " attention; another community's are out of reach")
  void attention() {
    var desk = facade.as("clerk").organisations();
    desk.add(
        new SocialOrganisation(
            "O-1",
            ONE,
            "社区志愿者协会",
            SocialOrganisation.Status.REGISTERED,
            CreditCode.of("51341802MJ0000001M"),
            LocalDate.of(2020, 5, 1),
            2025,
            LocalDate.of(2019, 12, 20),
            0));
    desk.add(
        new SocialOrganisation(
            "O-2",
            ONE,
            "广场舞队",
            SocialOrganisation.Status.FILED,
            null,
            LocalDate.of(2024, 3, 1),
            null,
            null,
            0));

    var attention = desk.needingAttention(ONE, LocalDate.of(2026, 6, 30));

    assertThat(attention).hasSize(1);
    assertThat(attention.get(0).decidingRuleIds()).containsExactly(OrganisationRules.EVALUATION);
    assertThat(desk.check("O-2", LocalDate.of(2026, 6, 30)).outcome())
        .as("a filed organisation without a grade owes nothing")
        .isEqualTo(io.github.jiceng.governance.policy.Compliance.COMPLIANT);
    assertThatThrownBy(
            () ->
                desk.add(
                    new SocialOrganisation(
                        "O-3",
                        TWO,
                        "别处协会",
                        SocialOrganisation.Status.FILED,
                        null,
                        LocalDate.of(2024, 3, 1),
                        null,
                        null,
                        0)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> desk.needingAttention(TWO, LocalDate.of(2026, 6, 30)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "a school's co-building agreement runs, but its party branch has not reported; once it has,"
          + " the agreement is in order until it lapses; another community's is out of reach")
  void coBuilding() {
    var desk = facade.as("clerk").organisations();
    var signed =
        desk.addAgreement(
            new io.github.jiceng.governance.organisation.CoBuildingAgreement(
                "A-1",
                ONE,
                "宣城市第二中学",
                null,
                java.util.List.of("开放操场", "教师志愿服务"),
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 8, 31),
                true,
                null,
                0));
    LocalDate day = LocalDate.of(2026, 3, 1);

    var unreported = desk.checkAgreement("A-1", day);
    assertThat(unreported.decidingRuleIds())
        .containsExactly(io.github.jiceng.governance.organisation.CoBuildingRules.PARTY_REPORTED);
    assertThat(unreported.explain()).contains("has not reported to the community's");
    desk.updateAgreement(
        new io.github.jiceng.governance.organisation.CoBuildingAgreement(
            "A-1",
            ONE,
            signed.unit(),
            null,
            signed.commitments(),
            signed.signed(),
            signed.until(),
            true,
            LocalDate.of(2026, 2, 20),
            signed.version()));
    assertThat(desk.agreementsOf(ONE, day))
        .extracting(d -> d.outcome())
        .containsExactly(io.github.jiceng.governance.policy.Compliance.COMPLIANT);
    var lapsed = desk.checkAgreement("A-1", LocalDate.of(2027, 9, 30));
    assertThat(lapsed.explain()).contains("ran out on 2027-08-31, 30 days ago");
    assertThatThrownBy(() -> desk.agreementsOf(TWO, day)).isInstanceOf(AccessDeniedException.class);
  }
}
