package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;

/**
 * One grid's line in a {@link CoverageReport}: the grid, the facts counted for it, and the decision
 * of the grid rules on them.
 *
 * @param grid the grid
 * @param facts what was counted
 * @param decision compliant or not, and why
 */
public record GridCoverage(Grid grid, GridFacts facts, Decision<Compliance> decision) {
  public GridCoverage {
    Checks.required(grid, "GridCoverage", "grid");
    Checks.required(facts, "GridCoverage", "facts");
    Checks.required(decision, "GridCoverage", "decision");
  }

  /** Whether the grid satisfies every rule. */
  public boolean isCompliant() {
    return decision.outcome() == Compliance.COMPLIANT;
  }
}
