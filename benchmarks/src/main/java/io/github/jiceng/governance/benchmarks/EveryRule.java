package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import java.time.LocalDate;

/**
 * A peer that evaluates every access rule, as the library does, and records the verdicts on a
 * {@link Claim}, which combines them into the outcome and the deciding rules: the rules engines,
 * and the hand-written rules without stopping at the first refusal.
 */
@FunctionalInterface
public interface EveryRule {
  /** Evaluates the rules on one case and returns the claim with the verdicts recorded. */
  Claim decide(AccessCase c, LocalDate asOf);
}
