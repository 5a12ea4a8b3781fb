package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.openness.MajorMatter;
import io.github.jiceng.governance.openness.OpennessReport;
import io.github.jiceng.governance.openness.OpennessRules;
import io.github.jiceng.governance.openness.Publication;
import io.github.jiceng.governance.openness.PublicationKind;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A committee's notice board through the committee desk: publications logged, overdue on a day. */
class OpennessDeskTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
  private final Governance governance =
      Governance.builder()
          .store(new InMemoryGovernanceStore())
          .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
          .build();
  private Committee committee;
  private Committee northCommittee;

  @BeforeEach
  void committee() {
    Governance system = governance.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system
        .divisions()
        .add(
            new AdministrativeDivision(
                SampleData.communityCode(1), "水东村", DivisionLevel.VILLAGE, 0));
    system.divisions().add(SampleData.community(2, "城北社区"));
    committee =
        system
            .committees()
            .add(
                Committee.builder(
                        SampleData.communityCode(1).value() + "-VC", CommitteeKind.VILLAGERS)
                    .division(SampleData.communityCode(1))
                    .name("水东村民委员会")
                    .households(420)
                    .term(SampleData.TERM)
                    .build());
    northCommittee = system.committees().add(SampleData.residentsCommittee(2, "城北社区居民委员会", 2400));
    system.scopes().grant("clerk", "社区干部", DataScope.division(SampleData.communityCode(1)));
    system.scopes().grant("north", "城北", DataScope.division(SampleData.communityCode(2)));
  }

  @Test
  @DisplayName(
      "the clerk logs ordinary affairs and finances; on 10 July June's finances (busy) are 10"
          + " days overdue and a road decided on 1 July 9 days; once published it is in order")
  void noticeBoard() {
    var desk = governance.as("clerk").committees();
    desk.publish(
        committee.id(), new Publication(PublicationKind.ORDINARY, LocalDate.of(2026, 6, 28), null));
    desk.publish(
        committee.id(), new Publication(PublicationKind.FINANCES, LocalDate.of(2026, 5, 31), null));
    desk.recordMajorMatter(committee.id(), new MajorMatter("road", LocalDate.of(2026, 7, 1)));

    OpennessReport report = desk.openness(committee.id(), true, TODAY);

    assertThat(report.decision().outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(report.overdue())
        .extracting(OpennessRules.Overdue::ruleId, OpennessRules.Overdue::days)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OpennessRules.FINANCES, 10L),
            org.assertj.core.groups.Tuple.tuple(OpennessRules.MAJOR, 9L));
    desk.publish(committee.id(), new Publication(PublicationKind.FINANCES, TODAY, null));
    desk.publish(committee.id(), new Publication(PublicationKind.MAJOR, TODAY, "road"));
    OpennessReport after = desk.openness(committee.id(), true, TODAY);
    assertThat(after.overdue()).isEmpty();
    assertThat(after.decision().decidingRuleIds())
        .as("published nine days after its decision: late in the record")
        .containsExactly(OpennessRules.MAJOR);
    assertThat(governance.asSystem().audit().about(committee.id(), 10))
        .extracting(AuditRecord::action)
        .containsOnly(AuditAction.PUBLICATION);
  }

  @Test
  @DisplayName(
      "a residents' committee that has published nothing owes nothing under the national policy:"
          + " 居务公开's rounds are a city's")
  void residentsCommittee() {
    OpennessReport report =
        governance.as("north").committees().openness(northCommittee.id(), true, TODAY);

    assertThat(report.overdue()).isEmpty();
    assertThat(report.decision().outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(report.decision().notApplicable())
        .extracting(io.github.jiceng.governance.policy.RuleResult::ruleId)
        .contains(OpennessRules.ORDINARY, OpennessRules.FINANCES);
  }

  @Test
  @DisplayName(
      "a publication dated tomorrow, one of a matter never recorded, and another community's"
          + " board are refused")
  void refusals() {
    var desk = governance.as("clerk").committees();

    assertThatThrownBy(
            () ->
                desk.publish(
                    committee.id(),
                    new Publication(PublicationKind.ORDINARY, TODAY.plusDays(1), null)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                desk.publish(committee.id(), new Publication(PublicationKind.MAJOR, TODAY, "land")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("major matter land");
    assertThatThrownBy(
            () -> governance.as("north").committees().openness(committee.id(), false, TODAY))
        .isInstanceOf(NotFoundException.class);
  }
}
