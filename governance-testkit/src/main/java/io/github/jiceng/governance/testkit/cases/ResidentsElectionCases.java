package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The residents' election family: a case is one round of a residents' committee election held on
 * the case's {@code as-of} day, decided by {@link ElectionRules#RESIDENTS_ELECTION} — the law's
 * three ways nationally, turnout and majority under the province's numbers the case file's policy
 * sets.
 *
 * <pre>
 * residents-election:
 *   way: all-residents              # or household-representatives, group-representatives
 *   electors: 5568                  # who may vote in that way
 *   ballots: 4213
 *   seats: 5
 *   groups: 0                       # for group representatives: the groups, and
 *   representatives: 0              #   the representatives they elected (= electors)
 *   candidates:
 *     - {key: C1, votes: 3900, woman: yes}
 * </pre>
 */
final class ResidentsElectionCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of("way", "electors", "ballots", "seats", "groups", "representatives", "candidates");
  private static final String INPUT = "residents-election";

  /** A case's round without its day, which is the case's as-of. */
  private record Input(Mapping election, int line) {}

  @Override
  public String id() {
    return INPUT;
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of(INPUT);
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return ElectionRules.RESIDENTS_ELECTION;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    Input in = (Input) input;
    return ElectionRules.check(round(in.election(), asOf, in.line()), policy);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, INPUT);
    Mapping m = mapping(node, KEYS, INPUT);
    round(m, LocalDate.of(2199, 12, 31), node.line()); // checked now, so a bad file stops early
    return new Input(m, node.line());
  }

  private static ResidentsElection round(Mapping m, LocalDate day, int line) {
    Map<String, CaseNode> f = m.fields();
    try {
      return new ResidentsElection(
          choice(required(m, "way", INPUT + ".way"), INPUT + ".way", ResidentsElection.Way.class),
          f.containsKey("groups") ? number(f.get("groups"), INPUT + ".groups") : 0,
          f.containsKey("representatives")
              ? number(f.get("representatives"), INPUT + ".representatives")
              : 0,
          number(required(m, "electors", INPUT + ".electors"), INPUT + ".electors"),
          number(required(m, "ballots", INPUT + ".ballots"), INPUT + ".ballots"),
          number(required(m, "seats", INPUT + ".seats"), INPUT + ".seats"),
          ElectionCases.candidates(m, INPUT),
          day);
    } catch (InvalidInputException e) {
      throw new CaseFileException("the election is wrong: " + e.getMessage(), line);
    }
  }
}
