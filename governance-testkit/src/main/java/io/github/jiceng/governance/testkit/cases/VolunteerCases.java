package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.people.VolunteerRules;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/**
 * The volunteer family: a case is the services one volunteer gave in the year of its {@code as-of}
 * day, decided by the recognition rule ({@link VolunteerRules#RULES}) under the number in force on
 * that year's 31 December.
 *
 * <pre>
 * volunteer: {services: 100}
 * </pre>
 */
final class VolunteerCases extends ComplianceCases {
  private static final Set<String> KEYS = Set.of("services");

  /** A case's services, with its number for the volunteer's key. */
  private record Input(String id, int services) {}

  @Override
  public String id() {
    return "volunteer";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("volunteer");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return VolunteerRules.RULES;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    Input in = (Input) input;
    return VolunteerRules.checkRecognition(in.id(), Year.from(asOf), in.services(), policy);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "volunteer"), KEYS, "volunteer");
    return new Input(
        "case-" + number,
        number(required(m, "services", "volunteer.services"), "volunteer.services"));
  }
}
