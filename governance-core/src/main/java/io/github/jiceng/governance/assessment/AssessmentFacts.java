package io.github.jiceng.governance.assessment;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.Map;
import java.util.TreeMap;

/**
 * One worker's scores for a period, per item of the scheme, each 0 to 100.
 *
 * @param workerId the worker's key
 * @param period the period assessed, e.g. {@code 2026}
 * @param scores the score of each item, by item code
 */
public record AssessmentFacts(String workerId, String period, Map<String, Integer> scores) {
  /**
   * Checks the scores.
   *
   * @throws InvalidInputException if a score is outside 0 to 100
   */
  public AssessmentFacts {
    Checks.key(workerId, "AssessmentFacts", "workerId");
    Checks.key(period, "AssessmentFacts", "period");
    Checks.required(scores, "AssessmentFacts", "scores");
    scores = java.util.Collections.unmodifiableMap(new TreeMap<>(scores));
    for (Map.Entry<String, Integer> s : scores.entrySet()) {
      if (s.getValue() == null || s.getValue() < 0 || s.getValue() > 100) {
        throw InvalidInputException.of(
            "AssessmentFacts " + workerId, "scores." + s.getKey(), "must be 0 to 100");
      }
    }
  }
}
