package io.github.jiceng.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final Policy POLICY = Policy.builder("p", "1").build();
  private static final Citation LAW = Citation.of("《测试条例》", "第一条");

  /** A rule "the number is at most 10", counting how often its full evaluation runs. */
  private static Rule<Integer> atMostTen(
      AtomicInteger evaluations, Rule.VerdictCheck<Integer> verdict) {
    return Rule.of(
        "MAX-10",
        Text.of("不超过10", "at most 10"),
        List.of(LAW),
        EffectivePeriod.always(),
        (n, c) -> {
          evaluations.incrementAndGet();
          return c.check(
              n <= 10, Text.of("数值 " + n, "value " + n), ComparedValue.of("n", n, "≤ 10"));
        },
        verdict);
  }

  /** A parameter that {@link #POLICY} does not have. */
  private static final ParameterKey<Integer> CAP =
      ParameterKey.of("test.cap", Integer.class, Text.of("上限", "cap"));

  /** A rule "the number is at most the cap", which the policy cannot answer. */
  private static Rule<Integer> needsCap() {
    return Rule.of(
        "CAP",
        Text.of("上限", "cap"),
        List.of(LAW),
        (n, c) -> c.check(n <= c.use(CAP), Text.of("上限", "cap")));
  }

  private static Rule<Integer> positive() {
    return Rule.of(
        "POS",
        Text.of("为正", "positive"),
        List.of(LAW),
        (n, c) -> c.check(n > 0, Text.of("数值 " + n, "value " + n)));
  }

  @Test
  @DisplayName(
      "a deferred rule set decides on verdicts and writes the results only when asked, once")
  void deferredWritesResultsOnDemand() {
    AtomicInteger evaluations = new AtomicInteger();
    RuleSet<Integer, Compliance> rules =
        RuleSet.deferred(
            "test",
            List.of(
                atMostTen(evaluations, (n, p, d) -> n <= 10 ? Verdict.SATISFIED : Verdict.VIOLATED),
                positive()),
            Compliance.combiner());
    AtomicInteger subjects = new AtomicInteger();

    Decision<Compliance> decision =
        rules.evaluate(n -> "number " + n + " #" + subjects.incrementAndGet(), 12, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.decidingRuleIds()).containsExactly("MAX-10");
    assertThat(evaluations).hasValue(0);
    assertThat(subjects).hasValue(0);

    assertThat(decision.decidingRules())
        .extracting(RuleResult::reason)
        .containsExactly(Text.of("数值 12", "value 12"));
    assertThat(decision.explain(Language.EN)).contains("value 12");
    assertThat(decision.subject()).isEqualTo("number 12 #1");
    assertThat(decision.subject()).isEqualTo("number 12 #1");
    assertThat(evaluations).hasValue(1);
  }

  @Test
  @DisplayName("an eager and a deferred rule set give the same decision")
  void eagerAndDeferredAgree() {
    AtomicInteger evaluations = new AtomicInteger();
    List<Rule<Integer>> list = List.of(atMostTen(evaluations, null), positive());
    assertSameDecisions(
        new RuleSet<>("test", list, Compliance.combiner()),
        RuleSet.deferred("test", list, Compliance.combiner()));
  }

  /**
   * Both rule sets decide -1, 0, 1, 10 and 11 alike: outcome, deciding rules, results, explanation.
   */
  private static void assertSameDecisions(
      RuleSet<Integer, Compliance> expected, RuleSet<Integer, Compliance> actual) {
    for (int n : new int[] {-1, 0, 1, 10, 11}) {
      Decision<Compliance> want = expected.evaluate("n", n, POLICY, DAY);
      Decision<Compliance> got = actual.evaluate("n", n, POLICY, DAY);
      assertThat(got.outcome()).isEqualTo(want.outcome());
      assertThat(got.decidingRuleIds()).isEqualTo(want.decidingRuleIds());
      assertThat(got.results()).isEqualTo(want.results());
      assertThat(got.explain()).isEqualTo(want.explain());
    }
  }

  @Test
  @DisplayName(
      "a rule whose verdict disagrees with its full evaluation fails loudly, naming the rule")
  void disagreeingRuleFails() {
    RuleSet<Integer, Compliance> rules =
        RuleSet.deferred(
            "test",
            List.of(atMostTen(new AtomicInteger(), (n, p, d) -> Verdict.SATISFIED)),
            Compliance.combiner());

    Decision<Compliance> decision = rules.evaluate("n", 11, POLICY, DAY);

    assertThatThrownBy(decision::results)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rule MAX-10 of rule set test: verdict() gave SATISFIED but evaluate() gave VIOLATED; the two must agree");
  }

  @Test
  @DisplayName("a rule not in force, or missing its parameter, is not applicable in both modes")
  void notInForceInBothModes() {
    Rule<Integer> needsCap = needsCap();
    Rule<Integer> later =
        Rule.of(
            "LATER",
            Text.of("以后", "later"),
            List.of(LAW),
            EffectivePeriod.from(DAY.plusDays(1)),
            (n, c) -> c.satisfied(Text.of("是", "yes")));
    for (RuleSet<Integer, Compliance> rules :
        List.of(
            new RuleSet<>("t", List.of(needsCap, later), Compliance.combiner()),
            RuleSet.deferred("t", List.of(needsCap, later), Compliance.combiner()))) {
      Decision<Compliance> decision = rules.evaluate("n", 1, POLICY, DAY);
      assertThat(decision.results())
          .extracting(RuleResult::verdict)
          .containsOnly(Verdict.NOT_APPLICABLE);
      assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    }
  }

  @Test
  @DisplayName(
      "a rule set of 64 rules decides, the last one included; one of 65 is refused when built, naming the limit")
  void atMostSixtyFourRules() {
    List<Rule<Integer>> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 65; i++) {
      int limit = i;
      many.add(
          Rule.of(
              "R" + i,
              Text.of("规则" + i, "rule " + i),
              List.of(LAW),
              (n, c) -> c.check(n != limit, Text.of("数值 " + n, "value " + n))));
    }

    Decision<Compliance> decision =
        RuleSet.deferred("sixty-four", many.subList(0, 64), Compliance.combiner())
            .evaluate("n", 0, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(decision.results())
        .hasSize(64)
        .extracting(RuleResult::verdict)
        .containsOnly(Verdict.SATISFIED);
    assertThat(
            RuleSet.deferred("sixty-four", many.subList(0, 64), Compliance.combiner())
                .evaluate("n", 64, POLICY, DAY)
                .decidingRuleIds())
        .containsExactly("R64"); // the 64th rule, the mask's sign bit
    assertThatThrownBy(() -> new RuleSet<>("sixty-five", many, Compliance.combiner()))
        .isInstanceOf(io.github.jiceng.governance.InvalidInputException.class)
        .hasMessageContaining("rules")
        .hasMessageContaining("at most 64");
  }

  @Test
  @DisplayName("verdicts read back by position, by mask and by id, whatever mix of verdicts")
  void verdictsByPositionAndMask() {
    List<Verdict> given =
        List.of(
            Verdict.SATISFIED,
            Verdict.NOT_APPLICABLE,
            Verdict.VIOLATED,
            Verdict.AWAITING,
            Verdict.VIOLATED);
    List<RuleResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Rule<Integer> rule =
          Rule.of(
              "V" + i,
              Text.of("规则", "rule"),
              List.of(LAW),
              (n, c) -> c.satisfied(Text.of("是", "yes")));
      RuleContext context = new RuleContext(rule, POLICY, DAY);
      Text reason = Text.of("理由", "reason");
      results.add(
          switch (given.get(i)) {
            case SATISFIED -> context.satisfied(reason);
            case VIOLATED -> context.violated(reason);
            case AWAITING -> context.awaiting(reason);
            case NOT_APPLICABLE -> context.notApplicable(reason);
          });
    }

    Verdicts verdicts = Verdicts.of(results);

    for (int i = 0; i < given.size(); i++) {
      assertThat(verdicts.verdict(i)).isEqualTo(given.get(i));
    }
    assertThat(verdicts.mask(Verdict.VIOLATED)).isEqualTo(0b10100L);
    assertThat(verdicts.mask(Verdict.SATISFIED)).isEqualTo(0b00001L);
    assertThat(verdicts.mask(Verdict.AWAITING)).isEqualTo(0b01000L);
    assertThat(verdicts.mask(Verdict.NOT_APPLICABLE)).isEqualTo(0b00010L);
    assertThat(verdicts.idsWith(Verdict.VIOLATED)).containsExactly("V2", "V4");
    assertThat(verdicts)
        .hasToString(
            "Verdicts[V0=SATISFIED, V1=NOT_APPLICABLE, V2=VIOLATED, V3=AWAITING, V4=VIOLATED]");
    assertThatThrownBy(() -> verdicts.verdict(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  @DisplayName("a judge gives the same decisions as asking the rules one by one")
  void judgeAgreesWithRules() {
    List<Rule<Integer>> list = List.of(atMostTen(new AtomicInteger(), null), positive());
    Judge<Integer> judge =
        (n, p, d, sheet) -> {
          sheet.record(0, n <= 10 ? Verdict.SATISFIED : Verdict.VIOLATED);
          sheet.record(1, n > 0 ? Verdict.SATISFIED : Verdict.VIOLATED);
        };
    assertSameDecisions(
        RuleSet.deferred("test", list, Compliance.combiner()),
        RuleSet.deferred("test", list, Compliance.combiner(), judge));
  }

  @Test
  @DisplayName(
      "a judge's verdict for a rule not in force is ignored; a rule it leaves out is not applicable")
  void judgeCannotApplyRulesOutOfForce() {
    Rule<Integer> later =
        Rule.of(
            "LATER",
            Text.of("以后", "later"),
            List.of(LAW),
            EffectivePeriod.from(DAY.plusDays(1)),
            (n, c) -> c.violated(Text.of("否", "no")));
    Rule<Integer> unjudged =
        Rule.of(
            "NOT-JUDGED",
            Text.of("未判", "not judged"),
            List.of(LAW),
            (n, c) -> c.notApplicable(Text.of("不适用", "not applicable")));
    RuleSet<Integer, Compliance> rules =
        RuleSet.deferred(
            "test",
            List.of(later, unjudged),
            Compliance.combiner(),
            (n, p, d, sheet) -> sheet.record(0, Verdict.VIOLATED));

    Decision<Compliance> decision = rules.evaluate("n", 1, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(decision.results())
        .extracting(RuleResult::verdict)
        .containsOnly(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName(
      "when a judge meets a parameter not in force, only the rules needing it are not applicable")
  void judgeFallsBackRuleByRule() {
    Rule<Integer> needsCap = needsCap();
    RuleSet<Integer, Compliance> rules =
        RuleSet.deferred(
            "test",
            List.of(needsCap, positive()),
            Compliance.combiner(),
            (n, p, d, sheet) -> {
              sheet.record(1, n > 0 ? Verdict.SATISFIED : Verdict.VIOLATED);
              sheet.record(0, n <= p.value(CAP, d) ? Verdict.SATISFIED : Verdict.VIOLATED);
            });

    Decision<Compliance> decision = rules.evaluate("n", -1, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.decidingRuleIds()).containsExactly("POS");
    assertThat(decision.results())
        .extracting(RuleResult::verdict)
        .containsExactly(Verdict.NOT_APPLICABLE, Verdict.VIOLATED);
  }

  @Test
  @DisplayName("a judge that disagrees with a rule is found out when the decision explains itself")
  void disagreeingJudgeFails() {
    RuleSet<Integer, Compliance> rules =
        RuleSet.deferred(
            "test",
            List.of(positive()),
            Compliance.combiner(),
            (n, p, d, sheet) -> sheet.record(0, Verdict.SATISFIED));

    Decision<Compliance> decision = rules.evaluate("n", -5, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThatThrownBy(decision::explain)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rule POS of rule set test: the judge gave SATISFIED but evaluate() gave VIOLATED; the two must agree");
  }

  @Test
  @DisplayName(
      "a verdict sheet keeps the last verdict recorded for a rule and refuses positions it does not have, or no verdict")
  void verdictSheetRecords() {
    RuleSet<Integer, Compliance> rules =
        RuleSet.deferred(
            "test",
            List.of(positive()),
            Compliance.combiner(),
            (n, p, d, sheet) -> {
              sheet.record(0, Verdict.VIOLATED);
              sheet.record(0, Verdict.SATISFIED);
            });
    assertThat(rules.evaluate("n", 3, POLICY, DAY).outcome()).isEqualTo(Compliance.COMPLIANT);

    RuleSet<Integer, Compliance> outOfRange =
        RuleSet.deferred(
            "test",
            List.of(positive()),
            Compliance.combiner(),
            (n, p, d, sheet) -> sheet.record(sheet.size(), Verdict.VIOLATED));
    assertThatThrownBy(() -> outOfRange.evaluate("n", 3, POLICY, DAY))
        .isInstanceOf(IndexOutOfBoundsException.class);

    RuleSet<Integer, Compliance> nullVerdict =
        RuleSet.deferred(
            "test",
            List.of(positive()),
            Compliance.combiner(),
            (n, p, d, sheet) -> sheet.record(0, null));
    assertThatThrownBy(() -> nullVerdict.evaluate("n", 3, POLICY, DAY))
        .isInstanceOf(io.github.jiceng.governance.InvalidInputException.class)
        .hasMessageContaining("verdict");
  }
}
