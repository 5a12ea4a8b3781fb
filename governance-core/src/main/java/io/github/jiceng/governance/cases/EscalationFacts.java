package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.internal.Checks;
import java.time.Duration;
import java.util.List;

/**
 * What the escalation rules decide on: a case's urgency and level, and its clocks as of the day
 * asked ({@link CaseClock}).
 *
 * @param caseId the case
 * @param urgency its urgency, which chooses the escalation step
 * @param level the level that oversees it now
 * @param clocks its stages' clocks
 */
public record EscalationFacts(
    String caseId, Urgency urgency, EscalationLevel level, List<CaseClock.StageTime> clocks) {

  /** Checks and copies the fields. */
  public EscalationFacts {
    Checks.key(caseId, "EscalationFacts", "caseId");
    Checks.required(urgency, "EscalationFacts", "urgency");
    Checks.required(level, "EscalationFacts", "level");
    clocks = Checks.listOf(clocks, "EscalationFacts", "clocks");
  }

  /** The facts of {@code c} with {@code clocks}. */
  public static EscalationFacts of(Case c, List<CaseClock.StageTime> clocks) {
    Checks.required(c, "EscalationFacts.of", "case");
    return new EscalationFacts(c.id(), c.urgency(), c.level(), clocks);
  }

  /** The stage overdue the most, and by how much; zero if none is. */
  public Duration mostOverdue() {
    Duration most = Duration.ZERO;
    for (CaseClock.StageTime clock : clocks) {
      if (clock.overdue().compareTo(most) > 0) {
        most = clock.overdue();
      }
    }
    return most;
  }
}
