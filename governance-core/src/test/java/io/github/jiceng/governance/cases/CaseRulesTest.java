package io.github.jiceng.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseRulesTest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The city policy of CaseClockTest, with an escalation step of 2 working hours. */
  private static final Policy CITY =
      Policy.builder("city-escalation", "1")
          .basedOn(CaseClockTest.CITY)
          .define(
              CaseRules.escalationStep(Urgency.NORMAL),
              ParameterVersion.of(
                  TimeLimit.workingHours(2),
                  EffectivePeriod.from(LocalDate.of(2026, 1, 1)),
                  Citation.of("测试用示例数据"),
                  "2 working hours"))
          .build();

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(CHINA).toInstant();
  }

  /**
   * The street-light case, dispatched 14:15 on 3 June: its 1-working-day limit ends 14:15 on 4
   * June.
   */
  private static List<CaseTransition> history = new ArrayList<>();

  private static Case dispatched() {
    history = new ArrayList<>();
    Case.Step s =
        Case.report(
            "AJ-9",
            CaseTest.STREET_LIGHT,
            CaseKind.PROMISED,
            Urgency.NORMAL,
            CaseSource.GRID_PATROL,
            CaseTest.CHENGNAN,
            io.github.jiceng.governance.grid.GridSetting.URBAN,
            null,
            "三盏路灯不亮",
            null,
            "command",
            "worker",
            at("2026-06-03T11:50"));
    history.add(s.transition());
    Case c = s.next();
    String[][] steps = {
      {"ACCEPT", "2026-06-03T11:55"}, {"FILE", "2026-06-03T11:58"}, {"DISPATCH", "2026-06-03T14:15"}
    };
    for (String[] step : steps) {
      CaseAction action = CaseAction.valueOf(step[0]);
      s =
          c.apply(
              action, "clerk", at(step[1]), null, action == CaseAction.DISPATCH ? "lights" : null);
      history.add(s.transition());
      c = s.next();
    }
    return c;
  }

  private static Decision<EscalationLevel> levelAt(Case c, String asOf) {
    List<CaseClock.StageTime> clocks = CaseClock.of(c, history, CITY, at(asOf), CHINA);
    return CaseRules.checkEscalation(
        EscalationFacts.of(c, clocks), CITY, LocalDate.parse(asOf.substring(0, 10)));
  }

  @Test
  @DisplayName(
      "overdue by one step the community oversees a case, by two the street, by three the district")
  void levels() {
    Case c = dispatched();

    assertThat(levelAt(c, "2026-06-04T14:00").outcome()).isEqualTo(EscalationLevel.GRID);
    assertThat(levelAt(c, "2026-06-04T16:15").outcome()).isEqualTo(EscalationLevel.COMMUNITY);
    Decision<EscalationLevel> street = levelAt(c, "2026-06-05T09:30");
    assertThat(street.outcome()).isEqualTo(EscalationLevel.STREET);
    assertThat(street.decidingRuleIds()).containsExactly("ESCALATE-STREET");
    assertThat(street.explain())
        .contains("overdue 255 min, at least 2 × 2 working hours: goes to the street");
    assertThat(levelAt(c, "2026-06-08T09:00").outcome()).isEqualTo(EscalationLevel.DISTRICT);
  }

  @Test
  @DisplayName(
      "escalating raises the case's level one step at a time, keeps its state, and stops at the district")
  void escalateAction() {
    Case c = dispatched();
    Instant t = at("2026-06-08T09:00");
    for (EscalationLevel expected :
        List.of(EscalationLevel.COMMUNITY, EscalationLevel.STREET, EscalationLevel.DISTRICT)) {
      Case.Step s = c.apply(CaseAction.ESCALATE, "system", t, "超期升级", null);
      assertThat(s.next().level()).isEqualTo(expected);
      assertThat(s.next().state()).isEqualTo(CaseState.DISPATCHED);
      assertThat(s.transition().to()).isEqualTo(CaseState.DISPATCHED);
      c = s.next();
    }
    Case top = c;
    assertThatThrownBy(() -> top.apply(CaseAction.ESCALATE, "system", t, "超期升级", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot go above the DISTRICT level");
  }
}
