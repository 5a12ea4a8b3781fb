package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.OrganisationRules;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.people.CreditCode;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The organisation family: a case describes one social organisation — registered or filed, its
 * credit code, when it was registered, its last inspection and its grade's announcement — and is
 * checked against the organisation rules ({@link OrganisationRules#ORGANISATION}).
 *
 * <pre>
 * organisation:
 *   status: registered          # or filed
 *   credit-code: 51341802MJ0000001M
 *   since: 2020-05-01
 *   last-inspection: 2025       # a year; omit for none
 *   grade-announced: 2021-12-20 # omit for no grade
 * </pre>
 */
final class OrganisationCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of("status", "credit-code", "since", "last-inspection", "grade-announced");
  private static final DivisionCode SAMPLE = DivisionCode.of("341802002006");

  @Override
  public String id() {
    return "organisation";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("organisation");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return OrganisationRules.ORGANISATION;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return OrganisationRules.check((SocialOrganisation) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "organisation"), KEYS, "organisation");
    Map<String, CaseNode> f = m.fields();
    CaseNode code = f.get("credit-code");
    CaseNode inspected = f.get("last-inspection");
    CaseNode graded = f.get("grade-announced");
    try {
      return new SocialOrganisation(
          "case-" + number,
          SAMPLE,
          "示例社会组织",
          choice(
              required(m, "status", "organisation.status"),
              "organisation.status",
              SocialOrganisation.Status.class),
          code == null ? null : CreditCode.of(text(code, "organisation.credit-code")),
          date(required(m, "since", "organisation.since"), "organisation.since"),
          inspected == null ? null : number(inspected, "organisation.last-inspection"),
          graded == null ? null : date(graded, "organisation.grade-announced"),
          0);
    } catch (InvalidInputException e) {
      throw new CaseFileException("the organisation is wrong: " + e.getMessage(), m.line());
    }
  }
}
