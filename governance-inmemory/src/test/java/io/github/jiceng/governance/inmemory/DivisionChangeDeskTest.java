package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessRules;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionChange;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Verdict;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Divisions that change, through the desks, on seed report 000's 弋江区: three communities of one
 * street merged into one, and 南瑞街道's office abolished, its communities dealing with the district.
 */
class DivisionChangeDeskTest {
  private static final LocalDate MERGED = LocalDate.of(2026, 3, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2026, 7, 1);
  private static final Citation BASIS = Citation.of("区政府关于街道社区撤并整合的批复（示例）");
  private static final DivisionCode DISTRICT = DivisionCode.of("340203000000");
  private static final DivisionCode STREET = DivisionCode.of("340203001000");
  private static final DivisionCode NANRUI = DivisionCode.of("340203004000");

  private final InMemoryGovernanceStore store = new InMemoryGovernanceStore();
  private final Governance governance =
      Governance.builder()
          .store(store)
          .clock(
              Clock.fixed(
                  LocalDate.of(2026, 7, 2).atStartOfDay(ZoneOffset.UTC).toInstant(),
                  ZoneOffset.UTC))
          .build();
  private final Governance system = governance.asSystem();

  private static DivisionCode c(String street, int n) {
    return DivisionCode.of(street.substring(0, 9) + String.format("%03d", n));
  }

  @BeforeEach
  void yijiang() {
    system.divisions().add(new AdministrativeDivision(DISTRICT, "弋江区", DivisionLevel.DISTRICT, 0));
    system.divisions().add(new AdministrativeDivision(STREET, "中山南路街道", DivisionLevel.STREET, 0));
    system.divisions().add(new AdministrativeDivision(NANRUI, "南瑞街道", DivisionLevel.STREET, 0));
    for (int n = 1; n <= 3; n++) {
      system
          .divisions()
          .add(
              new AdministrativeDivision(
                  c(STREET.value(), n), "社区" + n, DivisionLevel.COMMUNITY, 0));
      system
          .divisions()
          .add(
              new AdministrativeDivision(
                  c(NANRUI.value(), n), "南瑞" + n, DivisionLevel.COMMUNITY, 0));
    }
    system.scopes().grant("street-clerk", "街道办事员", DataScope.divisionAndBelow(STREET));
  }

  private void changes() {
    system
        .divisions()
        .recordChange(
            DivisionChange.merge(
                "CH-1",
                MERGED,
                List.of(c(STREET.value(), 1), c(STREET.value(), 2), c(STREET.value(), 3)),
                c(STREET.value(), 1),
                BASIS));
    system.divisions().recordChange(DivisionChange.abolish("CH-2", ABOLISHED, NANRUI, BASIS));
  }

  @Test
  @DisplayName(
      "after the merge the street has one community, whose lineage holds the two merged away;"
          + " after the abolition the district's own children include 南瑞's three communities")
  void childrenAsOfADay() {
    changes();

    assertThat(system.divisions().childrenOn(STREET, MERGED.minusDays(1))).hasSize(3);
    assertThat(system.divisions().childrenOn(STREET, MERGED))
        .extracting(AdministrativeDivision::code)
        .containsExactly(c(STREET.value(), 1));
    assertThat(system.divisions().lineage(c(STREET.value(), 1), MERGED))
        .containsExactly(c(STREET.value(), 1), c(STREET.value(), 2), c(STREET.value(), 3));
    assertThat(system.divisions().childrenOn(DISTRICT, ABOLISHED.minusDays(1)))
        .extracting(AdministrativeDivision::code)
        .containsExactly(STREET, NANRUI);
    assertThat(system.divisions().childrenOn(DISTRICT, ABOLISHED))
        .extracting(AdministrativeDivision::code)
        .containsExactly(STREET, c(NANRUI.value(), 1), c(NANRUI.value(), 2), c(NANRUI.value(), 3));
    assertThat(system.audit().about("CH-2", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.DIVISION_CHANGE);
  }

  @Test
  @DisplayName(
      "a street clerk cannot abolish another street's office; a community merged away cannot be"
          + " merged again")
  void refusals() {
    changes();

    assertThatThrownBy(
            () ->
                governance
                    .as("street-clerk")
                    .divisions()
                    .recordChange(
                        DivisionChange.merge(
                            "CH-3",
                            LocalDate.of(2026, 9, 1),
                            List.of(c(NANRUI.value(), 1), c(NANRUI.value(), 2)),
                            c(NANRUI.value(), 1),
                            BASIS)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                system
                    .divisions()
                    .recordChange(
                        DivisionChange.merge(
                            "CH-4",
                            LocalDate.of(2026, 9, 1),
                            List.of(c(STREET.value(), 1), c(STREET.value(), 2)),
                            c(STREET.value(), 1),
                            BASIS)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not in force on 2026-09-01");
    assertThat(store.divisions().findChange("CH-4")).isEmpty();
  }

  @Test
  @DisplayName(
      "A5: once 南瑞's office is abolished, work reaches its community through the district's"
          + " unified deployment; 'through the street office' is refused, and before the day it"
          + " was the rule; a street-wide request reaches only the merged community")
  void ruleA5() {
    changes();
    AccessPolicy policy = SampleData.accessPolicy("2026.1");
    system.access().publish(policy);
    DivisionCode nanrui1 = c(NANRUI.value(), 1);

    AccessDecision deployed =
        decide(request("R-1", Channel.DISTRICT).communities(nanrui1), policy, ABOLISHED);
    AccessDecision viaStreet =
        decide(request("R-2", Channel.STREET_OFFICE).communities(nanrui1), policy, ABOLISHED);
    AccessDecision before =
        decide(
            request("R-3", Channel.STREET_OFFICE).communities(nanrui1),
            policy,
            ABOLISHED.minusDays(1));
    List<AccessDecision> wholeStreet =
        system
            .access()
            .decide(
                submit(request("R-4", Channel.STREET_OFFICE).allCommunitiesOf(STREET)),
                policy,
                ABOLISHED);

    assertThat(verdictOfA5(deployed)).isEqualTo(Verdict.SATISFIED);
    assertThat(deployed.decision().explain()).contains("南瑞街道办事处正式撤销");
    assertThat(verdictOfA5(viaStreet)).isEqualTo(Verdict.VIOLATED);
    assertThat(viaStreet.outcome()).isEqualTo(AccessOutcome.REFUSED);
    assertThat(verdictOfA5(before)).isEqualTo(Verdict.SATISFIED);
    assertThat(wholeStreet).extracting(d -> d.community()).containsExactly(c(STREET.value(), 1));
  }

  @Test
  @DisplayName(
      "a merged community's records keep their code and stay findable under its successor: the"
          + " successor's clerk reads them through the lineage from the merger's day, not before")
  void recordsUnderTheSuccessor() {
    DivisionCode one = c(STREET.value(), 1);
    DivisionCode two = c(STREET.value(), 2);
    system.scopes().grant("clerk-1", "社区干部", DataScope.division(one));
    system
        .organisations()
        .add(
            new io.github.jiceng.governance.organisation.SocialOrganisation(
                "O-2",
                two,
                "社区2志愿者协会",
                io.github.jiceng.governance.organisation.SocialOrganisation.Status.FILED,
                null,
                LocalDate.of(2024, 3, 1),
                null,
                null,
                0));
    assertThat(governance.as("clerk-1").organisations().find("O-2"))
        .as("before any merger, another community's record is out of reach")
        .isEmpty();

    changes();
    Governance clerk = governance.as("clerk-1");
    List<DivisionCode> lineage = clerk.divisions().lineage(one, LocalDate.of(2026, 7, 2));

    assertThat(lineage).containsExactly(one, two, c(STREET.value(), 3));
    assertThat(clerk.organisations().find("O-2")).isPresent();
    assertThat(
            lineage.stream()
                .flatMap(
                    code ->
                        clerk
                            .organisations()
                            .needingAttention(code, LocalDate.of(2026, 7, 2))
                            .stream())
                .toList())
        .isEmpty();
    assertThat(clerk.organisations().find("O-2").orElseThrow().community())
        .as("the record keeps its own code and history")
        .isEqualTo(two);
  }

  @Test
  @DisplayName(
      "a burden report after the merger counts the merged communities' decisions under the"
          + " community that carries them on; a report ending before it keeps them apart")
  void burdenOfTheDay() {
    AccessPolicy policy = SampleData.accessPolicy("2026.1");
    system.access().publish(policy);
    LocalDate february = LocalDate.of(2026, 2, 10);
    for (int n = 1; n <= 3; n++) {
      decide(
          request("B-" + n, Channel.STREET_OFFICE).communities(c(STREET.value(), n)),
          policy,
          february);
    }
    changes();

    var before =
        system.access().burden(STREET, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));
    var after = system.access().burden(STREET, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

    assertThat(before.communities()).hasSize(3);
    assertThat(after.communities())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.community()).isEqualTo(c(STREET.value(), 1));
              assertThat(b.total().total()).isEqualTo(3);
            });
  }

  private static TaskRequest.Builder request(String id, Channel channel) {
    return TaskRequest.builder(id)
        .department("区民政局")
        .title("换届选举")
        .item("D-01")
        .appliedOn(LocalDate.of(2026, 6, 1))
        .period(LocalDate.of(2026, 8, 1), null)
        .channel(channel);
  }

  private String submit(TaskRequest.Builder request) {
    return system.access().submit(request.build()).id();
  }

  private AccessDecision decide(TaskRequest.Builder request, AccessPolicy policy, LocalDate day) {
    return system.access().decide(submit(request), policy, day).get(0);
  }

  private static Verdict verdictOfA5(AccessDecision d) {
    return d.decision().result(AccessRules.CHANNEL).orElseThrow().verdict();
  }
}
