package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.consultation.ConsultationRules;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The council family: a case is one residents' council's households, checked on the case's {@code
 * as-of} day against the council rule ({@link ConsultationRules#COUNCIL}).
 *
 * <pre>
 * council: {households: 1020}
 * </pre>
 */
final class CouncilCases extends ComplianceCases {
  private static final Set<String> KEYS = Set.of("households");
  private static final DivisionCode SAMPLE = DivisionCode.of("341802002006");

  @Override
  public String id() {
    return "council";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("council");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return ConsultationRules.COUNCIL;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return ConsultationRules.checkCouncil((ResidentsCouncil) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, "council");
    Mapping m = mapping(node, KEYS, "council");
    try {
      return new ResidentsCouncil(
          "case-" + number,
          SAMPLE,
          "case council",
          number(required(m, "households", "council.households"), "council.households"),
          List.of(),
          LocalDate.of(2016, 1, 1),
          0);
    } catch (InvalidInputException e) {
      throw new CaseFileException("the council is wrong: " + e.getMessage(), node.line());
    }
  }
}
