package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.party.MemberPoints;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PartyPointsGrade;
import io.github.jiceng.governance.party.PartyPointsRules;
import io.github.jiceng.governance.party.PartyPointsStanding;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The party points scheme (党员积分制管理) read over the points stored in a community's party tree. */
class PartyPointsDeskTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 6, 30);
  private static final Citation SAMPLE =
      Citation.of("某县党员积分制管理办法（示例，无公开出处）", "百分制：60分合格，90分优秀（示例）");

  /** A county's scheme: 60 qualified and 90 excellent, raised to 70 from July 2026. */
  private static final Policy COUNTY =
      Policy.builder("county", "1")
          .basedOn(NationalDefaults.policy())
          .define(
              PartyPointsRules.QUALIFIED_MINIMUM,
              ParameterVersion.of(
                  60, EffectivePeriod.between(FROM, TO), SAMPLE, "60 until June 2026"),
              ParameterVersion.of(
                  70, EffectivePeriod.from(TO.plusDays(1)), SAMPLE, "70 from July 2026"))
          .define(
              PartyPointsRules.EXCELLENT_MINIMUM,
              ParameterVersion.of(90, EffectivePeriod.from(FROM), SAMPLE, "90"))
          .build();

  private final Governance governance =
      Governance.builder().store(new InMemoryGovernanceStore()).policy(COUNTY).build();
  private final Governance system = governance.asSystem();

  @BeforeEach
  void community() {
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "城南社区"));
    system.divisions().add(SampleData.community(2, "城北社区"));
    system.party().add(tree());
    system.scopes().grant("secretary", "党委书记", DataScope.division(SampleData.communityCode(1)));
  }

  private static PartyTree tree() {
    String c = SampleData.communityCode(1).value();
    LocalDate admitted = LocalDate.of(2010, 7, 1);
    LocalDate full = LocalDate.of(2011, 7, 1);
    List<PartyMember> members =
        List.of(
            PartyMember.full(c + "-A", "赵一", admitted, full)
                .withPoints(MemberPoints.of(FROM, TO, 92)),
            PartyMember.full(c + "-B", "钱二", admitted, full)
                .withPoints(MemberPoints.of(FROM, TO, 75)),
            PartyMember.full(c + "-C", "孙三", admitted, full)
                .withPoints(MemberPoints.of(FROM, TO, 58)),
            PartyMember.full(c + "-D", "李四", admitted, full)
                .withPoints(MemberPoints.of(TO.plusDays(1), LocalDate.of(2026, 12, 31), 65)));
    return PartyTree.of(
        SampleData.communityCode(1),
        PartyOrganization.builder(c + "-P", PartyOrganizationKind.BRANCH)
            .name("城南社区党支部")
            .placement(io.github.jiceng.governance.party.PlacementKind.COMMUNITY, "城南社区")
            .term(SampleData.TERM)
            .members(members.toArray(PartyMember[]::new))
            .build());
  }

  @Test
  @DisplayName(
      "each member's half-year score is graded under the lines in force when the period ended:"
          + " 92 excellent, 75 qualified, 58 below 60, and a member with no record for it is"
          + " unrecorded")
  void standingsOfATree() {
    String treeId = SampleData.communityCode(1).value() + "-P";
    List<PartyPointsStanding> standings =
        governance.as("secretary").party().pointsStandings(treeId, LocalDate.of(2026, 3, 15));

    assertThat(standings)
        .extracting(PartyPointsStanding::grade)
        .containsExactly(
            PartyPointsGrade.EXCELLENT,
            PartyPointsGrade.QUALIFIED,
            PartyPointsGrade.UNQUALIFIED,
            PartyPointsGrade.UNRECORDED);
    PartyPointsStanding below = standings.get(2);
    assertThat(below.decision().outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(below.decision().decidingRuleIds()).containsExactly(PartyPointsRules.QUALIFIED);
    assertThat(below.decision().explain()).contains("58 points; the qualified line is 60");
    assertThat(below.decision().asOf()).isEqualTo(TO);
    assertThat(standings.get(0).decision().decidingRuleIds()).contains(PartyPointsRules.EXCELLENT);
  }

  @Test
  @DisplayName(
      "the second half-year's 65 is below the line raised to 70 in July, and the decision cites"
          + " the version it used")
  void aRaisedLine() {
    String c = SampleData.communityCode(1).value();
    PartyPointsStanding late =
        governance
            .as("secretary")
            .party()
            .pointsStanding(c + "-P", c + "-D", LocalDate.of(2026, 9, 1));

    assertThat(late.grade()).isEqualTo(PartyPointsGrade.UNQUALIFIED);
    assertThat(late.decision().explain()).contains("65 points; the qualified line is 70");
    assertThat(late.decision().result(PartyPointsRules.QUALIFIED).orElseThrow().parameters())
        .extracting(p -> p.versionLabel())
        .containsExactly("70 from July 2026");
  }

  @Test
  @DisplayName(
      "another community's tree and an unknown member are not found; under a policy without lines"
          + " nothing is graded, and the decision names the missing parameter")
  void scopeAndMissingLines() {
    String c = SampleData.communityCode(1).value();
    Governance other = Governance.builder().store(new InMemoryGovernanceStore()).build().asSystem();
    system.scopes().grant("north", "城北", DataScope.division(SampleData.communityCode(2)));

    assertThatThrownBy(
            () ->
                governance.as("north").party().pointsStandings(c + "-P", LocalDate.of(2026, 3, 1)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                governance
                    .as("secretary")
                    .party()
                    .pointsStanding(c + "-P", "nobody", LocalDate.of(2026, 3, 1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nobody");
    other.divisions().add(SampleData.district());
    other.divisions().add(SampleData.street());
    other.divisions().add(SampleData.community(1, "城南社区"));
    other.party().add(tree());
    PartyPointsStanding unlined =
        other.party().pointsStandings(c + "-P", LocalDate.of(2026, 3, 1)).get(0);
    assertThat(unlined.grade()).isEqualTo(PartyPointsGrade.NO_LINES);
    assertThat(unlined.decision().explain()).contains("party.points.qualified-minimum");
  }
}
