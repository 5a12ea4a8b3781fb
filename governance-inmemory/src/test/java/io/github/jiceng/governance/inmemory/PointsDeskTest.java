package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.desk.PointsDesk;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.points.EntryRefusedException;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsEntry;
import io.github.jiceng.governance.points.PointsProgram;
import io.github.jiceng.governance.points.PointsRules;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PointsDeskTest {
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final DivisionCode TWO = SampleData.communityCode(2);

  /**
   * A village's 《积分管理办法》 as a policy file: six kinds of deeds, monthly scores, quarterly
   * redemptions.
   */
  static final Policy VILLAGE =
      AccessPolicyFile.read(
              """
              policy: village-points
              version: "2019.1"
              title: 道德积分银行积分管理办法（示例）
              based-on: national
              parameters:
                points.moral.deeds:
                  - value:
                      - {code: care-parent, category: 积孝, name: 照料老人, name-en: caring for an elderly parent, points: 5}
                      - {code: help-neighbour, category: 积善, name: 邻里互助, name-en: helping a neighbour, points: 3}
                      - {code: clean-lane, category: 积美, name: 清扫街巷, name-en: sweeping the lane, points: 2}
                    from: 2019-01-01
                    citation: {document: X村《积分管理办法》（种子报告004）, article: 积孝、积善、积信、积勤、积俭、积美（分值为示例）}
                points.moral.scoring-months:
                  - {value: 1, from: 2019-01-01, citation: {document: X村《积分管理办法》（种子报告004）, article: 一月一评分}}
                points.moral.redemption-months:
                  - {value: 3, from: 2019-01-01, citation: {document: X村《积分管理办法》（种子报告004）, article: 一季度一兑换}}
              items: []
              """,
              "village-points.yaml")
          .parameters();

  private final Governance facade =
      Governance.builder()
          .store(new InMemoryGovernanceStore())
          .policy(VILLAGE)
          .clock(Clock.fixed(Instant.parse("2026-03-31T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
          .build();

  @BeforeEach
  void village() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "村一"));
    system.divisions().add(SampleData.community(2, "村二"));
    system.scopes().grant("clerk", "村务员", DataScope.division(ONE));
  }

  @Test
  @DisplayName(
      "a deed scores its table's points once a month; a second score in the month is refused and"
          + " explained")
  void scoring() {
    PointsDesk clerk = facade.as("clerk").points();
    PointsAccount a =
        clerk.open(PointsAccount.open("P-1", ONE, PointsProgram.MORAL_BANK, "H-0001"));

    a = clerk.score(a.id(), a.version(), "care-parent", YearMonth.of(2026, 3), null);
    a = clerk.score(a.id(), a.version(), "clean-lane", YearMonth.of(2026, 3), "清扫村道");
    long version = a.version();

    assertThat(a.balance()).isEqualTo(7);
    assertThatThrownBy(
            () -> clerk.score("P-1", version, "care-parent", YearMonth.of(2026, 3), null))
        .isInstanceOf(EntryRefusedException.class)
        .hasMessageContaining(PointsRules.SCORING_ROUND)
        .satisfies(
            e ->
                assertThat(((EntryRefusedException) e).decision().explain())
                    .contains("一月一评分", "已计分"));
    assertThatThrownBy(
            () -> clerk.score("P-1", version, "plant-trees", YearMonth.of(2026, 3), null))
        .isInstanceOf(EntryRefusedException.class)
        .hasMessageContaining("deed plant-trees is not in the table");
    assertThat(clerk.score("P-1", version, "care-parent", YearMonth.of(2026, 4), null).balance())
        .isEqualTo(12);
    assertThat(clerk.ledger("P-1")).extracting(PointsEntry::amount).containsExactly(5L, 2L, 5L);
    assertThat(facade.asSystem().audit().about("P-1#3", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.POINTS_ENTRY);
  }

  @Test
  @DisplayName(
      "redemptions: never beyond the balance, once a quarter, and a clerk acting on an old version"
          + " loses")
  void redeeming() {
    PointsDesk clerk = facade.as("clerk").points();
    PointsAccount a =
        clerk.open(PointsAccount.open("P-1", ONE, PointsProgram.MORAL_BANK, "H-0001"));
    a = clerk.score(a.id(), a.version(), "care-parent", YearMonth.of(2026, 3), null);
    long funded = a.version();

    assertThatThrownBy(() -> clerk.redeem("P-1", funded, 6, null))
        .isInstanceOf(EntryRefusedException.class)
        .hasMessageContaining("6 points asked, 5 points held");
    PointsAccount spent = clerk.redeem("P-1", funded, 4, "兑换洗衣粉");
    assertThat(spent.balance()).isEqualTo(1);
    assertThatThrownBy(() -> clerk.redeem("P-1", funded, 1, null))
        .isInstanceOf(WriteConflictException.class);
    assertThatThrownBy(() -> clerk.redeem("P-1", spent.version(), 1, null))
        .isInstanceOf(EntryRefusedException.class)
        .hasMessageContaining(PointsRules.REDEMPTION_ROUND);
  }

  @Test
  @DisplayName(
      "a time bank deposits and withdraws minutes; the wrong kind of entry and another village's"
          + " account are refused")
  void timeBankAndScope() {
    PointsDesk clerk = facade.as("clerk").points();
    PointsAccount t = clerk.open(PointsAccount.open("T-1", ONE, PointsProgram.TIME_BANK, "R-0007"));
    t = clerk.deposit(t.id(), t.version(), 120, "陪护老人两小时");
    t = clerk.withdraw(t.id(), t.version(), 90, null);
    long version = t.version();

    assertThat(t.balance()).isEqualTo(30);
    assertThatThrownBy(() -> clerk.withdraw("T-1", version, 31, null))
        .isInstanceOf(EntryRefusedException.class);
    assertThatThrownBy(() -> clerk.redeem("T-1", version, 1, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is a time bank");
    assertThatThrownBy(
            () -> clerk.open(PointsAccount.open("P-2", TWO, PointsProgram.MORAL_BANK, "H-2")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "a volunteer's deposits are the services the 100-a-year recognition counts: 100 in 2025"
          + " earn it, 99 do not, and the decision says so")
  void volunteerRecognitionOnTheLedger() {
    PointsDesk clerk = facade.as("clerk").points();
    PointsAccount t = clerk.open(PointsAccount.open("T-9", ONE, PointsProgram.TIME_BANK, "R-0009"));
    for (int i = 0; i < 99; i++) {
      t = clerk.deposit(t.id(), t.version(), 30, null);
    }

    var short1 = clerk.recognition("T-9", java.time.Year.of(2026));
    assertThat(short1.outcome())
        .isEqualTo(io.github.jiceng.governance.policy.Compliance.NON_COMPLIANT);
    assertThat(short1.explain()).contains("99 services in 2026; recognition needs at least 100");
    t = clerk.deposit(t.id(), t.version(), 30, null);
    assertThat(clerk.recognition("T-9", java.time.Year.of(2026)).outcome())
        .isEqualTo(io.github.jiceng.governance.policy.Compliance.COMPLIANT);
    assertThat(clerk.recognition("T-9", java.time.Year.of(2025)).explain())
        .contains("0 services in 2025");
    PointsAccount moral =
        clerk.open(PointsAccount.open("P-9", ONE, PointsProgram.MORAL_BANK, "H-0009"));
    assertThatThrownBy(() -> clerk.recognition(moral.id(), java.time.Year.of(2026)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("time bank");
  }
}
