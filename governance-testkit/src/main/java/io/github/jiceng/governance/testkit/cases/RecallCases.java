package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.Recall;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Set;

/**
 * The recall family: a case is one request to recall a villagers' committee member and its vote on
 * the case's {@code as-of} day, decided by {@link ElectionRules#RECALL}.
 *
 * <pre>
 * recall: {registered: 1200, requesting: 250, representatives: 40, requesting-representatives: 0,
 *          ballots: 700, for: 400}
 * </pre>
 */
final class RecallCases extends ComplianceCases {
  private static final Set<String> KEYS =
      Set.of(
          "registered",
          "requesting",
          "representatives",
          "requesting-representatives",
          "ballots",
          "for");

  @Override
  public String id() {
    return "recall";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("recall");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return ElectionRules.RECALL;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return ElectionRules.check((Recall) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    CaseNode node = required(c, "recall");
    Mapping m = mapping(node, KEYS, "recall");
    try {
      return new Recall(
          count(m, "registered", true),
          count(m, "requesting", false),
          count(m, "representatives", false),
          count(m, "requesting-representatives", false),
          count(m, "ballots", true),
          count(m, "for", true));
    } catch (InvalidInputException e) {
      throw new CaseFileException("the recall is wrong: " + e.getMessage(), node.line());
    }
  }

  private static int count(Mapping m, String key, boolean needed) {
    CaseNode node = m.fields().get(key);
    if (node == null) {
      if (needed) {
        required(m, key, "recall." + key);
      }
      return 0;
    }
    return number(node, "recall." + key);
  }
}
