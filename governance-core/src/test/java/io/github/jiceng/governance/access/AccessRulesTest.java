package io.github.jiceng.governance.access;

import static io.github.jiceng.governance.access.AccessFixture.CHENGDONG;
import static io.github.jiceng.governance.access.AccessFixture.POLICY;
import static io.github.jiceng.governance.access.AccessFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.policy.RuleResult;
import io.github.jiceng.governance.policy.Verdict;
import io.github.jiceng.governance.policy.Verdicts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessRulesTest {
  private static final LocalDate ASKED = LocalDate.of(2026, 3, 3);

  private static Decision<AccessOutcome> decide(TaskRequest.Builder request) {
    return POLICY.decide(request.build(), CHENGDONG, ASKED);
  }

  private static Decision<AccessOutcome> decide(
      TaskRequest.Builder request, List<ApprovalStep> steps, LocalDate asOf) {
    return POLICY.decide(new AccessCase(request.build(), CHENGDONG, 0, steps), asOf);
  }

  private static List<String> deciding(Decision<?> decision) {
    return decision.decidingRuleIds();
  }

  private static Verdict verdict(Decision<?> decision, String rule) {
    return decision.result(rule).orElseThrow().verdict();
  }

  @Nested
  class Lists {
    @Test
    @DisplayName("A1: an item on the negative list is refused")
    void negative() {
      Decision<AccessOutcome> decision = decide(request("N-01"));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(decision)).containsExactly("A1");
      assertThat(decision.result("A1").orElseThrow().reason().zh()).contains("负面清单");
    }

    @Test
    @DisplayName("A2: a duty item is admitted, and A1 says it is not on the negative list")
    void duty() {
      Decision<AccessOutcome> decision = decide(request("D-01"));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.ADMITTED);
      assertThat(deciding(decision)).containsExactly("A2");
      assertThat(verdict(decision, "A1")).isEqualTo(Verdict.SATISFIED);
      assertThat(verdict(decision, "A4")).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("A3: an assist item with authority and funding is admitted")
    void assistWithBoth() {
      Decision<AccessOutcome> decision = decide(request("X-01").attached(true, true));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.ADMITTED);
      assertThat(deciding(decision)).containsExactly("A3");
    }

    @Test
    @DisplayName("A3: an assist item without its funding is refused, naming what is missing")
    void assistWithoutFunding() {
      Decision<AccessOutcome> decision = decide(request("X-01").attached(true, false));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(decision)).containsExactly("A3");
      RuleResult a3 = decision.result("A3").orElseThrow();
      assertThat(a3.reason().en()).endsWith("comes without its funding");
      assertThat(a3.compared()).anySatisfy(c -> assertThat(c.required()).isEqualTo("每户5元工作经费"));
    }

    @Test
    @DisplayName(
        "an item that moves from the assist to the negative list changes outcome on that day")
    void effectiveDateBoundary() {
      TaskRequest.Builder request = request("X-02").attached(true, true);
      Decision<AccessOutcome> lastDay =
          POLICY.decide(request.build(), CHENGDONG, LocalDate.of(2026, 6, 30));
      Decision<AccessOutcome> firstDay =
          POLICY.decide(request.build(), CHENGDONG, LocalDate.of(2026, 7, 1));
      assertThat(lastDay.outcome()).isEqualTo(AccessOutcome.ADMITTED);
      assertThat(firstDay.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(firstDay)).containsExactly("A1");
    }
  }

  @Nested
  class Unlisted {
    @Test
    @DisplayName(
        "A4: an unlisted task applied for in time waits for the leadership group, with a deadline")
    void pending() {
      // applied Monday 2026-03-02, start 2026-05-06: 43 working days ahead (Qingming and May Day
      // off)
      Decision<AccessOutcome> decision = decide(request(null));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.PENDING_APPROVAL);
      assertThat(deciding(decision)).containsExactly("A4");
      RuleResult a4 = decision.result("A4").orElseThrow();
      assertThat(a4.verdict()).isEqualTo(Verdict.AWAITING);
      assertThat(a4.compared().get(0).actual()).isEqualTo("43");
      assertThat(a4.compared().get(1).actual()).isEqualTo("2026-03-23");
      assertThat(a4.parameters())
          .extracting(p -> p.parameterId())
          .contains(
              "access.approval.lead-working-days",
              "access.approval.decision-working-days",
              "calendar.holidays");
      assertThat(a4.citations()).anySatisfy(c -> assertThat(c.document()).contains("2026年部分节假日安排"));
    }

    @Test
    @DisplayName("A4: applied 29 working days ahead is refused, 30 waits")
    void leadTimeBoundary() {
      // start 2026-04-14 (Tue); counting back 30 working days over Qingming (Apr 6 off)
      LocalDate start = LocalDate.of(2026, 4, 14);
      LocalDate thirty = LocalDate.of(2026, 3, 2);
      assertThat(POLICY.calendar().workingDaysBetween(thirty, start)).isEqualTo(30);
      TaskRequest.Builder onTime = request(null).appliedOn(thirty).period(start, null);
      TaskRequest.Builder late = request(null).appliedOn(thirty.plusDays(1)).period(start, null);
      assertThat(decide(onTime).outcome()).isEqualTo(AccessOutcome.PENDING_APPROVAL);
      Decision<AccessOutcome> refused = decide(late);
      assertThat(refused.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(refused)).containsExactly("A4");
      assertThat(refused.result("A4").orElseThrow().reason().en())
          .contains("only 29 working days ahead");
    }

    @Test
    @DisplayName("A4: approved → admitted as a temporary item until its end date, then no longer")
    void approved() {
      ApprovalStep approval =
          new ApprovalStep(
              "R-1",
              1,
              ApprovalAction.APPROVED,
              LocalDate.of(2026, 3, 10),
              "领导小组",
              LocalDate.of(2026, 12, 31),
              "");
      assertThat(decide(request(null), List.of(approval), LocalDate.of(2026, 3, 9)).outcome())
          .isEqualTo(AccessOutcome.PENDING_APPROVAL);
      Decision<AccessOutcome> during =
          decide(request(null), List.of(approval), LocalDate.of(2026, 3, 10));
      assertThat(during.outcome()).isEqualTo(AccessOutcome.ADMITTED);
      assertThat(deciding(during)).containsExactly("A4");
      assertThat(during.result("A4").orElseThrow().reason().en())
          .contains("temporary item until 2026-12-31");
      assertThat(decide(request(null), List.of(approval), LocalDate.of(2026, 12, 31)).outcome())
          .isEqualTo(AccessOutcome.ADMITTED);
      assertThat(decide(request(null), List.of(approval), LocalDate.of(2027, 1, 1)).outcome())
          .isEqualTo(AccessOutcome.REFUSED);
    }

    @Test
    @DisplayName("A4: rejected → refused; revoked → refused from the day of revocation")
    void rejectedAndRevoked() {
      ApprovalStep rejected =
          new ApprovalStep(
              "R-1",
              1,
              ApprovalAction.REJECTED,
              LocalDate.of(2026, 3, 10),
              "领导小组",
              null,
              "不属于社区职责");
      assertThat(decide(request(null), List.of(rejected), LocalDate.of(2026, 3, 10)).outcome())
          .isEqualTo(AccessOutcome.REFUSED);

      ApprovalStep approved =
          new ApprovalStep(
              "R-1",
              1,
              ApprovalAction.APPROVED,
              LocalDate.of(2026, 3, 10),
              "领导小组",
              LocalDate.of(2026, 12, 31),
              "");
      ApprovalStep revoked =
          new ApprovalStep(
              "R-1", 2, ApprovalAction.REVOKED, LocalDate.of(2026, 6, 1), "领导小组", null, "任务已完成");
      List<ApprovalStep> steps = List.of(approved, revoked);
      assertThat(decide(request(null), steps, LocalDate.of(2026, 5, 31)).outcome())
          .isEqualTo(AccessOutcome.ADMITTED);
      Decision<AccessOutcome> after = decide(request(null), steps, LocalDate.of(2026, 6, 1));
      assertThat(after.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(after.result("A4").orElseThrow().reason().zh()).contains("撤销");
    }

    @Test
    @DisplayName("a claimed code that is on no list is treated as unlisted, and says so")
    void unknownCode() {
      Decision<AccessOutcome> decision = decide(request("Z-99"));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.PENDING_APPROVAL);
      assertThat(decision.result("A1").orElseThrow().reason().en())
          .contains("item code Z-99 is on no list");
    }

    @Test
    @DisplayName(
        "A4 counting into a year without a holiday notice decides the outcome and says so: pending, 'no holiday notice for 2027: add it to the policy'")
    void calendarNotPublished() {
      Decision<AccessOutcome> decision =
          decide(
              request(null)
                  .appliedOn(LocalDate.of(2026, 11, 2))
                  .period(LocalDate.of(2027, 2, 1), null));
      assertThat(verdict(decision, "A4")).isEqualTo(Verdict.AWAITING);
      assertThat(decision.result("A4").orElseThrow().reason().en())
          .startsWith("no holiday notice for 2027: add it to the policy");
      assertThat(decision.result("A4").orElseThrow().reason().zh()).contains("没有 2027 年节假日安排");
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.PENDING_APPROVAL);
      assertThat(deciding(decision)).containsExactly("A4");
    }

    @Test
    @DisplayName(
        "a request short even in calendar days is refused by A4 in 2027 as in 2026, and the missing notice is named too")
    void shortLeadRefusedWithoutCalendar() {
      Decision<AccessOutcome> in2026 =
          decide(
              request(null)
                  .appliedOn(LocalDate.of(2026, 3, 2))
                  .period(LocalDate.of(2026, 3, 20), null));
      Decision<AccessOutcome> in2027 =
          POLICY.decide(
              request(null)
                  .appliedOn(LocalDate.of(2027, 3, 1))
                  .period(LocalDate.of(2027, 3, 19), null)
                  .build(),
              CHENGDONG,
              LocalDate.of(2027, 3, 1));

      assertThat(in2026.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(in2027.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(in2027)).containsExactly("A4");
      assertThat(in2027.result("A4").orElseThrow().reason().en())
          .contains("only 18 calendar days ahead")
          .contains("fewer than 30 working days whatever the holidays")
          .contains("no holiday notice for 2027");
    }

    @Test
    @DisplayName(
        "a decision due date that runs into a year without a notice leaves A4 waiting, naming the year")
    void dueDateWithoutCalendar() {
      AccessPolicy shortLead =
          AccessPolicy.builder("short-lead", "1")
              .basedOn(io.github.jiceng.governance.defaults.NationalDefaults.policy())
              .parameter(
                  AccessParameters.LEAD_WORKING_DAYS, AccessFixture.version(5, AccessFixture.LOCAL))
              .parameter(
                  AccessParameters.DECISION_WORKING_DAYS,
                  AccessFixture.version(15, AccessFixture.LOCAL))
              .parameter(
                  AccessParameters.EMERGENCY_MAX_DAYS,
                  AccessFixture.version(30, AccessFixture.LOCAL))
              .item(AccessFixture.item(AccessList.DUTY, "D-01", "居民委员会换届选举").build())
              .build();

      Decision<AccessOutcome> decision =
          shortLead.decide(
              request(null)
                  .appliedOn(LocalDate.of(2026, 12, 21))
                  .period(LocalDate.of(2026, 12, 31), null)
                  .build(),
              CHENGDONG,
              LocalDate.of(2026, 12, 21));

      assertThat(verdict(decision, "A4")).isEqualTo(Verdict.AWAITING);
      assertThat(deciding(decision)).containsExactly("A4");
      assertThat(decision.result("A4").orElseThrow().reason().en())
          .isEqualTo(
              "unlisted work awaits the leadership group; its decision due date cannot be computed: no holiday notice for 2027: add it to the policy");
    }

    @Test
    @DisplayName("when a rule lacks a parameter on the day, the other rules still decide")
    void otherRulesDecideWithoutCalendar() {
      LocalDate before = LocalDate.of(2024, 6, 3); // the policy's numbers start in 2025
      Decision<AccessOutcome> decision =
          POLICY.decide(
              request(null)
                  .appliedOn(before)
                  .period(LocalDate.of(2024, 9, 2), null)
                  .forms("F-99")
                  .build(),
              CHENGDONG,
              before);
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(decision)).containsExactly("A10");
      assertThat(verdict(decision, "A4")).isEqualTo(Verdict.NOT_APPLICABLE);
      assertThat(decision.result("A4").orElseThrow().reason().en())
          .contains("access.approval.lead-working-days");
      assertThat(verdict(decision, "A5")).isEqualTo(Verdict.SATISFIED);
    }
  }

  @Nested
  class Procedure {
    @Test
    @DisplayName("A5: a duty item assigned directly by the department is refused")
    void direct() {
      Decision<AccessOutcome> decision = decide(request("D-01").channel(Channel.DIRECT));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(decision)).containsExactly("A5");
    }

    @Test
    @DisplayName(
        "A6: a prohibited kind of demand refuses even a duty item; an unprohibited one does not")
    void prohibitedKind() {
      Decision<AccessOutcome> decision = decide(request("D-01").demands("QUOTA"));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(decision)).containsExactly("A6");
      assertThat(decision.result("A6").orElseThrow().citations()).contains(AccessRules.HUNAN_2020);
      assertThat(decide(request("D-01").demands("PHOTO")).outcome())
          .isEqualTo(AccessOutcome.ADMITTED);
    }

    @Test
    @DisplayName(
        "A7: a time-limited emergency is admitted even directly and unlisted, flagged by A7")
    void emergency() {
      TaskRequest.Builder emergency =
          request(null)
              .kind(TaskKind.EMERGENCY)
              .channel(Channel.DIRECT)
              .appliedOn(ASKED)
              .period(ASKED, ASKED.plusDays(29));
      Decision<AccessOutcome> decision = decide(emergency);
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.ADMITTED);
      assertThat(deciding(decision)).containsExactly("A7");
      assertThat(verdict(decision, "A5")).isEqualTo(Verdict.VIOLATED);
      assertThat(verdict(decision, "A4")).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    @DisplayName("A7: an emergency without an end, or longer than the limit, is refused")
    void emergencyNotTimeLimited() {
      TaskRequest.Builder open = request("D-01").kind(TaskKind.EMERGENCY).period(ASKED, null);
      assertThat(deciding(decide(open))).containsExactly("A7");
      assertThat(decide(open).outcome()).isEqualTo(AccessOutcome.REFUSED);
      TaskRequest.Builder tooLong =
          request("D-01").kind(TaskKind.EMERGENCY).period(ASKED, ASKED.plusDays(30));
      assertThat(decide(tooLong).outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(decide(tooLong).result("A7").orElseThrow().compared().get(0).actual())
          .isEqualTo("31");
    }

    @Test
    @DisplayName(
        "A7 never overrides a prohibition: an emergency on the negative list is refused by A1")
    void emergencyCannotOverrideNegativeList() {
      TaskRequest.Builder emergency =
          request("N-01").kind(TaskKind.EMERGENCY).period(ASKED, ASKED.plusDays(5));
      Decision<AccessOutcome> decision = decide(emergency);
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(decision)).containsExactly("A1");
      assertThat(verdict(decision, "A7")).isEqualTo(Verdict.SATISFIED);
    }

    @Test
    @DisplayName("A8: listed certificates pass; any other certificate refuses")
    void certificates() {
      assertThat(decide(request("D-01").certificates("C-01")).outcome())
          .isEqualTo(AccessOutcome.ADMITTED);
      Decision<AccessOutcome> refused = decide(request("D-01").certificates("C-01", "无犯罪记录证明"));
      assertThat(refused.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(refused)).containsExactly("A8");
      assertThat(refused.result("A8").orElseThrow().reason().en()).endsWith("无犯罪记录证明");
    }

    @Test
    @DisplayName(
        "A9: separate inspections are refused; unified ones are capped per department and year")
    void inspections() {
      assertThat(deciding(decide(request("D-01").inspection(Inspection.separate("专项督查")))))
          .containsExactly("A9");
      TaskRequest.Builder unified = request("D-01").inspection(Inspection.unified("年度考评"));
      assertThat(decide(unified).outcome()).isEqualTo(AccessOutcome.ADMITTED);
      Decision<AccessOutcome> overCap =
          POLICY.decide(new AccessCase(unified.build(), CHENGDONG, 1, List.of()), ASKED);
      assertThat(overCap.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(overCap.result("A9").orElseThrow().compared().get(0).actual()).isEqualTo("2");
      // the cap is in force from 2026-01-01 only
      Decision<AccessOutcome> before =
          POLICY.decide(
              new AccessCase(unified.build(), CHENGDONG, 1, List.of()), LocalDate.of(2025, 12, 31));
      assertThat(before.outcome()).isEqualTo(AccessOutcome.ADMITTED);
    }

    @Test
    @DisplayName("a policy remembers the numbers of the last day asked, yet each day gets its own")
    void numbersFollowTheDayAskedAbout() {
      AccessCase twice =
          new AccessCase(
              request("D-01").inspection(Inspection.unified("年度考评")).build(),
              CHENGDONG,
              1,
              List.of());
      LocalDate withoutCap = LocalDate.of(2025, 12, 31);
      LocalDate withCap = LocalDate.of(2026, 1, 1);
      // alternating days on one policy instance: a stale remembered cap would repeat the first
      // answer
      for (int round = 0; round < 2; round++) {
        assertThat(POLICY.decide(twice, withoutCap).outcome()).isEqualTo(AccessOutcome.ADMITTED);
        assertThat(POLICY.decide(twice, withCap).outcome()).isEqualTo(AccessOutcome.REFUSED);
      }
    }

    @Test
    @DisplayName("A10: an unapproved form refuses; an approved one passes")
    void forms() {
      assertThat(decide(request("D-01").forms("F-01")).outcome()).isEqualTo(AccessOutcome.ADMITTED);
      Decision<AccessOutcome> refused = decide(request("D-01").forms("F-01", "F-99"));
      assertThat(deciding(refused)).containsExactly("A10");
    }
  }

  @Nested
  class Combining {
    @Test
    @DisplayName("several violated prohibitions are all deciding, in rule-id order")
    void allProhibitionsDecide() {
      Decision<AccessOutcome> decision =
          decide(request("N-01").demands("QUOTA").forms("F-99").channel(Channel.DIRECT));
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(deciding(decision)).containsExactly("A1", "A6", "A10");
      assertThat(verdict(decision, "A5")).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    @DisplayName("the combination does not depend on the order of the rules' results")
    void orderIndependent() {
      Random random = new Random(42);
      List<TaskRequest.Builder> requests =
          List.of(
              request("N-01").demands("QUOTA").channel(Channel.DIRECT),
              request("X-01").attached(false, true).forms("F-99"),
              request(null)
                  .kind(TaskKind.EMERGENCY)
                  .period(ASKED, ASKED.plusDays(3))
                  .channel(Channel.DIRECT),
              request(null),
              request("D-01").certificates("C-01"));
      for (TaskRequest.Builder request : requests) {
        Decision<AccessOutcome> decision = decide(request);
        for (int i = 0; i < 20; i++) {
          List<RuleResult> shuffled = new ArrayList<>(decision.results());
          Collections.shuffle(shuffled, random);
          var combined = AccessRules.combine(Verdicts.of(shuffled));
          assertThat(combined.outcome()).isEqualTo(decision.outcome());
          assertThat(combined.deciding()).isEqualTo(decision.decidingRuleIds());
        }
      }
    }

    @Test
    @DisplayName("a rule the policy applies only from a later date is not applicable before it")
    void rulePeriods() {
      AccessPolicy late =
          AccessPolicy.builder("late", "1")
              .basedOn(POLICY.parameters())
              .items(POLICY.items())
              .ruleInForce(
                  "A5",
                  io.github.jiceng.governance.policy.EffectivePeriod.from(LocalDate.of(2026, 6, 1)))
              .build();
      TaskRequest direct = request("D-01").channel(Channel.DIRECT).build();
      assertThat(late.decide(direct, CHENGDONG, LocalDate.of(2026, 5, 31)).outcome())
          .isEqualTo(AccessOutcome.ADMITTED);
      assertThat(late.decide(direct, CHENGDONG, LocalDate.of(2026, 6, 1)).outcome())
          .isEqualTo(AccessOutcome.REFUSED);
    }
  }

  @Test
  @DisplayName(
      "the explanation names outcome, deciding rule, policy, date and sources in both languages")
  void explanation() {
    Decision<AccessOutcome> decision = decide(request("X-01").attached(true, false));
    String text = decision.explain();
    assertThat(text)
        .contains("R-1 → 341802001001")
        .contains("不予准入 / refused")
        .contains("test-access 1")
        .contains("2026-03-03")
        .contains("A3 协助事项须权随责走、费随事转 / assist items need their authority and funding")
        .contains("宣州区社区工作事项准入办法（测试） 第五条")
        .contains("第十七条");
    assertThat(decision.explain(Language.EN))
        .contains("comes without its funding")
        .doesNotContain("协助事项须");
  }
}
