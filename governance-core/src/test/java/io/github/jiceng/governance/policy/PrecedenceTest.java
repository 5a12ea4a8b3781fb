package io.github.jiceng.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrecedenceTest {
  private static final Citation LAW = Citation.of("《测试条例》", "第一条");
  private static final Policy POLICY = Policy.builder("p", "1").build();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static final Precedence<Compliance> STRICT =
      Precedence.otherwise(Compliance.COMPLIANT)
          .when(Verdict.VIOLATED, List.of("B", "A"), Compliance.NON_COMPLIANT)
          .when(Verdict.AWAITING, List.of("C"), Compliance.NON_COMPLIANT)
          .listedIn(List.of("A", "B", "C"))
          .build();

  private static RuleResult result(String id, Verdict verdict) {
    return new RuleResult(
        id, Text.of(id, id), verdict, Text.of("理由", "reason"), List.of(), List.of(), List.of(LAW));
  }

  @Test
  @DisplayName(
      "the first step that applies decides, its deciding rules listed in the given order whatever the rules' order")
  void firstStepDecides() {
    var combined =
        STRICT.combine(
            Verdicts.of(
                List.of(
                    result("C", Verdict.AWAITING),
                    result("B", Verdict.VIOLATED),
                    result("A", Verdict.VIOLATED))));

    assertThat(combined.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(combined.deciding()).containsExactly("A", "B"); // step 1 only, in listing order
  }

  @Test
  @DisplayName("a later step applies only when no earlier one does; with none, the default outcome")
  void laterStepsAndDefault() {
    var awaiting =
        STRICT.combine(
            Verdicts.of(List.of(result("A", Verdict.SATISFIED), result("C", Verdict.AWAITING))));
    var none =
        STRICT.combine(
            Verdicts.of(List.of(result("A", Verdict.SATISFIED), result("X", Verdict.VIOLATED))));

    assertThat(awaiting.deciding()).containsExactly("C");
    assertThat(none.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(none.deciding()).isEmpty(); // X is in no step
  }

  @Test
  @DisplayName(
      "a rule set of 70 rules in one step combines through a rule set, the last rules included")
  void largeStep() {
    List<Rule<Integer>> rules = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 70; i++) {
      int limit = i;
      ids.add("R" + i);
      rules.add(
          Rule.of(
              "R" + i,
              Text.of("规则" + i, "rule " + i),
              List.of(LAW),
              (n, c) -> c.check(n % limit != 0 || limit < 65, Text.of("数值", "value"))));
    }
    Precedence<Compliance> any =
        Precedence.otherwise(Compliance.COMPLIANT)
            .when(Verdict.VIOLATED, ids, Compliance.NON_COMPLIANT)
            .build();

    Decision<Compliance> decision =
        new RuleSet<>("seventy", rules, any).evaluate("n", 65 * 70, POLICY, DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.decidingRuleIds()).containsExactly("R65", "R70");
  }
}
