package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.care.CareFacts;
import io.github.jiceng.governance.care.CareRules;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Set;

/**
 * The care family: a case is one resident's care tag and last contact, checked on the case's {@code
 * as-of} day against the care rule ({@link CareRules#CARE}) under the policy file's rounds.
 *
 * <pre>
 * care:
 *   tag: under-assistance-and-education
 *   last-contact: 2026-01-15   # omit when none is recorded
 * </pre>
 */
final class CareCases extends ComplianceCases {
  private static final Set<String> CARE = Set.of("tag", "last-contact");

  @Override
  public String id() {
    return "care";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("care");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return CareRules.CARE;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return CareRules.check((CareFacts) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "care"), CARE, "care");
    CaseNode last = m.fields().get("last-contact");
    return new CareFacts(
        "case-" + number,
        choice(required(m, "tag", "care.tag"), "care.tag", CareTag.class),
        last == null ? null : date(last, "care.last-contact"));
  }
}
