package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.calendar.WorkingHours;
import io.github.jiceng.governance.calendar.WorkingTime;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseAction;
import io.github.jiceng.governance.cases.CaseCategory;
import io.github.jiceng.governance.cases.CaseClock;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.cases.CaseKind;
import io.github.jiceng.governance.cases.CaseLimits;
import io.github.jiceng.governance.cases.CaseReport;
import io.github.jiceng.governance.cases.CaseRules;
import io.github.jiceng.governance.cases.CaseSource;
import io.github.jiceng.governance.cases.CaseStage;
import io.github.jiceng.governance.cases.CaseState;
import io.github.jiceng.governance.cases.EscalationLevel;
import io.github.jiceng.governance.cases.IllegalCaseTransitionException;
import io.github.jiceng.governance.cases.ResponsibleBody;
import io.github.jiceng.governance.cases.RoutingEntry;
import io.github.jiceng.governance.cases.RoutingPlace;
import io.github.jiceng.governance.cases.RoutingTable;
import io.github.jiceng.governance.cases.TimeLimit;
import io.github.jiceng.governance.cases.Urgency;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.desk.CaseDesk;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseDeskTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final DivisionCode TWO = SampleData.communityCode(2);
  private static final CaseCategory LIGHTS = new CaseCategory("01.03", "市容环境", "路灯不亮");
  private static final EffectivePeriod FROM_2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));
  private static final Citation EXAMPLE = Citation.of("测试用示例数据");

  private static <V> ParameterVersion<V> v(V value) {
    return ParameterVersion.of(value, FROM_2026, EXAMPLE, String.valueOf(value));
  }

  private static final Policy CITY =
      Policy.builder("city", "1")
          .basedOn(NationalDefaults.policy())
          .define(WorkingTime.HOURS, v(WorkingHours.of("08:30-12:00", "14:00-17:30")))
          .define(
              CaseLimits.key(CaseStage.FILING_AND_DISPATCH, Urgency.NORMAL),
              v(TimeLimit.workingMinutes(30)))
          .define(
              CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL, "01.03"),
              v(TimeLimit.workingDays(1)))
          .define(CaseRules.escalationStep(Urgency.NORMAL), v(TimeLimit.workingHours(2)))
          .define(
              CaseLimits.key(CaseStage.RETURN_WINDOW, Urgency.NORMAL), v(TimeLimit.workingDays(2)))
          .build();

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = at("2026-06-03T11:50");

    void set(String local) {
      now = at(local);
    }

    @Override
    public ZoneId getZone() {
      return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(CHINA).toInstant();
  }

  private final MovingClock clock = new MovingClock();
  private final InMemoryGovernanceStore store = new InMemoryGovernanceStore();
  private final Governance facade =
      Governance.builder().store(store).policy(CITY).clock(clock).build();

  private final RoutingTable routing =
      RoutingTable.builder("routing", "2026.1")
          .body(ResponsibleBody.open("street-office", "街道办事处"))
          .body(ResponsibleBody.open("lights", "路灯管理所"))
          .entry(
              new RoutingEntry(
                  RoutingPlace.division(SampleData.STREET), "*", "street-office", FROM_2026))
          .entry(
              new RoutingEntry(
                  RoutingPlace.division(SampleData.STREET), "01.03", "lights", FROM_2026))
          .build();

  @BeforeEach
  void district() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "社区一"));
    system.divisions().add(SampleData.community(2, "社区二"));
    system.scopes().grant("centre", "指挥中心", DataScope.divisionAndBelow(SampleData.STREET));
    system.scopes().grant("clerk-two", "社区办事员", DataScope.division(TWO));
  }

  private static CaseReport lights(String id) {
    return new CaseReport(
        id,
        LIGHTS,
        CaseKind.PROMISED,
        Urgency.NORMAL,
        CaseSource.RESIDENT,
        ONE,
        null,
        "三盏路灯不亮",
        null,
        "centre");
  }

  @Test
  @DisplayName(
      "the centre reports, files and dispatches by the routing table; every step is audited")
  void reportAndDispatch() {
    CaseDesk desk = facade.as("centre").cases();
    Case c = desk.report(lights("AJ-1"));
    c = desk.act(c.id(), c.version(), CaseAction.ACCEPT, null, null);
    clock.set("2026-06-03T14:10");
    c = desk.act(c.id(), c.version(), CaseAction.FILE, null, null);

    CaseDesk.Dispatch dispatch = desk.dispatch(c.id(), c.version(), routing);

    Case dispatched = dispatch.dispatched().orElseThrow();
    assertThat(dispatched.state()).isEqualTo(CaseState.DISPATCHED);
    assertThat(dispatched.body()).isEqualTo("lights");
    assertThat(desk.history("AJ-1").get(3).reason()).contains("routed by routing 2026.1");
    CaseClock.StageTime filing = desk.clock("AJ-1").get(0);
    assertThat(filing.used()).isEqualTo(Duration.ofMinutes(20));
    assertThat(facade.asSystem().audit().about("AJ-1", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.CASE_REPORT);
    assertThat(facade.asSystem().audit().about("AJ-1#4", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.CASE_TRANSITION);
  }

  @Test
  @DisplayName(
      "a case in a village is rural and keeps the rural limit; one in a community is urban; the"
          + " place's coordinates are kept")
  void settingFromTheCommunitysLevel() {
    facade
        .asSystem()
        .divisions()
        .add(
            new io.github.jiceng.governance.division.AdministrativeDivision(
                SampleData.communityCode(201),
                "水东村",
                io.github.jiceng.governance.division.DivisionLevel.VILLAGE,
                0));
    Governance rural =
        Governance.builder()
            .store(store)
            .policy(
                Policy.builder("rural", "1")
                    .basedOn(CITY)
                    .define(
                        CaseLimits.key(
                            CaseStage.FILING_AND_DISPATCH,
                            io.github.jiceng.governance.grid.GridSetting.RURAL,
                            Urgency.NORMAL),
                        v(TimeLimit.workingHours(1)))
                    .build())
            .clock(clock)
            .build();
    CaseDesk desk = rural.as("centre").cases();
    io.github.jiceng.governance.division.Coordinates gate =
        new io.github.jiceng.governance.division.Coordinates(
            30.9466, 118.7590, io.github.jiceng.governance.division.CoordinateSystem.GCJ02);
    CaseReport inVillage =
        new CaseReport(
            "AJ-V",
            LIGHTS,
            CaseKind.PROMISED,
            Urgency.NORMAL,
            CaseSource.RESIDENT,
            SampleData.communityCode(201),
            null,
            "村口",
            gate,
            "村口路灯不亮",
            java.util.List.of(),
            null,
            "centre");

    Case village = desk.report(inVillage);
    Case town = desk.report(lights("AJ-U"));
    clock.set("2026-06-03T14:30");

    assertThat(village.setting()).isEqualTo(io.github.jiceng.governance.grid.GridSetting.RURAL);
    assertThat(desk.find("AJ-V").orElseThrow().coordinates()).isEqualTo(gate);
    assertThat(town.setting()).isEqualTo(io.github.jiceng.governance.grid.GridSetting.URBAN);
    assertThat(desk.clock("AJ-V").get(0).limit().orElseThrow().limit())
        .isEqualTo(TimeLimit.workingHours(1));
    assertThat(desk.clock("AJ-V").get(0).isOverdue()).isFalse();
    assertThat(desk.clock("AJ-U").get(0).limit().orElseThrow().limit())
        .isEqualTo(TimeLimit.workingMinutes(30));
    assertThat(desk.clock("AJ-U").get(0).overdue()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  @DisplayName(
      "the routing check lists each category some recorded community of the street has no body"
          + " for; a caller who does not cover the street may not run it")
  void routingGaps() {
    CaseCategory dispute = new CaseCategory("03.02", "矛盾纠纷", "邻里纠纷");
    RoutingTable lightsOnlyInOne =
        RoutingTable.builder("routing", "2026.2")
            .body(ResponsibleBody.open("lights", "路灯管理所"))
            .entry(new RoutingEntry(RoutingPlace.division(ONE), "01.03", "lights", FROM_2026))
            .build();
    LocalDate day = LocalDate.of(2026, 6, 3);

    assertThat(
            facade
                .as("centre")
                .cases()
                .routingGaps(
                    lightsOnlyInOne, SampleData.STREET, java.util.List.of(LIGHTS, dispute), day))
        .containsExactly(
            new RoutingTable.Gap(LIGHTS, TWO),
            new RoutingTable.Gap(dispute, ONE),
            new RoutingTable.Gap(dispute, TWO));
    assertThat(
            facade
                .as("centre")
                .cases()
                .routingGaps(routing, SampleData.STREET, java.util.List.of(LIGHTS, dispute), day))
        .isEmpty();
    assertThatThrownBy(
            () ->
                facade
                    .as("clerk-two")
                    .cases()
                    .routingGaps(routing, SampleData.STREET, java.util.List.of(LIGHTS), day))
        .isInstanceOf(io.github.jiceng.governance.scope.AccessDeniedException.class);
  }

  @Test
  @DisplayName("an overdue case goes up one level at a time, with the deciding rule as the reason")
  void escalation() {
    CaseDesk desk = facade.as("centre").cases();
    Case c = desk.report(lights("AJ-1"));
    c = desk.act(c.id(), c.version(), CaseAction.ACCEPT, null, null);
    c = desk.act(c.id(), c.version(), CaseAction.FILE, null, null);
    clock.set("2026-06-03T14:15");
    c = desk.dispatch(c.id(), c.version(), routing).dispatched().orElseThrow();

    clock.set("2026-06-04T14:00");
    assertThat(desk.escalateIfDue(c.id(), c.version()).escalated()).isEmpty();
    clock.set("2026-06-05T09:30");
    CaseDesk.Escalation e = desk.escalateIfDue(c.id(), c.version());

    assertThat(e.decision().outcome()).isEqualTo(EscalationLevel.STREET);
    Case up = e.escalated().orElseThrow();
    assertThat(up.level()).isEqualTo(EscalationLevel.COMMUNITY);
    assertThat(desk.history("AJ-1").get(4).reason()).startsWith("ESCALATE-STREET: ");
    Case again = desk.escalateIfDue(up.id(), up.version()).escalated().orElseThrow();
    assertThat(again.level()).isEqualTo(EscalationLevel.STREET);
    assertThat(desk.escalateIfDue(again.id(), again.version()).escalated()).isEmpty();
  }

  @Test
  @DisplayName(
      "outside its scope a case is not found; a stale version and an illegal action are refused")
  void scopeAndRefusals() {
    Case c = facade.as("centre").cases().report(lights("AJ-1"));
    CaseDesk other = facade.as("clerk-two").cases();

    assertThat(other.find("AJ-1")).isEmpty();
    assertThat(other.history("AJ-1")).isEmpty();
    assertThatThrownBy(() -> other.act("AJ-1", 1, CaseAction.ACCEPT, null, null))
        .isInstanceOf(NotFoundException.class);
    CaseDesk centre = facade.as("centre").cases();
    centre.act(c.id(), 1, CaseAction.ACCEPT, null, null);
    assertThatThrownBy(() -> centre.act("AJ-1", 1, CaseAction.ACCEPT, null, null))
        .isInstanceOf(WriteConflictException.class);
    assertThatThrownBy(() -> centre.act("AJ-1", 2, CaseAction.CLOSE, null, null))
        .isInstanceOf(IllegalCaseTransitionException.class);
    assertThat(centre.history("AJ-1")).hasSize(2);
    assertThat(centre.casesIn(ONE, at("2026-06-01T00:00"), at("2026-06-30T00:00")))
        .extracting(Case::id)
        .containsExactly("AJ-1");
  }

  @Test
  @DisplayName(
      "a body returns a case within its window of 2 working days, not after; a new body has its own")
  void returnWindow() {
    CaseDesk desk = facade.as("centre").cases();
    Case c = desk.report(lights("AJ-1"));
    c = desk.act(c.id(), c.version(), CaseAction.ACCEPT, null, null);
    c = desk.act(c.id(), c.version(), CaseAction.FILE, null, null);
    clock.set("2026-06-03T14:15");
    c = desk.act(c.id(), c.version(), CaseAction.DISPATCH, null, "street-office");
    clock.set("2026-06-05T10:00");
    Case returned =
        desk.act(c.id(), c.version(), CaseAction.RETURN_AS_NOT_RESPONSIBLE, "不属本单位职责", null);
    Case again = desk.act(returned.id(), returned.version(), CaseAction.DISPATCH, null, "lights");

    clock.set("2026-06-09T15:00"); // more than 2 working days after the second dispatch
    assertThatThrownBy(
            () ->
                desk.act(
                    again.id(),
                    again.version(),
                    CaseAction.RETURN_AS_NOT_RESPONSIBLE,
                    "不属本单位职责",
                    null))
        .isInstanceOf(io.github.jiceng.governance.base.InvalidInputException.class)
        .hasMessageContaining(
            "after the window to return (2 working days, case.limit.return-window.normal) closed at 2026-06-09T10:00");
    assertThat(desk.find("AJ-1").orElseThrow().body()).isEqualTo("lights");
  }

  @Test
  @DisplayName(
      "民情五步: collected, analysed, handled, reported back, then evaluated once by the reporter")
  void fiveSteps() {
    CaseDesk desk = facade.as("centre").cases();
    Case c = desk.report(lights("AJ-1"));
    Case open = c;
    assertThatThrownBy(() -> desk.evaluate(open.id(), open.version(), Satisfaction.SATISFIED))
        .hasMessageContaining("evaluation: can be given once the case is closed");
    c = desk.act(c.id(), c.version(), CaseAction.ACCEPT, null, null);
    c = desk.act(c.id(), c.version(), CaseAction.FILE, null, null);
    c = desk.act(c.id(), c.version(), CaseAction.DISPATCH, null, "lights");
    for (CaseAction action :
        new CaseAction[] {
          CaseAction.START_HANDLING, CaseAction.REPORT_BACK, CaseAction.VERIFY, CaseAction.CLOSE
        }) {
      c = desk.act(c.id(), c.version(), action, null, null);
    }

    Case evaluated = desk.evaluate(c.id(), c.version(), Satisfaction.VERY_SATISFIED);

    assertThat(evaluated.evaluation()).isEqualTo(Satisfaction.VERY_SATISFIED);
    assertThat(desk.history("AJ-1")).hasSize(8);
    assertThatThrownBy(
            () -> desk.evaluate(evaluated.id(), evaluated.version(), Satisfaction.SATISFIED))
        .hasMessageContaining("was given already");
    assertThat(facade.asSystem().audit().about("AJ-1", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.CASE_EVALUATION, AuditAction.CASE_REPORT); // newest first
  }

  @Test
  @DisplayName(
      "the figures count what each case's clocks gave at its steps: on-time filing, handling, closure, overdue now")
  void figures() {
    CaseDesk desk = facade.as("centre").cases();
    // AJ-1: filed and dispatched in 20 working minutes, handled in time, closed, evaluated
    Case a = desk.report(lights("AJ-1"));
    a = desk.act(a.id(), a.version(), CaseAction.ACCEPT, null, null);
    a = desk.act(a.id(), a.version(), CaseAction.FILE, null, null);
    clock.set("2026-06-03T14:10");
    a = desk.dispatch(a.id(), a.version(), routing).dispatched().orElseThrow();
    clock.set("2026-06-04T10:00");
    for (CaseAction action :
        new CaseAction[] {
          CaseAction.START_HANDLING, CaseAction.REPORT_BACK, CaseAction.VERIFY, CaseAction.CLOSE
        }) {
      a = desk.act(a.id(), a.version(), action, null, null);
    }
    desk.evaluate(a.id(), a.version(), Satisfaction.SATISFIED);
    // AJ-2: reported 14:00, dispatched at 15:00 (60 working minutes: late), still being handled
    clock.set("2026-06-04T14:00");
    Case b = desk.report(lights("AJ-2"));
    b = desk.act(b.id(), b.version(), CaseAction.ACCEPT, null, null);
    b = desk.act(b.id(), b.version(), CaseAction.FILE, null, null);
    clock.set("2026-06-04T15:00");
    desk.dispatch(b.id(), b.version(), routing);
    // AJ-3: rejected
    Case c = desk.report(lights("AJ-3"));
    desk.act(c.id(), c.version(), CaseAction.REJECT, "重复上报", null);

    clock.set("2026-06-08T09:00"); // AJ-2's 1-working-day handling limit ran out on 5 June
    CaseFigures figures =
        desk.figures(
            SampleData.STREET,
            at("2026-06-01T00:00"),
            at("2026-07-01T00:00"),
            CaseFigures.GroupBy.CATEGORY);

    CaseFigures.Line total = figures.total();
    assertThat(total.reported()).isEqualTo(3);
    assertThat(total.filed()).isEqualTo(3); // a rejection ends the filing stage too
    assertThat(total.filedOnTime()).isEqualTo(2); // AJ-2 took 60 working minutes of 30
    assertThat(total.closureRate()).isEqualTo(0.5); // 1 of the 2 accepted
    assertThat(total.handled()).isEqualTo(1);
    assertThat(total.closedOnTime()).isEqualTo(1);
    assertThat(total.overdueNow()).isEqualTo(1);
    assertThat(total.satisfied()).isEqualTo(1);
    assertThat(figures.table()).contains("01.03").contains("50.0 %");
  }

  @Test
  @DisplayName(
      "a routing table is published as a change with who, when and why, audited, and read back to dispatch")
  void publishedRouting() {
    assertThatThrownBy(() -> facade.as("clerk-two").cases().publishRouting(routing, "调整"))
        .isInstanceOf(io.github.jiceng.governance.scope.AccessDeniedException.class);
    facade.asSystem().cases().publishRouting(routing, "路灯并入路灯管理所");

    CaseDesk desk = facade.as("centre").cases();
    assertThat(desk.routingHistory("routing"))
        .extracting(t -> t.version() + " " + t.publishedBy() + " " + t.reason())
        .containsExactly("2026.1 system 路灯并入路灯管理所");
    RoutingTable read = desk.routing("routing", "2026.1");
    Case c = desk.report(lights("AJ-1"));
    c = desk.act(c.id(), c.version(), CaseAction.ACCEPT, null, null);
    c = desk.act(c.id(), c.version(), CaseAction.FILE, null, null);
    assertThat(desk.dispatch(c.id(), c.version(), read).dispatched().orElseThrow().body())
        .isEqualTo("lights");
    assertThat(facade.asSystem().audit().about("routing 2026.1", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.ROUTING_PUBLICATION);
  }

  @Test
  @DisplayName(
      "disputes on the three lines: brought, mediated line by line, counted, audited, scoped")
  void disputes() {
    CaseDesk centre = facade.as("centre").cases();
    centre.bringDispute("TJ-1", ONE, "宅基地界址争议", false);
    centre.mediate("TJ-1", false, "未达成一致");
    io.github.jiceng.governance.cases.Dispute settled = centre.mediate("TJ-1", true, "按原界址立桩");
    centre.bringDispute("TJ-2", ONE, "承包合同纠纷", true);
    centre.mediate("TJ-2", false, null);
    io.github.jiceng.governance.cases.Dispute referred = centre.mediate("TJ-2", false, "引导起诉");

    assertThat(settled.settledBy())
        .contains(io.github.jiceng.governance.cases.MediationLine.GROUP_LEADER);
    assertThat(referred.referred()).isTrue();
    assertThat(
            centre
                .mediationFigures(
                    SampleData.STREET, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))
                .toString())
        .isEqualTo("2 disputes, 1 mediated (50.0 %), 1 referred, 0 open");
    assertThat(facade.as("clerk-two").cases().dispute("TJ-1")).isEmpty();
    assertThatThrownBy(() -> facade.as("clerk-two").cases().mediate("TJ-1", true, null))
        .isInstanceOf(NotFoundException.class);
    assertThat(facade.asSystem().audit().about("TJ-1#2", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.DISPUTE_MEDIATION);
  }
}
