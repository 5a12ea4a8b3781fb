package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.items;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;
import static io.github.jiceng.governance.testkit.cases.CaseFile.texts;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.facility.FacilityFacts;
import io.github.jiceng.governance.facility.FacilityKind;
import io.github.jiceng.governance.facility.FacilityRules;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The facility family: a case describes one community's facilities — its setting, households, and
 * each facility's kind, floor area and the room and function codes it holds — and is checked
 * against the facility rules ({@link FacilityRules#FACILITIES}) under the national standard or the
 * policy file's.
 *
 * <pre>
 * facilities:
 *   setting: urban            # or rural
 *   households: 2600
 *   have:
 *     - {kind: service-centre, area: 560, functions: [office, police-room]}
 *     - {kind: activity-room, area: 320}
 * </pre>
 */
final class FacilityCases extends ComplianceCases {
  private static final Set<String> FACILITIES = Set.of("setting", "households", "have");
  private static final Set<String> ONE = Set.of("kind", "area", "functions", "name");
  private static final DivisionCode SAMPLE = DivisionCode.of("341802002006");

  @Override
  public String id() {
    return "facility";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("facilities");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return FacilityRules.FACILITIES;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return FacilityRules.check((FacilityFacts) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "facilities"), FACILITIES, "facilities");
    List<Facility> have = new ArrayList<>();
    int n = 0;
    for (CaseNode node : items(m.fields().get("have"), "facilities.have")) {
      Mapping f = mapping(node, ONE, "a facility");
      FacilityKind kind =
          choice(required(f, "kind", "facility.kind"), "facility.kind", FacilityKind.class);
      CaseNode area = required(f, "area", "facility.area");
      CaseNode name = f.fields().get("name");
      try {
        have.add(
            new Facility(
                "case-" + (++n),
                SAMPLE,
                kind,
                name == null ? kind.label().zh() : text(name, "facility.name"),
                decimal(area),
                texts(f.fields().get("functions"), "facility.functions"),
                0));
      } catch (InvalidInputException e) {
        throw new CaseFileException("a facility is wrong: " + e.getMessage(), node.line());
      }
    }
    return new FacilityFacts(
        SAMPLE,
        caseName,
        choice(
            required(m, "setting", "facilities.setting"), "facilities.setting", GridSetting.class),
        number(required(m, "households", "facilities.households"), "facilities.households"),
        have);
  }

  private static BigDecimal decimal(CaseNode node) {
    String text = text(node, "facility.area");
    try {
      if (text.length() <= 12) {
        return new BigDecimal(text);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CaseFileException(
        "'facility.area' must be square metres such as 560 or 41.5, not '" + text + "'",
        node.line());
  }
}
