package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.flag;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.VoterRegistration;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The voter family: a case is one registration on a village's register of voters, for an election
 * on the case's {@code as-of} day, checked by {@link ElectionRules#VOTER}.
 *
 * <pre>
 * voter: {born: 2008-05-10, ground: living-not-registered, asked: yes, months-resident: 14,
 *         admitted: yes, deprived: no, registered-elsewhere: no}
 * </pre>
 */
final class VoterCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of(
          "born",
          "ground",
          "asked",
          "months-resident",
          "admitted",
          "deprived",
          "registered-elsewhere");

  /** A case's registration without its day, which is the case's as-of. */
  private record Input(Mapping voter, int line) {}

  @Override
  public String id() {
    return "voter";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("voter");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return ElectionRules.VOTER;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    Input in = (Input) input;
    return ElectionRules.check(registration(in.voter(), asOf, in.line()), policy);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, "voter");
    Mapping m = mapping(node, KEYS, "voter");
    return new Input(m, node.line());
  }

  private static VoterRegistration registration(Mapping m, LocalDate day, int line) {
    Map<String, CaseNode> f = m.fields();
    try {
      return new VoterRegistration(
          date(required(m, "born", "voter.born"), "voter.born"),
          day,
          yes(f, "deprived"),
          f.containsKey("ground")
              ? choice(f.get("ground"), "voter.ground", VoterRegistration.Ground.class)
              : VoterRegistration.Ground.REGISTERED_AND_LIVING,
          yes(f, "asked"),
          f.containsKey("months-resident")
              ? number(f.get("months-resident"), "voter.months-resident")
              : 0,
          yes(f, "admitted"),
          yes(f, "registered-elsewhere"));
    } catch (InvalidInputException e) {
      throw new CaseFileException("the registration is wrong: " + e.getMessage(), line);
    }
  }

  private static boolean yes(Map<String, CaseNode> f, String key) {
    CaseNode node = f.get(key);
    return node != null && flag(node, "voter." + key);
  }
}
