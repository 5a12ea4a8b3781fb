package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.ParameterUse;
import io.github.jiceng.governance.policy.RuleResult;
import java.util.HashSet;
import java.util.List;

/**
 * Compares a decision with a case's expectation and, when they differ, writes the report a policy
 * author reads instead of a stack trace.
 */
final class FailureReport {
  private FailureReport() {}

  /** The report, or the empty string if the decision meets the expectation. */
  static String of(PolicyCase c, Decision<?> decision, String policy) {
    List<String> problems = problems(c.expected(), decision);
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("case \"")
        .append(c.name())
        .append("\" failed (")
        .append(c.location())
        .append("), as of ")
        .append(c.asOf())
        .append(", policy ")
        .append(policy)
        .append('\n');
    problems.forEach(p -> out.append("  ").append(p).append('\n'));
    out.append("  expected: ").append(c.expected()).append('\n');
    out.append("  actual:   ").append(actual(decision)).append('\n');
    out.append("  deciding rules:").append(decision.decidingRules().isEmpty() ? " none\n" : "\n");
    decision.decidingRules().forEach(r -> rule(out, r, true));
    List<RuleResult> others =
        decision.results().stream()
            .filter(r -> r.applied() && !decision.decidingRuleIds().contains(r.ruleId()))
            .toList();
    if (!others.isEmpty()) {
      out.append("  other rules that applied:\n");
      others.forEach(r -> rule(out, r, false));
    }
    return out.toString().stripTrailing();
  }

  private static List<String> problems(Expectation expected, Decision<?> decision) {
    List<String> problems = new java.util.ArrayList<>();
    // by name: a family may read its outcomes from one enum and decide with another (case files
    // read escalation levels and routing outcomes alike)
    if (!decision.outcome().name().equals(expected.outcome().name())) {
      problems.add("outcome: expected " + expected.outcome() + " but was " + decision.outcome());
    }
    expected
        .decidingRules()
        .ifPresent(
            rules -> {
              if (!new HashSet<>(rules).equals(new HashSet<>(decision.decidingRuleIds()))) {
                problems.add(
                    "deciding rules: expected "
                        + rules
                        + " but were "
                        + decision.decidingRuleIds());
              }
            });
    if (expected.citing() != null
        && decision.decidingRules().stream().noneMatch(r -> r.cites(expected.citing()))) {
      problems.add(
          "citations: no citation of the deciding rules contains \"" + expected.citing() + "\"");
    }
    expected
        .compared()
        .forEach(
            (quantity, value) -> {
              List<String> found =
                  decision.decidingRules().stream()
                      .flatMap(r -> r.compared().stream())
                      .filter(c -> c.quantity().equals(quantity))
                      .map(ComparedValue::actual)
                      .toList();
              if (found.isEmpty()) {
                problems.add("compared: no deciding rule compared " + quantity);
              } else if (!found.contains(value)) {
                problems.add(
                    "compared: expected "
                        + quantity
                        + " "
                        + value
                        + " but found "
                        + String.join(", ", found));
              }
            });
    return problems;
  }

  static String actual(Decision<?> decision) {
    List<String> rules = decision.decidingRuleIds();
    return decision.outcome() + " by " + (rules.isEmpty() ? "no rule" : String.join(", ", rules));
  }

  private static void rule(StringBuilder out, RuleResult r, boolean full) {
    out.append("    ")
        .append(r.ruleId())
        .append(' ')
        .append(r.title().zh())
        .append(" (")
        .append(r.title().en())
        .append(") — ")
        .append(r.verdict().label().zh())
        .append(' ')
        .append(r.verdict().label().en())
        .append('\n');
    out.append("      ").append(r.reason().zh()).append('\n');
    out.append("      ").append(r.reason().en()).append('\n');
    if (!full) {
      return;
    }
    for (ComparedValue value : r.compared()) {
      out.append("      compared ").append(value).append('\n');
    }
    for (ParameterUse use : r.parameters()) {
      out.append("      parameter ").append(use).append('\n');
    }
    for (Citation citation : r.citations()) {
      out.append("      citing ").append(citation).append('\n');
    }
  }
}
