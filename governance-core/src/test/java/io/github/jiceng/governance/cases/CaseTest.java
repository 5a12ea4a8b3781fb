package io.github.jiceng.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.people.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseTest {
  static final CaseCategory STREET_LIGHT = new CaseCategory("01.03", "市容环境", "路灯不亮");
  static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final Instant AT = Instant.parse("2026-06-03T01:00:00Z");

  static Case reported() {
    return Case.report(
            "AJ-2026-0001",
            STREET_LIGHT,
            CaseKind.PROMISED,
            Urgency.NORMAL,
            CaseSource.RESIDENT,
            CHENGNAN,
            io.github.jiceng.governance.grid.GridSetting.URBAN,
            null,
            "城南路3号至5号三盏路灯不亮",
            new Reporter("张三", PhoneNumber.of("13912345678")),
            "xuancheng-command",
            "operator-1",
            AT)
        .next();
  }

  private static Case step(Case c, CaseAction action, int minutes, String reason, String body) {
    return c.apply(
            action, "actor-" + action.ordinal(), AT.plus(Duration.ofMinutes(minutes)), reason, body)
        .next();
  }

  @Test
  @DisplayName(
      "a case goes round the loop: reported, accepted, filed, dispatched, handled, verified, closed")
  void fullLoop() {
    Case c = reported();
    assertThat(c.responsible()).isEqualTo("xuancheng-command");
    c = step(c, CaseAction.ACCEPT, 5, null, null);
    c = step(c, CaseAction.FILE, 10, null, null);
    c = step(c, CaseAction.DISPATCH, 15, null, "xuanzhou-street-lights");
    assertThat(c.responsible()).isEqualTo("xuanzhou-street-lights");
    c = step(c, CaseAction.START_HANDLING, 30, null, null);
    c = step(c, CaseAction.REPORT_BACK, 300, "已更换灯泡", null);
    c = step(c, CaseAction.SEND_BACK_FOR_REWORK, 360, "5号路灯仍不亮", null);
    c = step(c, CaseAction.REPORT_BACK, 420, null, null);
    c = step(c, CaseAction.VERIFY, 450, null, null);
    Case.Step closing =
        c.apply(CaseAction.CLOSE, "operator-1", AT.plus(Duration.ofHours(8)), null, null);

    assertThat(closing.next().state()).isEqualTo(CaseState.CLOSED);
    assertThat(closing.next().transitions()).isEqualTo(10);
    assertThat(closing.transition().sequence()).isEqualTo(10);
    assertThat(closing.transition().from()).isEqualTo(CaseState.VERIFIED);
    assertThat(CaseAction.values()).noneMatch(a -> a.allowedFrom(CaseState.CLOSED));
  }

  @Test
  @DisplayName("a body that is not responsible returns the case; the first receiver answers again")
  void returnedToFirstReceiver() {
    Case c =
        step(
            step(
                step(reported(), CaseAction.ACCEPT, 1, null, null), CaseAction.FILE, 2, null, null),
            CaseAction.DISPATCH,
            3,
            null,
            "wrong-body");

    Case back = step(c, CaseAction.RETURN_AS_NOT_RESPONSIBLE, 20, "不属本单位职责", null);

    assertThat(back.state()).isEqualTo(CaseState.FILED);
    assertThat(back.body()).isNull();
    assertThat(back.responsible()).isEqualTo("xuancheng-command");
  }

  @Test
  @DisplayName("an illegal action names the state and the action")
  void illegalTransition() {
    assertThatThrownBy(() -> reported().apply(CaseAction.CLOSE, "a", AT, null, null))
        .isInstanceOf(IllegalCaseTransitionException.class)
        .hasMessageContaining("CLOSE cannot happen to a case that is REPORTED")
        .satisfies(
            e -> {
              IllegalCaseTransitionException ex = (IllegalCaseTransitionException) e;
              assertThat(ex.state()).isEqualTo(CaseState.REPORTED);
              assertThat(ex.action()).isEqualTo(CaseAction.CLOSE);
            });
  }

  @Test
  @DisplayName(
      "reasons, bodies, time order and a second person's approval are required where they belong")
  void requiredParts() {
    Case c = reported();
    assertThatThrownBy(() -> c.apply(CaseAction.REJECT, "a", AT, " ", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason: must be given for REJECT");
    Case filed = step(step(c, CaseAction.ACCEPT, 1, null, null), CaseAction.FILE, 2, null, null);
    assertThatThrownBy(() -> filed.apply(CaseAction.DISPATCH, "a", AT.plusSeconds(600), null, null))
        .hasMessageContaining("body: must name the body");
    assertThatThrownBy(() -> filed.apply(CaseAction.ACCEPT, "a", AT.plusSeconds(600), null, "x"))
        .isInstanceOf(IllegalCaseTransitionException.class);
    assertThatThrownBy(() -> c.apply(CaseAction.ACCEPT, "a", AT.minusSeconds(1), null, null))
        .hasMessageContaining("at: must not be before the last step");
    Case handling =
        step(
            step(filed, CaseAction.DISPATCH, 3, null, "b"),
            CaseAction.START_HANDLING,
            4,
            null,
            null);
    Case pending =
        handling
            .apply(CaseAction.REQUEST_EXTENSION, "body-clerk", AT.plusSeconds(900), "需采购配件", null)
            .next();
    assertThat(pending.pendingRequestBy()).isEqualTo("body-clerk");
    assertThatThrownBy(
            () ->
                pending.apply(
                    CaseAction.APPROVE_EXTENSION, "body-clerk", AT.plusSeconds(960), null, null))
        .hasMessageContaining("actor: must not approve what the same actor asked for");
    Case extended =
        pending
            .apply(CaseAction.APPROVE_EXTENSION, "centre-chief", AT.plusSeconds(960), null, null)
            .next();
    assertThat(extended.state()).isEqualTo(CaseState.HANDLING);
    assertThat(extended.pendingRequestBy()).isNull();
  }

  @Test
  @DisplayName("toString shows neither the description nor the reporter unmasked")
  void masked() {
    Case c = reported();

    assertThat(c.toString())
        .doesNotContain("城南路3号", "张三", "13912345678")
        .contains("01.03 市容环境/路灯不亮");
    assertThat(c.reporter().toString()).doesNotContain("张三", "13912345678");
  }

  @Provide
  Arbitrary<List<CaseAction>> actions() {
    return Arbitraries.of(CaseAction.class).list().ofMaxSize(40);
  }

  @Property(tries = 500)
  @Label("no sequence of actions reaches an illegal state, and time used never decreases")
  void anySequence(@ForAll("actions") List<CaseAction> actions) {
    Case c = reported();
    List<CaseState> seen = new ArrayList<>();
    Instant last = c.changedAt();
    int minute = 0;
    for (CaseAction action : actions) {
      minute += 7;
      String reason = action.needsReason() ? "原因" : null;
      String body = action == CaseAction.DISPATCH ? "body-" + minute : null;
      String actor = action.isApproval() ? "approver" : "clerk";
      CaseState before = c.state();
      try {
        Case.Step s = c.apply(action, actor, AT.plus(Duration.ofMinutes(minute)), reason, body);
        assertThat(action.allowedFrom(before)).isTrue();
        assertThat(s.next().state()).isEqualTo(action.next(before));
        assertThat(s.next().transitions()).isEqualTo(c.transitions() + 1);
        assertThat(s.next().changedAt()).isAfterOrEqualTo(last);
        c = s.next();
        last = c.changedAt();
      } catch (IllegalCaseTransitionException e) {
        assertThat(action.allowedFrom(before)).isFalse();
        assertThat(e.state()).isEqualTo(before);
      } catch (InvalidInputException e) {
        // the one refusal besides an illegal transition: no level above the district
        assertThat(action).isEqualTo(CaseAction.ESCALATE);
        assertThat(c.level()).isEqualTo(EscalationLevel.DISTRICT);
      }
      seen.add(c.state());
      if (c.state() == CaseState.DISPATCHED || c.state() == CaseState.HANDLING) {
        assertThat(c.body()).isNotNull();
      }
      if (c.state() == CaseState.FILED) {
        assertThat(c.body()).isNull();
      }
    }
    if (seen.contains(CaseState.CLOSED)) {
      assertThat(seen.subList(seen.indexOf(CaseState.CLOSED), seen.size()))
          .containsOnly(CaseState.CLOSED);
    }
  }
}
