package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.calendar.WorkingTime;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Combiner;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The loop's escalation (超期升级督办) as explainable rules: a case overdue by one escalation step
 * ({@code case.escalation.step.<urgency>}, a dated {@link TimeLimit}) belongs to the community, by
 * two to the street, by three to the district. The rules {@code ESCALATE-COMMUNITY}, {@code
 * ESCALATE-STREET} and {@code ESCALATE-DISTRICT} each compare the most overdue stage with their
 * multiple of the step; the highest one violated decides the level. No national step is shipped.
 */
public final class CaseRules {
  private CaseRules() {}

  /** The overdue time that raises a case of {@code urgency} by one level. */
  public static ParameterKey<TimeLimit> escalationStep(Urgency urgency) {
    Checks.required(urgency, "CaseRules.escalationStep", "urgency");
    return ParameterKey.of(
        "case.escalation.step." + urgency.name().toLowerCase(Locale.ROOT),
        TimeLimit.class,
        Text.of(
            "超期升级步长（" + urgency.label().zh() + "）",
            "overdue time per escalation level (" + urgency.label().en() + ")"));
  }

  /** The level a case's clocks call for. */
  public static final RuleSet<EscalationFacts, EscalationLevel> ESCALATION =
      new RuleSet<>(
          "case-escalation",
          List.of(
              level(EscalationLevel.COMMUNITY, 1),
              level(EscalationLevel.STREET, 2),
              level(EscalationLevel.DISTRICT, 3)),
          CaseRules::highest);

  /**
   * Decides the level {@code facts} call for as of {@code asOf}: compare it with the case's level
   * to know whether to escalate ({@link CaseAction#ESCALATE}, one level at a time).
   */
  public static Decision<EscalationLevel> checkEscalation(
      EscalationFacts facts, Policy policy, java.time.LocalDate asOf) {
    Checks.required(facts, "CaseRules.checkEscalation", "facts");
    Checks.required(policy, "CaseRules.checkEscalation", "policy");
    Checks.required(asOf, "CaseRules.checkEscalation", "asOf");
    return ESCALATION.evaluate(f -> "case " + f.caseId(), facts, policy, asOf);
  }

  private static Rule<EscalationFacts> level(EscalationLevel level, int steps) {
    return Rule.of(
        "ESCALATE-" + level.name(),
        Text.of(
            "超期" + steps + "个步长以上升级至" + level.label().zh(),
            "overdue by "
                + steps
                + " step"
                + (steps == 1 ? "" : "s")
                + " goes to the "
                + level.label().en()),
        List.of(),
        (facts, context) -> overdueBy(facts, context, level, steps));
  }

  private static Verdict overdueBy(
      EscalationFacts facts, RuleContext context, EscalationLevel level, int steps) {
    TimeLimit step = context.use(escalationStep(facts.urgency()));
    Duration threshold =
        step.budget(context.asOf(), WorkingTime.of(context.policy())).multipliedBy(steps);
    Duration overdue = facts.mostOverdue();
    boolean reached = overdue.compareTo(threshold) >= 0;
    return context.check(
        !reached,
        reached
            ? Text.of(
                "超期" + minutes(overdue) + "分钟，达到" + steps + "个步长，升级至" + level.label().zh(),
                "overdue "
                    + minutes(overdue)
                    + " min, at least "
                    + steps
                    + " × "
                    + step
                    + ": goes to the "
                    + level.label().en())
            : Text.of(
                "超期" + minutes(overdue) + "分钟，未达" + steps + "个步长",
                "overdue " + minutes(overdue) + " min, less than " + steps + " × " + step),
        ComparedValue.of("overdue minutes", minutes(overdue), "less than " + minutes(threshold)));
  }

  private static long minutes(Duration d) {
    return d.toMinutes();
  }

  /** The highest level whose rule is violated; the grid when none is. */
  private static Combiner.Combined<EscalationLevel> highest(
      io.github.jiceng.governance.policy.Verdicts verdicts) {
    List<String> violated = verdicts.idsWith(Verdict.VIOLATED);
    EscalationLevel level = EscalationLevel.GRID;
    String deciding = null;
    for (String id : violated) {
      EscalationLevel candidate = EscalationLevel.valueOf(id.substring("ESCALATE-".length()));
      if (candidate.compareTo(level) > 0) {
        level = candidate;
        deciding = id;
      }
    }
    return new Combiner.Combined<>(
        level, deciding == null ? verdicts.idsWith(Verdict.SATISFIED) : List.of(deciding));
  }
}
