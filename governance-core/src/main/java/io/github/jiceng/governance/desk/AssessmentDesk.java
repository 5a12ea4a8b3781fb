package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.assessment.AssessmentRules;
import io.github.jiceng.governance.assessment.WorkerAssessment;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment desk (社区工作者考核): records a worker's scores for a period — once; a correction is a
 * new assessment — and decides them under the scheme in force on a day, explained item by item.
 * Obtain it from {@code Governance.assessments()}. Thread-safe when the store is.
 */
public final class AssessmentDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public AssessmentDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records an assessment of a worker of a community the caller's scope covers, audited.
   *
   * @throws NotFoundException if the community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   */
  public WorkerAssessment record(WorkerAssessment assessment) {
    required(assessment, "assessment");
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          DeskSetup.require(
              reach,
              reach.covers(assessment.community()),
              "record an assessment at " + assessment.community());
          DeskSetup.requireRecorded(
              tx, assessment.community(), "worker assessment " + assessment.id());
          WorkerAssessment stored = tx.assessments().insert(assessment);
          setup.audit(
              tx,
              AuditAction.WORKER_ASSESSMENT,
              assessment.id(),
              assessment.scores().workerId()
                  + " "
                  + assessment.scores().period()
                  + " "
                  + assessment.scores().scores());
          return stored;
        });
  }

  /**
   * The decision on a recorded assessment under the scheme in force on {@code asOf}.
   *
   * @throws NotFoundException if it is not recorded or not in the caller's scope
   */
  public Decision<Compliance> check(String id, LocalDate asOf) {
    var checked = Checks.key(id, "AssessmentDesk.check", "id");
    required(asOf, "asOf");
    Reach reach = setup.reach(store);
    WorkerAssessment a =
        store
            .assessments()
            .find(checked)
            .filter(x -> reach.covers(x.community()))
            .orElseThrow(() -> new NotFoundException("worker assessment " + id + " is not stored"));
    return AssessmentRules.check(a.scores(), setup.policy(), asOf);
  }

  /**
   * The decisions on every assessment of {@code community}'s workers for {@code period}, by id.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public List<Decision<Compliance>> within(DivisionCode community, String period, LocalDate asOf) {
    required(community, "community");
    required(period, "period");
    required(asOf, "asOf");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(community), "read the assessments of " + community);
    return store.assessments().findByCommunity(community, period).stream()
        .map(a -> AssessmentRules.check(a.scores(), setup.policy(), asOf))
        .toList();
  }

  @Override
  public String toString() {
    return "AssessmentDesk[" + setup + "]";
  }
}
