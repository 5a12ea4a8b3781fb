package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.assessment.WorkerAssessment;
import io.github.jiceng.governance.division.DivisionCode;
import java.util.List;
import java.util.Optional;

/**
 * Storage of community workers' assessments, recorded once and never changed (a correction is a new
 * assessment). An assessment refers to its community, which must be stored.
 */
public interface AssessmentRepository {

  /**
   * Stores an assessment as version 1, with its scores.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   * @throws io.github.jiceng.governance.base.IntegrityViolationException if its community is not
   *     stored
   */
  WorkerAssessment insert(WorkerAssessment assessment);

  /** The assessment stored under {@code id}. */
  Optional<WorkerAssessment> find(String id);

  /** The assessments of {@code community}'s workers for {@code period}, by id. */
  List<WorkerAssessment> findByCommunity(DivisionCode community, String period);
}
