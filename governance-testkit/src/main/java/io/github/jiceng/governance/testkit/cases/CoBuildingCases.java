package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.flag;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.CoBuildingAgreement;
import io.github.jiceng.governance.organisation.CoBuildingRules;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The co-building family: a case is one co-building agreement (共驻共建协议) with a resident unit,
 * checked on the case's {@code as-of} day ({@link CoBuildingRules#CO_BUILDING_RULES}).
 *
 * <pre>
 * co-building:
 *   signed: 2025-09-01
 *   until: 2027-08-31
 *   party-organisation: yes   # the unit has one
 *   reported: 2025-09-15      # the day it reported to the community's; omit if it has not
 * </pre>
 */
final class CoBuildingCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of("signed", "until", "party-organisation", "reported");
  private static final DivisionCode SAMPLE = DivisionCode.of("341802002006");

  @Override
  public String id() {
    return "co-building";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("co-building");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return CoBuildingRules.CO_BUILDING_RULES;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return CoBuildingRules.check((CoBuildingAgreement) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, "co-building");
    Mapping m = mapping(node, KEYS, "co-building");
    CaseNode party = m.fields().get("party-organisation");
    CaseNode reported = m.fields().get("reported");
    try {
      return new CoBuildingAgreement(
          "case-" + number,
          SAMPLE,
          "case unit",
          null,
          List.of("case commitment"),
          date(required(m, "signed", "co-building.signed"), "co-building.signed"),
          date(required(m, "until", "co-building.until"), "co-building.until"),
          party != null && flag(party, "co-building.party-organisation"),
          reported == null ? null : date(reported, "co-building.reported"),
          0);
    } catch (InvalidInputException e) {
      throw new CaseFileException("the agreement is wrong: " + e.getMessage(), node.line());
    }
  }
}
