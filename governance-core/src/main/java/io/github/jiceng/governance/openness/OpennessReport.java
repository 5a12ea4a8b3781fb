package io.github.jiceng.governance.openness;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import java.util.List;

/**
 * A committee's openness on a day: the rules' decision and what is overdue, most overdue first.
 *
 * @param decision the decision of {@link OpennessRules#OPENNESS}, explained rule by rule
 * @param overdue each round missed and each major matter unpublished, with its days and rule
 */
public record OpennessReport(Decision<Compliance> decision, List<OpennessRules.Overdue> overdue) {
  public OpennessReport {
    Checks.required(decision, "OpennessReport", "decision");
    overdue = Checks.listOf(overdue, "OpennessReport", "overdue");
  }
}
