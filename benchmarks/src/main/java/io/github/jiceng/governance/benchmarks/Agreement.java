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
   * Decides every case with the library and with each peer: the hand-written floor must reach the
   * same outcome; each peer evaluating every rule the same outcome and the same deciding rules.
   *
   * @param peers the peers evaluating every rule, by name
   * @return how many requests ended in each outcome
   * @throws IllegalStateException naming the first request and implementation that differ, or a
   *     rule whose explanation disagrees with its verdict
   */
  static Map<AccessOutcome, Integer> check(
      AccessPolicy policy,
      List<AccessCase> cases,
      HandWrittenAccess handWritten,
      Map<String, EveryRule> peers) {
    Map<AccessOutcome, Integer> outcomes = new EnumMap<>(AccessOutcome.class);
    for (AccessCase c : cases) {
      Decision<AccessOutcome> decision = policy.decide(c, Workload.AS_OF);
      AccessOutcome library = decision.outcome();
      decision
          .results(); // the full evaluation must agree with the verdicts decided on, or this throws
      AccessOutcome floor = handWritten.decide(c, Workload.AS_OF);
      if (library != floor) {
        throw disagreement(c, decision, "hand-written", floor.toString());
      }
      for (Map.Entry<String, EveryRule> peer : peers.entrySet()) {
        Claim claim = peer.getValue().decide(c, Workload.AS_OF);
        if (claim.outcome() != library
            || !claim.decidingRuleIds().equals(decision.decidingRuleIds())) {
          throw disagreement(
              c, decision, peer.getKey(), claim.outcome() + " " + claim.decidingRuleIds());
        }
      }
      outcomes.merge(library, 1, Integer::sum);
    }
    return outcomes;
  }

  private static IllegalStateException disagreement(
      AccessCase c, Decision<AccessOutcome> decision, String peer, String peerDecision) {
    return new IllegalStateException(
        "request "
            + c.request().id()
            + ": library "
            + decision.outcome()
            + " "
            + decision.decidingRuleIds()
            + ", "
            + peer
            + " "
            + peerDecision
            + "\n"
            + decision.explain());
  }
}
