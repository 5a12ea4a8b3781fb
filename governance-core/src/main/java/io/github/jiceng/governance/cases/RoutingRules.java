package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * Routing as an explainable decision, for policy tests: the rule {@code ROUTING-LINE} asks the
 * table ({@link RoutingTable#route}) and compares the body it gives ({@code body}) and the deciding
 * line ({@code line}); its reason names the lines that also applied.
 */
public final class RoutingRules {
  private RoutingRules() {}

  /** Whether, and to whom, a table routes a case. */
  public static final RuleSet<RoutingFacts, RoutingOutcome> ROUTING =
      new RuleSet<>(
          "case-routing",
          List.of(
              Rule.of(
                  "ROUTING-LINE",
                  Text.of("派遣规则有对应责任单位", "a line of the table routes the case to a body"),
                  List.of(),
                  RoutingRules::line)),
          verdicts -> {
            List<String> violated = verdicts.idsWith(Verdict.VIOLATED);
            return violated.isEmpty()
                ? new io.github.jiceng.governance.policy.Combiner.Combined<>(
                    RoutingOutcome.ROUTED, verdicts.idsWith(Verdict.SATISFIED))
                : new io.github.jiceng.governance.policy.Combiner.Combined<>(
                    RoutingOutcome.NOT_COVERED, violated);
          });

  /** Decides where {@code facts}' table routes the case on {@code day}. */
  public static Decision<RoutingOutcome> checkRouting(
      RoutingFacts facts, Policy policy, LocalDate day) {
    Checks.required(facts, "RoutingRules.checkRouting", "facts");
    Checks.required(policy, "RoutingRules.checkRouting", "policy");
    Checks.required(day, "RoutingRules.checkRouting", "day");
    return ROUTING.evaluate(f -> f.category().code() + " at " + f.community(), facts, policy, day);
  }

  private static Verdict line(RoutingFacts facts, RuleContext context) {
    Routing routing =
        facts.table().route(facts.category(), facts.community(), facts.grid(), context.asOf());
    if (routing.chosen().isEmpty()) {
      return context.violated(
          Text.of(
              "派遣规则" + facts.table().id() + "没有覆盖该地点和类别的条目",
              "no line of " + facts.table().id() + " covers the place and category"));
    }
    RoutingEntry chosen = routing.chosen().get();
    return context.satisfied(
        Text.of("按条目派遣：" + chosen, "routed by " + chosen),
        ComparedValue.of("body", chosen.body(), "a body that takes cases"),
        ComparedValue.of(
            "line", chosen.place() + " × " + chosen.category(), "the most specific in force"),
        ComparedValue.of(
            "lines also applying",
            routing.considered().stream()
                .filter(c -> c.verdict() == Routing.Verdict.LESS_SPECIFIC)
                .count(),
            "less specific"));
  }
}
