package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.party.MemberPoints;
import io.github.jiceng.governance.party.PartyPointsFacts;
import io.github.jiceng.governance.party.PartyPointsRules;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Set;

/**
 * The party points family: a case is one member's recorded period score, graded on the case's
 * {@code as-of} day under the policy file's lines ({@link PartyPointsRules#PARTY_POINTS}).
 *
 * <pre>
 * party-points:
 *   period: {from: 2026-01-01, to: 2026-06-30, points: 58}   # omit when none is recorded
 * </pre>
 */
final class PartyPointsCases extends ComplianceCases {
  private static final Set<String> KEYS = Set.of("period");
  private static final Set<String> PERIOD = Set.of("from", "to", "points");

  @Override
  public String id() {
    return "party-points";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("party-points");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return PartyPointsRules.PARTY_POINTS;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return PartyPointsRules.check((PartyPointsFacts) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "party-points"), KEYS, "party-points");
    CaseNode node = m.fields().get("period");
    if (node == null) {
      return new PartyPointsFacts("case-" + number, null);
    }
    Mapping p = mapping(node, PERIOD, "party-points.period");
    try {
      return new PartyPointsFacts(
          "case-" + number,
          MemberPoints.of(
              date(required(p, "from", "period.from"), "period.from"),
              date(required(p, "to", "period.to"), "period.to"),
              number(required(p, "points", "period.points"), "period.points")));
    } catch (InvalidInputException e) {
      throw new CaseFileException("party-points.period is wrong: " + e.getMessage(), node.line());
    }
  }
}
