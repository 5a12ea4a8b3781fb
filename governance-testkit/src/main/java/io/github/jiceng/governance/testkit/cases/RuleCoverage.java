package io.github.jiceng.governance.testkit.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules of a policy decided at least one case. A rule that decided no case is untested: no
 * case shows what happens when it fires.
 *
 * @param policy the policy's id and version, for example {@code xuanzhou-access 2026.1}
 * @param decided for every rule of the policy, in rule order, the number of cases it decided
 */
public record RuleCoverage(String policy, Map<String, Integer> decided) {

  public RuleCoverage {
    decided = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decided));
  }

  /** Coverage of {@code rules} by {@code results}. */
  static RuleCoverage of(String policy, List<String> rules, List<CaseResult> results) {
    Map<String, Integer> decided = new LinkedHashMap<>();
    rules.forEach(rule -> decided.put(rule, 0));
    for (CaseResult result : results) {
      result.decision().decidingRuleIds().forEach(rule -> decided.merge(rule, 1, Integer::sum));
    }
    return new RuleCoverage(policy, decided);
  }

  /** The rules that decided at least one case. */
  public List<String> covered() {
    return decided.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The rules that decided no case. */
  public List<String> uncovered() {
    return decided.entrySet().stream()
        .filter(e -> e.getValue() == 0)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Whether every rule decided at least one case. */
  public boolean complete() {
    return uncovered().isEmpty();
  }

  /**
   * One line, for example {@code rule coverage of p 1: 8 of 10 rules decided a case; never: A8,
   * A9}.
   */
  public String summary() {
    return "rule coverage of "
        + policy
        + ": "
        + covered().size()
        + " of "
        + decided.size()
        + " rules decided a case"
        + (complete() ? "" : "; never: " + String.join(", ", uncovered()));
  }

  @Override
  public String toString() {
    return summary();
  }
}
