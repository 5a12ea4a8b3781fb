package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.policy.Decision;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Checks that the implementations under comparison decide every request the same way. */
final class Agreement {
  private Agreement() {}

  /**
   * @return how many requests ended in each outcome
   * @throws IllegalStateException naming the first request on which they differ, or a rule whose
   *     explanation disagrees with its verdict
   */
  static Map<AccessOutcome, Integer> check(AccessPolicy policy, HandWrittenAccess handWritten, List<AccessCase> cases) {
    Map<AccessOutcome, Integer> outcomes = new EnumMap<>(AccessOutcome.class);
    for (AccessCase c : cases) {
      Decision<AccessOutcome> decision = policy.decide(c, Workload.AS_OF);
      AccessOutcome library = decision.outcome();
      decision.results(); // the full evaluation must agree with the verdicts decided on, or this throws
      AccessOutcome floor = handWritten.decide(c, Workload.AS_OF);
      if (library != floor) {
        throw new IllegalStateException(
            "request " + c.request().id() + ": library " + library + ", hand-written " + floor + "\n"
                + policy.decide(c, Workload.AS_OF).explain());
      }
      outcomes.merge(library, 1, Integer::sum);
    }
    return outcomes;
  }
}
