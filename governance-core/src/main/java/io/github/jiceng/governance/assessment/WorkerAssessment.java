package io.github.jiceng.governance.assessment;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.Map;

/**
 * A community worker's recorded assessment for a period: the scores per item, who recorded them and
 * when. The decision on it is made under the scheme in force on the day asked.
 *
 * @param id its key, at most 64 characters
 * @param community the community the worker serves
 * @param scores the worker, the period and the scores per item
 * @param assessedOn the day the scores were recorded
 * @param by who recorded them
 * @param version the stored version; 0 before it is stored
 */
public record WorkerAssessment(
    String id,
    DivisionCode community,
    AssessmentFacts scores,
    LocalDate assessedOn,
    String by,
    long version)
    implements Versioned<WorkerAssessment> {
  private static final String SUBJECT = "WorkerAssessment";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public WorkerAssessment {
    Checks.key(id, SUBJECT, "id");
    Checks.required(community, SUBJECT, "community");
    Checks.required(scores, SUBJECT, "scores");
    Checks.required(assessedOn, SUBJECT, "assessedOn");
    Checks.key(by, SUBJECT, "by");
    Checks.version(version, SUBJECT);
    if (id.length() > 64 || scores.workerId().length() > 64 || scores.period().length() > 16) {
      throw InvalidInputException.of(
          SUBJECT, "id", "and the worker's key must be at most 64 characters, the period 16");
    }
    if (scores.scores().size() > 30) {
      throw InvalidInputException.of(SUBJECT, "scores", "must be at most 30 items");
    }
  }

  /** A new assessment, not yet stored. */
  public static WorkerAssessment of(
      String id,
      DivisionCode community,
      String workerId,
      String period,
      Map<String, Integer> scores,
      LocalDate assessedOn,
      String by) {
    return new WorkerAssessment(
        id, community, new AssessmentFacts(workerId, period, scores), assessedOn, by, 0);
  }

  @Override
  public WorkerAssessment withVersion(long newVersion) {
    return new WorkerAssessment(id, community, scores, assessedOn, by, newVersion);
  }
}
