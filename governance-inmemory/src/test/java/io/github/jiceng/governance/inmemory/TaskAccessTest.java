package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.BurdenReport;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.desk.AccessDesk;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The task desk over a real (in-memory) store: resolution of targets, history, approvals, burden.
 */
class TaskAccessTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
  private final InMemoryGovernanceStore store = new InMemoryGovernanceStore();
  private final Governance governance =
      Governance.builder()
          .store(store)
          .clock(Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
          .build()
          .asSystem();
  private final AccessDesk desk = governance.access();
  private final AccessPolicy policy = SampleData.accessPolicy("2026.1");

  @BeforeEach
  void communities() {
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    for (int n = 1; n <= 3; n++) {
      store.divisions().insert(SampleData.community(n, "社区" + n));
    }
    desk.publish(policy);
  }

  private static TaskRequest.Builder duty(String id) {
    return TaskRequest.builder(id)
        .department("区民政局")
        .title("换届选举")
        .item("D-01")
        .communities(SampleData.communityCode(1))
        .appliedOn(LocalDate.of(2026, 3, 2))
        .period(LocalDate.of(2026, 5, 6), null);
  }

  @Test
  @DisplayName(
      "a request for all communities of a street is decided for each stored community, as of today")
  void wholeStreet() {
    desk.submit(duty("R-1").allCommunitiesOf(SampleData.STREET).build());
    List<AccessDecision> decisions = desk.decide("R-1", policy);
    assertThat(decisions)
        .extracting(d -> d.community().value())
        .containsExactly("341802001001", "341802001002", "341802001003");
    assertThat(decisions)
        .allSatisfy(
            d -> {
              assertThat(d.outcome()).isEqualTo(AccessOutcome.ADMITTED);
              assertThat(d.asOf()).isEqualTo(TODAY);
              assertThat(d.sequence()).isEqualTo(1);
            });
  }

  @Test
  @DisplayName("unknown requests and communities are NotFound, and nothing is stored")
  void notFound() {
    assertThatThrownBy(() -> desk.decide("R-404", policy))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("R-404");
    desk.submit(
        duty("R-1").communities(SampleData.communityCode(1), SampleData.communityCode(9)).build());
    assertThatThrownBy(() -> desk.decide("R-1", policy))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("341802001009");
    assertThat(desk.decisions("R-1")).isEmpty();
    assertThatThrownBy(() -> desk.policy("xuanzhou-access", "9.9"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName(
      "apply → pending → approve → admitted as temporary → revoke → refused, each decision kept")
  void approvalProcedure() {
    desk.submit(duty("R-1").item(null).title("创建文明城市入户宣传").build());
    assertThat(desk.decide("R-1", policy).get(0).outcome())
        .isEqualTo(AccessOutcome.PENDING_APPROVAL);

    desk.approve(
        "R-1", "宣州区社区建设领导小组", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 9, 30), "限期三个月");
    assertThat(desk.decide("R-1", policy, LocalDate.of(2026, 3, 10)).get(0).outcome())
        .isEqualTo(AccessOutcome.ADMITTED);
    assertThatThrownBy(() -> desk.reject("R-1", "领导小组", LocalDate.of(2026, 3, 11), ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("already decided");

    desk.revoke("R-1", "宣州区社区建设领导小组", LocalDate.of(2026, 6, 1), "任务已完成");
    AccessDecision revoked = desk.decide("R-1", policy, LocalDate.of(2026, 6, 1)).get(0);
    assertThat(revoked.outcome()).isEqualTo(AccessOutcome.REFUSED);
    assertThat(revoked.sequence()).isEqualTo(3);
    assertThat(desk.decisions("R-1"))
        .extracting(AccessDecision::outcome)
        .containsExactly(
            AccessOutcome.PENDING_APPROVAL, AccessOutcome.ADMITTED, AccessOutcome.REFUSED);
    assertThatThrownBy(() -> desk.revoke("R-1", "领导小组", LocalDate.of(2026, 7, 1), ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("only an approved request");
  }

  @Test
  @DisplayName(
      "A9's yearly cap counts the inspections the department's other admitted requests already bring")
  void inspectionHistory() {
    AccessPolicy capped =
        AccessPolicy.builder("xuanzhou-access", "2026.2")
            .basedOn(policy.parameters())
            .parameter(
                io.github.jiceng.governance.access.AccessParameters.INSPECTIONS_PER_YEAR,
                io.github.jiceng.governance.policy.ParameterVersion.of(
                    1,
                    io.github.jiceng.governance.policy.EffectivePeriod.from(
                        LocalDate.of(2025, 1, 1)),
                    io.github.jiceng.governance.policy.Citation.of("整治形式主义为基层减负若干规定(2024)"),
                    "once a year"))
            .items(policy.items())
            .build();
    desk.submit(duty("R-1").inspection(Inspection.unified("年度考评")).build());
    desk.submit(duty("R-2").inspection(Inspection.unified("专项考评")).build());
    desk.submit(duty("R-3").department("区卫健委").inspection(Inspection.unified("健康社区考评")).build());

    assertThat(desk.decide("R-1", capped).get(0).outcome()).isEqualTo(AccessOutcome.ADMITTED);
    AccessDecision second = desk.decide("R-2", capped).get(0);
    assertThat(second.outcome()).isEqualTo(AccessOutcome.REFUSED);
    assertThat(second.decidingRules()).containsExactly("A9");
    assertThat(desk.decide("R-3", capped).get(0).outcome()).isEqualTo(AccessOutcome.ADMITTED);
  }

  @Test
  @DisplayName(
      "burden figures count the latest decision per request and community, by list and department")
  void burden() {
    desk.submit(duty("R-1").forms("F-01").build()); // refused: form not approved
    desk.submit(duty("R-2").allCommunitiesOf(SampleData.STREET).build()); // admitted ×3
    desk.submit(duty("R-3").department("区商务局").item("N-01").build()); // refused: negative list
    desk.submit(duty("R-4").department("区商务局").item(null).build()); // pending
    for (String id : List.of("R-1", "R-2", "R-3", "R-4")) {
      desk.decide(id, policy);
    }
    desk.decide("R-3", policy); // decided twice: counted once

    BurdenReport report =
        desk.burden(SampleData.STREET, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    BurdenReport.CommunityBurden first =
        report.community(SampleData.communityCode(1)).orElseThrow();
    assertThat(first.total()).isEqualTo(new BurdenReport.Counts(1, 2, 1));
    assertThat(first.byListing().get(BurdenReport.Listing.NEGATIVE).refused()).isEqualTo(1);
    assertThat(first.byListing().get(BurdenReport.Listing.DUTY))
        .isEqualTo(new BurdenReport.Counts(1, 1, 0));
    assertThat(first.byListing().get(BurdenReport.Listing.UNLISTED).pending()).isEqualTo(1);
    assertThat(first.formsRefused()).isEqualTo(1);
    assertThat(first.byDepartment()).containsKeys("区民政局", "区商务局");
    assertThat(report.community(SampleData.communityCode(2)).orElseThrow().total().admitted())
        .isEqualTo(1);

    BurdenReport.DepartmentBurden commerce = report.department("区商务局").orElseThrow();
    assertThat(commerce.requests()).isEqualTo(2);
    assertThat(commerce.refusalRate()).isEqualTo(0.5);
    assertThat(report.department("区民政局").orElseThrow().refusalRate()).isEqualTo(0.25);
    assertThat(report.table()).contains("341802001001").contains("区商务局").contains("50.0%");
  }
}
