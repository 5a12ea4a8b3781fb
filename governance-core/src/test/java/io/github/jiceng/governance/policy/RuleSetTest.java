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

  /**
   * A rule "the number is at most 10", counting how often it runs, and how often explaining; it
   * writes its reason only when explaining.
   */
  private static Rule<Integer> atMostTen(AtomicInteger runs, AtomicInteger explained) {
    return Rule.of(
        "MAX-10",
        Text.of("不超过10", "at most 10"),
        List.of(LAW),
        (n, c) -> {
          runs.incrementAndGet();
          if (c.explaining()) {
            explained.incrementAndGet();
            c.because(Text.of("数值 " + n, "value " + n), ComparedValue.of("n", n, "≤ 10"));
          }
          return n <= 10 ? Verdict.SATISFIED : Verdict.VIOLATED;
        });
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
      "a rule set decides on verdicts alone and explains only when asked, once, from the same rule")
  void explainsOnDemand() {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger explained = new AtomicInteger();
    RuleSet<Integer, Compliance> rules =
        new RuleSet<>(
            "test", List.of(atMostTen(runs, explained), positive()), Compliance.combiner());
    AtomicInteger subjects = new AtomicInteger();

    Decision<Compliance> decision =
        rules.evaluate(n -> "number " + n + " #" + subjects.incrementAndGet(), 12, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.decidingRuleIds()).containsExactly("MAX-10");
    assertThat(runs).hasValue(1);
    assertThat(explained).hasValue(0);
    assertThat(subjects).hasValue(0);

    assertThat(decision.decidingRules())
        .extracting(RuleResult::reason)
        .containsExactly(Text.of("数值 12", "value 12"));
    assertThat(decision.result("MAX-10").orElseThrow().compared())
        .containsExactly(ComparedValue.of("n", 12, "≤ 10"));
    assertThat(decision.explain(Language.EN)).contains("value 12");
    assertThat(decision.subject()).isEqualTo("number 12 #1");
    assertThat(decision.subject()).isEqualTo("number 12 #1");
    assertThat(runs).hasValue(2);
    assertThat(explained).hasValue(1);
  }

  @Test
  @DisplayName(
      "a rule that explains a different verdict from the one it decided fails loudly, naming the rule")
  void disagreeingRuleFails() {
    Rule<Integer> twoFaced =
        Rule.of(
            "TWO-FACED",
            Text.of("两面", "two-faced"),
            List.of(LAW),
            (n, c) -> c.explaining() ? c.violated(Text.of("否", "no")) : Verdict.SATISFIED);
    RuleSet<Integer, Compliance> rules =
        new RuleSet<>("test", List.of(twoFaced), Compliance.combiner());

    Decision<Compliance> decision = rules.evaluate("n", 11, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThatThrownBy(decision::results)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "rule TWO-FACED of rule set test decided SATISFIED but explained VIOLATED");
  }

  @Test
  @DisplayName("a rule that gives no reason when explaining fails loudly, naming the rule")
  void ruleWithoutReasonFails() {
    Rule<Integer> silent =
        Rule.of("MUTE", Text.of("无理由", "no reason"), List.of(LAW), (n, c) -> Verdict.SATISFIED);
    Decision<Compliance> decision =
        new RuleSet<>("test", List.of(silent), Compliance.combiner()).evaluate("n", 1, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThatThrownBy(decision::explain)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rule MUTE returned SATISFIED without a reason; when explaining() a rule must call"
                + " because(...)");
  }

  @Test
  @DisplayName(
      "a deciding context reads parameters without recording them and ignores reasons and citations")
  void decidingRecordsNothing() {
    ParameterKey<Integer> cap = ParameterKey.of("test.cap", Integer.class, Text.of("上限", "cap"));
    Policy withCap =
        Policy.builder("p", "1")
            .define(cap, ParameterVersion.of(10, EffectivePeriod.always(), LAW, "test"))
            .build();
    RuleContext deciding = RuleContext.deciding(withCap, DAY);

    assertThat(deciding.explaining()).isFalse();
    assertThat(deciding.use(cap)).isEqualTo(10);
    assertThat(deciding.find(cap)).contains(10);
    deciding.cite(LAW).because(Text.of("理由", "reason"));
    assertThatThrownBy(() -> deciding.result(Verdict.SATISFIED))
        .isInstanceOf(NullPointerException.class);

    RuleContext explaining = RuleContext.explaining(positive(), withCap, DAY);
    assertThat(explaining.use(cap)).isEqualTo(10);
    RuleResult result = explaining.result(explaining.satisfied(Text.of("理由", "reason")));
    assertThat(result.parameters()).extracting(p -> p.parameterId()).containsExactly("test.cap");
  }

  @Test
  @DisplayName(
      "a rule not in force, or missing its parameter, is not applicable, and its result says why")
  void notInForceInBothModes() {
    Rule<Integer> needsCap = needsCap();
    Rule<Integer> later =
        Rule.of(
            "LATER",
            Text.of("以后", "later"),
            List.of(LAW),
            EffectivePeriod.from(DAY.plusDays(1)),
            (n, c) -> c.satisfied(Text.of("是", "yes")));
    Decision<Compliance> decision =
        new RuleSet<>("t", List.of(needsCap, later), Compliance.combiner())
            .evaluate("n", 1, POLICY, DAY);
    assertThat(decision.results())
        .extracting(RuleResult::verdict)
        .containsOnly(Verdict.NOT_APPLICABLE);
    assertThat(decision.results())
        .extracting(r -> r.reason().en())
        .containsExactly(
            "parameter test.cap has no value in force on 2026-03-02",
            "the rule is not in force on 2026-03-02 (in force " + later.inForce() + ")");
    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
  }

  @Test
  @DisplayName("a rule set of 100 rules decides and explains, the last one included: no rule limit")
  void manyRules() {
    List<Rule<Integer>> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      int limit = i;
      many.add(
          Rule.of(
              "R" + i,
              Text.of("规则" + i, "rule " + i),
              List.of(LAW),
              (n, c) -> c.check(n != limit, Text.of("数值 " + n, "value " + n))));
    }
    RuleSet<Integer, Compliance> rules = new RuleSet<>("hundred", many, Compliance.combiner());

    Decision<Compliance> none = rules.evaluate("n", 0, POLICY, DAY);
    Decision<Compliance> last = rules.evaluate("n", 100, POLICY, DAY);

    assertThat(none.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(none.results())
        .hasSize(100)
        .extracting(RuleResult::verdict)
        .containsOnly(Verdict.SATISFIED);
    assertThat(last.decidingRuleIds()).containsExactly("R100");
    assertThat(last.decidingRules()).extracting(r -> r.reason().en()).containsExactly("value 100");
  }

  @Test
  @DisplayName("verdicts read back by position and by id, whatever mix of verdicts")
  void verdictsByPositionAndId() {
    List<Verdict> given =
        List.of(
            Verdict.SATISFIED,
            Verdict.NOT_APPLICABLE,
            Verdict.VIOLATED,
            Verdict.AWAITING,
            Verdict.VIOLATED);
    List<RuleResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      results.add(
          new RuleResult(
              "V" + i,
              Text.of("规则", "rule"),
              given.get(i),
              Text.of("理由", "reason"),
              List.of(),
              List.of(),
              List.of(LAW)));
    }

    Verdicts verdicts = Verdicts.of(results);

    for (int i = 0; i < given.size(); i++) {
      assertThat(verdicts.verdict(i)).isEqualTo(given.get(i));
    }
    assertThat(verdicts.idsWith(Verdict.NOT_APPLICABLE)).containsExactly("V1");
    assertThat(verdicts.idsWith(Verdict.VIOLATED)).containsExactly("V2", "V4");
    assertThat(verdicts)
        .hasToString(
            "Verdicts[V0=SATISFIED, V1=NOT_APPLICABLE, V2=VIOLATED, V3=AWAITING, V4=VIOLATED]");
    assertThatThrownBy(() -> verdicts.verdict(5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  // ---- passes ----------------------------------------------------------------------------------

  private static final Rule.Check<Integer> AT_MOST_TEN =
      (n, c) -> c.check(n <= 10, Text.of("数值 " + n, "value " + n));
  private static final Rule.Check<Integer> POSITIVE =
      (n, c) -> c.check(n > 0, Text.of("正数 " + n, "positive " + n));
  private static final List<Rule<Integer>> TWO =
      List.of(
          Rule.of("MAX-10", Text.of("不超过10", "at most 10"), List.of(LAW), AT_MOST_TEN),
          Rule.of("POS", Text.of("为正", "positive"), List.of(LAW), POSITIVE));

  @Test
  @DisplayName("a rule set with a pass decides and explains exactly as the same rules one by one")
  void passAgreesWithRuleByRule() {
    RuleSet<Integer, Compliance> byRule = new RuleSet<>("t", TWO, Compliance.combiner());
    RuleSet<Integer, Compliance> passed =
        new RuleSet<>(
            "t",
            TWO,
            Compliance.combiner(),
            (n, c, sheet) -> {
              sheet.put(AT_MOST_TEN, AT_MOST_TEN.check(n, c));
              sheet.put(POSITIVE, POSITIVE.check(n, c));
            });
    for (int n : new int[] {-1, 0, 1, 10, 11}) {
      Decision<Compliance> want = byRule.evaluate("n", n, POLICY, DAY);
      Decision<Compliance> got = passed.evaluate("n", n, POLICY, DAY);
      assertThat(got.outcome()).isEqualTo(want.outcome());
      assertThat(got.decidingRuleIds()).isEqualTo(want.decidingRuleIds());
      assertThat(got.results()).isEqualTo(want.results());
      assertThat(got.explain()).isEqualTo(want.explain());
    }
  }

  @Test
  @DisplayName(
      "a pass that puts a verdict out of order, too many, none, or leaves a rule out fails naming the rule")
  void passMistakesFail() {
    assertThatThrownBy(
            () ->
                passing(
                        (n, c, sheet) -> {
                          sheet.put(POSITIVE, POSITIVE.check(n, c));
                          sheet.put(AT_MOST_TEN, AT_MOST_TEN.check(n, c));
                        })
                    .evaluate("n", 1, POLICY, DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a verdict put out of order in rule set t: position 0 takes the check of rule MAX-10");
    assertThatThrownBy(
            () ->
                passing((n, c, sheet) -> sheet.put(AT_MOST_TEN, AT_MOST_TEN.check(n, c)))
                    .evaluate("n", 1, POLICY, DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule set t has verdicts for 1 of its 2 rules; the first without is POS");
    assertThatThrownBy(
            () ->
                passing(
                        (n, c, sheet) -> {
                          sheet.put(AT_MOST_TEN, AT_MOST_TEN.check(n, c));
                          sheet.put(POSITIVE, POSITIVE.check(n, c));
                          sheet.put(POSITIVE, POSITIVE.check(n, c));
                        })
                    .evaluate("n", 1, POLICY, DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("every rule of rule set t already has its verdict");
    assertThatThrownBy(
            () ->
                passing((n, c, sheet) -> sheet.put(AT_MOST_TEN, null))
                    .evaluate("n", 1, POLICY, DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no verdict put for rule MAX-10 of rule set t");
  }

  private static RuleSet<Integer, Compliance> passing(RuleSet.Pass<Integer> pass) {
    return new RuleSet<>("t", TWO, Compliance.combiner(), pass);
  }

  @Test
  @DisplayName(
      "when a pass meets a parameter not in force, the rules are asked one by one: only the rule needing it is not applicable")
  void passFallsBackRuleByRule() {
    Rule.Check<Integer> cap = (n, c) -> c.check(n <= c.use(CAP), Text.of("上限", "cap"));
    List<Rule<Integer>> rules =
        List.of(
            Rule.of("CAP", Text.of("上限", "cap"), List.of(LAW), cap),
            Rule.of("POS", Text.of("为正", "positive"), List.of(LAW), POSITIVE));
    RuleSet<Integer, Compliance> passed =
        new RuleSet<>(
            "t",
            rules,
            Compliance.combiner(),
            (n, c, sheet) -> {
              sheet.put(cap, cap.check(n, c));
              sheet.put(POSITIVE, POSITIVE.check(n, c));
            });

    Decision<Compliance> decision = passed.evaluate("n", -1, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.decidingRuleIds()).containsExactly("POS");
    assertThat(decision.results())
        .extracting(RuleResult::verdict)
        .containsExactly(Verdict.NOT_APPLICABLE, Verdict.VIOLATED);
  }

  @Test
  @DisplayName("a rule not in force is not applicable, whatever the pass put for it")
  void passCannotApplyRulesOutOfForce() {
    Rule.Check<Integer> no = (n, c) -> c.violated(Text.of("否", "no"));
    RuleSet<Integer, Compliance> passed =
        new RuleSet<>(
            "t",
            List.of(
                Rule.of(
                    "LATER",
                    Text.of("以后", "later"),
                    List.of(LAW),
                    EffectivePeriod.from(DAY.plusDays(1)),
                    no)),
            Compliance.combiner(),
            (n, c, sheet) -> sheet.put(no, no.check(n, c)));

    Decision<Compliance> decision = passed.evaluate("n", 1, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(decision.results())
        .extracting(RuleResult::verdict)
        .containsOnly(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName(
      "a rule set with a pass refuses a rule not made by Rule.of, whose check it cannot name")
  void passNeedsWrittenRules() {
    Rule<Integer> own =
        new Rule<>() {
          @Override
          public String id() {
            return "OWN";
          }

          @Override
          public Text title() {
            return Text.of("自定义", "own");
          }

          @Override
          public Verdict check(Integer facts, RuleContext context) {
            return Verdict.SATISFIED;
          }
        };

    assertThatThrownBy(
            () -> new RuleSet<>("t", List.of(own), Compliance.combiner(), (n, c, sheet) -> {}))
        .isInstanceOf(io.github.jiceng.governance.base.InvalidInputException.class)
        .hasMessageContaining("rule OWN was not made by Rule.of");
    assertThat(
            new RuleSet<>("t", List.of(own), Compliance.combiner())
                .evaluate("n", 1, POLICY, DAY)
                .outcome())
        .isEqualTo(Compliance.COMPLIANT);
  }
}
