package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseAction;
import io.github.jiceng.governance.cases.CaseCategory;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.cases.CaseKind;
import io.github.jiceng.governance.cases.CaseSource;
import io.github.jiceng.governance.cases.CaseState;
import io.github.jiceng.governance.cases.CaseTimes;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.cases.EscalationLevel;
import io.github.jiceng.governance.cases.Reporter;
import io.github.jiceng.governance.cases.Urgency;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.people.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The case part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * Cases} group: cases round-trip with every field and their history, versions guard every step, two
 * dispatchers acting on one version cannot both succeed.
 */
public abstract class CasesContract extends AreaContract {
  private static final Instant AT = Instant.parse("2026-06-03T01:00:00Z");
  private static final CaseCategory LIGHTS = new CaseCategory("01.03", "市容环境", "路灯不亮");

  private static Case.Step report(String id, DivisionCode community, Instant at) {
    return Case.report(
        new io.github.jiceng.governance.cases.CaseReport(
            id,
            LIGHTS,
            CaseKind.PROMISED,
            Urgency.NORMAL,
            CaseSource.RESIDENT,
            community,
            GridCode.of("100100", community, 1),
            "城南路3号楼",
            new io.github.jiceng.governance.division.Coordinates(
                30.946_612_5,
                118.759_034_7,
                io.github.jiceng.governance.division.CoordinateSystem.CGCS2000),
            "城南路3号至5号三盏路灯不亮，夜间行人看不清路面",
            List.of("photo-2026-0603-001", "photo-2026-0603-002"),
            new Reporter("张三", PhoneNumber.of("13912345678")),
            "command"),
        io.github.jiceng.governance.grid.GridSetting.RURAL,
        "operator-1",
        at);
  }

  private Case stored(Case.Step step) {
    return store().cases().insert(step.next(), step.transition());
  }

  private Case act(Case c, CaseAction action, int minutes, @Nullable String body) {
    Case.Step s =
        c.apply(
            action,
            "clerk",
            AT.plus(Duration.ofMinutes(minutes)),
            action.needsReason() ? "原因" : null,
            body);
    return store().cases().update(s.next(), s.transition());
  }

  @Test
  @DisplayName("cases: a case reads back with every field, and its history step by step")
  void roundTrip() {
    DivisionCode community = community(1);
    Case c = stored(report("AJ-1", community, AT));
    c = act(c, CaseAction.ACCEPT, 5, null);
    c = act(c, CaseAction.FILE, 10, null);
    c = act(c, CaseAction.DISPATCH, 15, "lights");
    c = act(c, CaseAction.ESCALATE, 600, null);

    Case read = store().cases().find("AJ-1").orElseThrow();
    assertThat(read).isEqualTo(c);
    assertThat(read.version()).isEqualTo(5);
    assertThat(read.state()).isEqualTo(CaseState.DISPATCHED);
    assertThat(read.level()).isEqualTo(EscalationLevel.COMMUNITY);
    assertThat(read.reporter()).isEqualTo(new Reporter("张三", PhoneNumber.of("13912345678")));
    assertThat(read.responsible()).isEqualTo("lights");
    assertThat(read.building()).isEqualTo("城南路3号楼");
    assertThat(read.setting()).isEqualTo(io.github.jiceng.governance.grid.GridSetting.RURAL);
    assertThat(read.coordinates())
        .isEqualTo(
            new io.github.jiceng.governance.division.Coordinates(
                30.946_612_5,
                118.759_034_7,
                io.github.jiceng.governance.division.CoordinateSystem.CGCS2000));
    assertThat(read.attachments()).containsExactly("photo-2026-0603-001", "photo-2026-0603-002");
    List<CaseTransition> history = store().cases().history("AJ-1");
    assertThat(history)
        .extracting(CaseTransition::action)
        .containsExactly(
            null, CaseAction.ACCEPT, CaseAction.FILE, CaseAction.DISPATCH, CaseAction.ESCALATE);
    assertThat(history.get(3).body()).isEqualTo("lights");
    assertThat(history.get(4).reason()).isEqualTo("原因");
    assertThat(history.get(4).at()).isEqualTo(AT.plus(Duration.ofMinutes(600)));
    assertThat(store().cases().find("AJ-2")).isEmpty();
    assertThat(store().cases().history("AJ-2")).isEmpty();
  }

  @Test
  @DisplayName("cases: of two dispatchers acting on the same version at once, exactly one succeeds")
  void twoDispatchersAtOnce() throws Exception {
    Case filed = stored(report("AJ-1", community(1), AT));
    Case accepted = act(filed, CaseAction.ACCEPT, 1, null);
    Case ready = act(accepted, CaseAction.FILE, 2, null);

    List<Boolean> outcomes =
        GovernanceStoreContract.runTogether(
            2,
            writer ->
                () -> {
                  Case.Step s =
                      ready.apply(
                          CaseAction.DISPATCH,
                          "dispatcher-" + writer,
                          AT.plusSeconds(600),
                          null,
                          "body-" + writer);
                  try {
                    store().cases().update(s.next(), s.transition());
                    return true;
                  } catch (WriteConflictException e) {
                    return false;
                  }
                });

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    assertThat(store().cases().history("AJ-1")).hasSize(4);
    assertThat(store().cases().find("AJ-1").orElseThrow().version()).isEqualTo(4);
  }

  @Test
  @DisplayName(
      "cases: a duplicate id, an unknown community and a stale version are refused; nothing is half-written")
  void refusals() {
    DivisionCode community = community(1);
    Case c = stored(report("AJ-1", community, AT));
    assertThatThrownBy(() -> stored(report("AJ-1", community, AT)))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(() -> stored(report("AJ-9", SampleData.communityCode(7), AT)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().cases().find("AJ-9")).isEmpty();
    assertThat(store().cases().history("AJ-9")).isEmpty();
    act(c, CaseAction.ACCEPT, 1, null);
    assertThatThrownBy(() -> act(c, CaseAction.REJECT, 2, null))
        .isInstanceOf(WriteConflictException.class);
    assertThat(store().cases().history("AJ-1")).hasSize(2);
  }

  @Test
  @DisplayName("cases: a community's cases are found by the time they were reported")
  void byCommunity() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    stored(report("AJ-1", one, AT));
    stored(report("AJ-2", one, AT.plus(Duration.ofDays(1))));
    stored(report("AJ-3", two, AT));

    assertThat(store().cases().findByCommunity(one, AT, AT.plus(Duration.ofDays(1))))
        .extracting(Case::id)
        .containsExactly("AJ-1");
    assertThat(store().cases().findByCommunity(one, AT, AT.plus(Duration.ofDays(2))))
        .extracting(Case::id)
        .containsExactly("AJ-1", "AJ-2");
  }

  @Test
  @DisplayName(
      "cases: the reporter's evaluation of a closed case is stored without a step of its own")
  void evaluation() {
    Case c = stored(report("AJ-1", community(1), AT));
    CaseAction[] loop = {
      CaseAction.ACCEPT,
      CaseAction.FILE,
      CaseAction.DISPATCH,
      CaseAction.START_HANDLING,
      CaseAction.REPORT_BACK,
      CaseAction.VERIFY,
      CaseAction.CLOSE
    };
    for (int i = 0; i < loop.length; i++) {
      c = act(c, loop[i], i + 1, loop[i] == CaseAction.DISPATCH ? "lights" : null);
    }

    Case evaluated =
        store()
            .cases()
            .update(c.evaluated(io.github.jiceng.governance.service.Satisfaction.SATISFIED), null);

    Case read = store().cases().find("AJ-1").orElseThrow();
    assertThat(read).isEqualTo(evaluated);
    assertThat(read.evaluation())
        .isEqualTo(io.github.jiceng.governance.service.Satisfaction.SATISFIED);
    assertThat(store().cases().history("AJ-1")).hasSize(8);
  }

  @Test
  @DisplayName(
      "cases: the store counts the figures as CaseFigures.Line.of counts each case, per body, category and grid")
  void figures() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    Instant asOf = AT.plus(Duration.ofDays(3));
    java.util.List<Case> all = new java.util.ArrayList<>();
    // every combination the figures tell apart: rejected, filed on time or not, dispatched and
    // returned, handled on time or late, reworked, extended, closed, evaluated, overdue now
    Object[][] shapes = {
      {CaseAction.REJECT, Boolean.TRUE, null, 0, 0, 0, null, null},
      {CaseAction.FILE, null, null, 0, 0, 0, AT.plus(Duration.ofDays(1)), null},
      {CaseAction.DISPATCH, Boolean.FALSE, null, 1, 0, 0, null, AT.plus(Duration.ofDays(5))},
      {CaseAction.DISPATCH, Boolean.TRUE, Boolean.TRUE, 0, 1, 1, null, null},
      {
        CaseAction.DISPATCH, Boolean.TRUE, Boolean.FALSE, 0, 0, 0, null, AT.plus(Duration.ofDays(2))
      },
    };
    int n = 0;
    for (DivisionCode community : List.of(one, two)) {
      for (Object[] shape : shapes) {
        n++;
        Case c = stored(report("AJ-" + n, community, AT.plus(Duration.ofMinutes(n))));
        CaseAction last = (CaseAction) shape[0];
        c = act(c, last == CaseAction.REJECT ? CaseAction.REJECT : CaseAction.ACCEPT, 10 + n, null);
        if (last != CaseAction.REJECT) {
          c = act(c, CaseAction.FILE, 20 + n, null);
        }
        if (last == CaseAction.DISPATCH) {
          c = act(c, CaseAction.DISPATCH, 30 + n, n % 2 == 0 ? "lights" : "street-office");
        }
        CaseTimes times =
            new CaseTimes(
                (Instant) shape[6],
                (Boolean) shape[1],
                (Instant) shape[7],
                (Boolean) shape[2],
                shape[2] == null ? 0 : 60L * n,
                (Integer) shape[3],
                (Integer) shape[4],
                (Integer) shape[5]);
        if (Boolean.TRUE.equals(shape[2]) && community.equals(one)) {
          // the one handled on time in community one is also closed and evaluated
          for (CaseAction a :
              List.of(
                  CaseAction.START_HANDLING,
                  CaseAction.REPORT_BACK,
                  CaseAction.VERIFY,
                  CaseAction.CLOSE)) {
            c = act(c, a, 40 + n, null);
          }
          c =
              store()
                  .cases()
                  .update(
                      c.evaluated(io.github.jiceng.governance.service.Satisfaction.SATISFIED),
                      null);
        }
        c = store().cases().update(c.withTimes(times), null);
        all.add(c);
      }
    }

    for (CaseFigures.GroupBy by : CaseFigures.GroupBy.values()) {
      java.util.Map<String, CaseFigures.Line> expected = new java.util.TreeMap<>();
      for (Case c : all) {
        expected.merge(
            CaseFigures.Line.key(c, by), CaseFigures.Line.of(c, by, asOf), CaseFigures.Line::plus);
      }
      assertThat(
              store()
                  .cases()
                  .figures(SampleData.STREET, true, AT, AT.plus(Duration.ofDays(1)), asOf, by))
          .as("figures by " + by)
          .containsExactlyElementsOf(expected.values());
    }
    assertThat(
            store()
                .cases()
                .figures(
                    one,
                    false,
                    AT,
                    AT.plus(Duration.ofDays(1)),
                    asOf,
                    CaseFigures.GroupBy.CATEGORY))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.reported()).isEqualTo(5);
              assertThat(line.rejected()).isEqualTo(1);
              assertThat(line.closed()).isEqualTo(1);
              assertThat(line.closedOnTime()).isEqualTo(1);
              assertThat(line.returned()).isEqualTo(1);
              assertThat(line.overdueNow()).isEqualTo(2);
              assertThat(line.satisfied()).isEqualTo(1);
            });
    assertThat(
            store()
                .cases()
                .figures(
                    SampleData.communityCode(3), false, AT, asOf, asOf, CaseFigures.GroupBy.BODY))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "cases: routing-table versions are kept with who, when and why, and read back into the same table")
  void routingTables() {
    io.github.jiceng.governance.cases.RoutingTable first =
        io.github.jiceng.governance.cases.RoutingTable.builder("aofeng-routing", "2026.1")
            .body(io.github.jiceng.governance.cases.ResponsibleBody.open("office", "鳌峰街道办事处"))
            .entry(
                new io.github.jiceng.governance.cases.RoutingEntry(
                    io.github.jiceng.governance.cases.RoutingPlace.division(community(1)),
                    "*",
                    "office",
                    io.github.jiceng.governance.policy.EffectivePeriod.always()))
            .build();
    io.github.jiceng.governance.cases.StoredRoutingTable v1 =
        io.github.jiceng.governance.cases.StoredRoutingTable.of(first, AT, "chief", "首次发布");
    store().routingTables().insert(v1);
    store()
        .routingTables()
        .insert(
            io.github.jiceng.governance.cases.StoredRoutingTable.of(
                io.github.jiceng.governance.cases.RoutingTable.builder("aofeng-routing", "2026.2")
                    .body(
                        io.github.jiceng.governance.cases.ResponsibleBody.open("office", "鳌峰街道办事处"))
                    .build(),
                AT.plus(Duration.ofDays(30)),
                "chief-2",
                "路灯所并入街道"));

    assertThat(store().routingTables().findVersions("aofeng-routing"))
        .extracting(t -> t.version() + " " + t.publishedBy() + " " + t.reason())
        .containsExactly("2026.1 chief 首次发布", "2026.2 chief-2 路灯所并入街道");
    io.github.jiceng.governance.cases.StoredRoutingTable read =
        store().routingTables().find("aofeng-routing", "2026.1").orElseThrow();
    assertThat(read).isEqualTo(v1);
    assertThat(read.table().entries()).isEqualTo(first.entries());
    assertThatThrownBy(() -> store().routingTables().insert(v1))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(store().routingTables().find("aofeng-routing", "2027.1")).isEmpty();
  }

  @Test
  @DisplayName(
      "cases: disputes keep every mediation attempt; two writers of one attempt cannot both succeed; the figures are counted by the store")
  void disputes() throws Exception {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    java.time.LocalDate day = java.time.LocalDate.of(2026, 6, 3);
    io.github.jiceng.governance.cases.Dispute d =
        store()
            .disputes()
            .insert(
                io.github.jiceng.governance.cases.Dispute.brought(
                    "TJ-1", one, "宅基地界址争议", false, day));
    d = store().disputes().appendAttempt(d.mediated(day, false, "未达成一致"));
    d = store().disputes().appendAttempt(d.mediated(day.plusDays(1), true, "按原界址立桩"));
    assertThat(store().disputes().find("TJ-1")).contains(d);
    io.github.jiceng.governance.cases.Dispute stale = d;
    assertThatThrownBy(
            () ->
                store()
                    .disputes()
                    .appendAttempt(
                        new io.github.jiceng.governance.cases.Dispute(
                            stale.id(),
                            stale.community(),
                            stale.subject(),
                            stale.major(),
                            stale.reportedOn(),
                            stale.attempts().subList(0, 1))))
        .isInstanceOf(WriteConflictException.class);

    io.github.jiceng.governance.cases.Dispute big =
        store()
            .disputes()
            .insert(
                io.github.jiceng.governance.cases.Dispute.brought(
                    "TJ-2", two, "承包合同纠纷", true, day));
    List<Boolean> outcomes =
        GovernanceStoreContract.runTogether(
            2,
            writer ->
                () -> {
                  try {
                    store().disputes().appendAttempt(big.mediated(day, writer == 0, null));
                    return true;
                  } catch (WriteConflictException e) {
                    return false;
                  }
                });
    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    store()
        .disputes()
        .insert(io.github.jiceng.governance.cases.Dispute.brought("TJ-3", two, "邻里噪音", false, day));
    assertThatThrownBy(
            () ->
                store()
                    .disputes()
                    .insert(
                        io.github.jiceng.governance.cases.Dispute.brought(
                            "TJ-9", SampleData.communityCode(7), "纠纷", false, day)))
        .isInstanceOf(IntegrityViolationException.class);

    io.github.jiceng.governance.cases.MediationFigures figures =
        store().disputes().figures(SampleData.STREET, true, day, day.plusDays(30));
    io.github.jiceng.governance.cases.Dispute tj2 = store().disputes().find("TJ-2").orElseThrow();
    assertThat(figures.disputes()).isEqualTo(3);
    assertThat(figures.settled()).isEqualTo(tj2.settledBy().isPresent() ? 2 : 1);
    assertThat(figures.open()).isEqualTo(tj2.settledBy().isPresent() ? 1 : 2);
    assertThat(figures.settledBy())
        .containsEntry(io.github.jiceng.governance.cases.MediationLine.GROUP_LEADER, 1L);
    assertThat(store().disputes().figures(one, false, day, day).disputes()).isEqualTo(1);
    assertThat(store().disputes().findByCommunity(two, day, day))
        .extracting(io.github.jiceng.governance.cases.Dispute::id)
        .containsExactly("TJ-2", "TJ-3");
  }
}
