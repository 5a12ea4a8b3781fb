package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.assessment.AssessmentFacts;
import io.github.jiceng.governance.assessment.AssessmentRules;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The assessment family: a case is one worker's scores per item of the policy file's scheme,
 * checked against the assessment rules ({@link AssessmentRules#ASSESSMENT}).
 *
 * <pre>
 * assessment:
 *   scores: {satisfaction: 92, tasks: 85, conduct: 90}
 * </pre>
 */
final class AssessmentCases extends ComplianceCases {
  private static final Set<String> ASSESSMENT = Set.of("scores");

  @Override
  public String id() {
    return "assessment";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("assessment");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return AssessmentRules.ASSESSMENT;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return AssessmentRules.check((AssessmentFacts) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "assessment"), ASSESSMENT, "assessment");
    CaseNode scoresNode = required(m, "scores", "assessment.scores");
    if (!(scoresNode instanceof Mapping scores)) {
      throw new CaseFileException(
          "'assessment.scores' must map item codes to scores", scoresNode.line());
    }
    Map<String, Integer> byItem = new LinkedHashMap<>();
    for (Map.Entry<String, CaseNode> s : scores.fields().entrySet()) {
      int score = number(s.getValue(), "assessment.scores." + s.getKey());
      if (score > 100) {
        throw new CaseFileException(
            "'assessment.scores." + s.getKey() + "' must be 0 to 100", s.getValue().line());
      }
      byItem.put(s.getKey(), score);
    }
    return new AssessmentFacts("case-" + number, "case", byItem);
  }
}
