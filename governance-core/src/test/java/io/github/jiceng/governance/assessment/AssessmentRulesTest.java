package io.github.jiceng.governance.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {
  private static final EffectivePeriod FROM_2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));
  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  private static <V> ParameterVersion<V> v(V value) {
    return ParameterVersion.of(value, FROM_2026, Citation.of("示例"), String.valueOf(value));
  }

  private static AssessmentScheme scheme(int satisfaction, int tasks) {
    return new AssessmentScheme(
        List.of(
            new AssessmentScheme.Item(
                "satisfaction", Text.of("群众满意度", "satisfaction"), satisfaction, true),
            new AssessmentScheme.Item("tasks", Text.of("工作任务", "tasks"), tasks, false)));
  }

  private static Policy policy(AssessmentScheme scheme) {
    return Policy.builder("district", "1")
        .basedOn(NationalDefaults.policy())
        .define(AssessmentRules.SCHEME, v(scheme))
        .define(AssessmentRules.MIN_SATISFACTION_WEIGHT, v(50))
        .define(AssessmentRules.PASS_SCORE, v(60))
        .build();
  }

  @Test
  @DisplayName("the weighted score is explained item by item against the pass mark")
  void score() {
    var facts = new AssessmentFacts("W-1", "2026", Map.of("satisfaction", 92, "tasks", 85));

    var d = AssessmentRules.check(facts, policy(scheme(60, 40)), DAY);

    assertThat(d.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(d.result(AssessmentRules.PASS).orElseThrow().reason().zh())
        .isEqualTo("加权得分 89.2（群众满意度 60% × 92，工作任务 40% × 85），合格线 60");
  }

  @Test
  @DisplayName(
      "a scheme giving satisfaction less than the least weight is refused, whatever the scores")
  void satisfactionMustLead() {
    var facts = new AssessmentFacts("W-1", "2026", Map.of("satisfaction", 100, "tasks", 100));

    var d = AssessmentRules.check(facts, policy(scheme(40, 60)), DAY);

    assertThat(d.decidingRuleIds()).containsExactly(AssessmentRules.SATISFACTION_MAIN);
    assertThat(d.result(AssessmentRules.SATISFACTION_MAIN).orElseThrow().reason().en())
        .isEqualTo("satisfaction weighs 40 %; at least 50 % required");
  }

  @Test
  @DisplayName("weights must add up to 100, scores lie between 0 and 100: typed errors")
  void badInput() {
    assertThatThrownBy(() -> scheme(50, 40))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not 90 %");
    assertThatThrownBy(() -> new AssessmentFacts("W-1", "2026", Map.of("tasks", 101)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("scores.tasks");
  }
}
