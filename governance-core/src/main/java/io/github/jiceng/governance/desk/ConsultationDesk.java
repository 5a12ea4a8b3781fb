package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.ConsultationRules;
import io.github.jiceng.governance.consultation.CouncilProject;
import io.github.jiceng.governance.consultation.ProjectStage;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The consultation desk (城乡社区协商): records the consultations a community holds — once, with the
 * meeting's vote per voter group — and decides each against the catalogue and meeting rules in
 * force on its day; sets up residents' councils (居民理事会) and moves their projects through approval,
 * work, closing and acceptance. Every write is scoped to the caller's communities and audited.
 * Obtain it from {@code Governance.consultations()}. Thread-safe when the store is.
 */
public final class ConsultationDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public ConsultationDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Records a consultation held in a community the caller's scope covers, audited, and decides it
   * under the catalogue and meeting rules in force on the day held. A consultation that breaks a
   * rule is recorded all the same — it was held — and the decision says what was wrong.
   *
   * @throws InvalidInputException if it is dated after today
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   */
  public Decision<Compliance> record(Consultation consultation) {
    required(consultation, "consultation");
    if (consultation.held().isAfter(setup.today())) {
      throw InvalidInputException.of(
          "consultation " + consultation.id(), "held", "must not be after today");
    }
    Consultation stored =
        setup.write(
            consultation,
            "Consultation",
            Consultation::community,
            (tx, c) -> DeskSetup.requireRecorded(tx, c.community(), "consultation " + c.id()),
            (tx, c) -> {
              Consultation recorded = tx.consultations().record(c);
              setup.audit(
                  tx,
                  AuditAction.CONSULTATION,
                  c.id(),
                  c.matter() + " " + c.form() + (c.vote() == null ? "" : " vote"));
              return recorded;
            });
    return ConsultationRules.check(stored, setup.policy());
  }

  /** The consultation with this id; empty if not recorded or not in the caller's scope. */
  public Optional<Consultation> find(String id) {
    var checked = Checks.key(id, "ConsultationDesk.find", "id");
    Reach reach = setup.reach(store);
    return store.consultations().find(checked).filter(c -> reach.covers(c.community()));
  }

  /**
   * The decision on a recorded consultation, under the rules in force on the day it was held.
   *
   * @throws NotFoundException if it is not recorded or not in the caller's scope
   */
  public Decision<Compliance> check(String id) {
    return ConsultationRules.check(
        find(id).orElseThrow(() -> new NotFoundException("consultation " + id + " is not stored")),
        setup.policy());
  }

  /**
   * The consultations of {@code community}, by day held.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public List<Consultation> of(DivisionCode community) {
    covered(community, "read the consultations of ");
    return store.consultations().findByCommunity(community);
  }

  /**
   * Sets up a residents' council in a community the caller's scope covers, audited.
   *
   * @throws NotFoundException if its community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the id is taken
   */
  public ResidentsCouncil addCouncil(ResidentsCouncil council) {
    return writeCouncil(council, (tx, c) -> tx.consultations().addCouncil(c), "set up");
  }

  /**
   * Changes a council's name, households or members, audited.
   *
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since it was read
   */
  public ResidentsCouncil updateCouncil(ResidentsCouncil council) {
    return writeCouncil(council, (tx, c) -> tx.consultations().updateCouncil(c), "changed");
  }

  /** The council with this id; empty if not recorded or not in the caller's scope. */
  public Optional<ResidentsCouncil> findCouncil(String id) {
    var checked = Checks.key(id, "ConsultationDesk.findCouncil", "id");
    Reach reach = setup.reach(store);
    return store.consultations().findCouncil(checked).filter(c -> reach.covers(c.community()));
  }

  /**
   * The councils of {@code community}, by id.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException outside the caller's scope
   */
  public List<ResidentsCouncil> councilsOf(DivisionCode community) {
    covered(community, "read the councils of ");
    return store.consultations().councilsOf(community);
  }

  /**
   * The decision on a council's size under the range in force on {@code asOf}.
   *
   * @throws NotFoundException if it is not recorded or not in the caller's scope
   */
  public Decision<Compliance> checkCouncil(String id, LocalDate asOf) {
    required(asOf, "asOf");
    return ConsultationRules.checkCouncil(storedCouncil(id), setup.policy(), asOf);
  }

  /**
   * Records a council's new project, approved (立项) on its day, audited.
   *
   * @throws InvalidInputException if it is past approval already, or dated after today
   * @throws NotFoundException if its council is not recorded or not in the caller's scope
   */
  public CouncilProject approveProject(CouncilProject project) {
    required(project, "project");
    if (project.stage() != ProjectStage.APPROVED) {
      throw InvalidInputException.of(
          "council project " + project.id(), "days", "a new project is at its approval");
    }
    if (project.days().get(0).isAfter(setup.today())) {
      throw InvalidInputException.of(
          "council project " + project.id(), "days", "must not be after today");
    }
    return store.inTransaction(
        tx -> {
          councilInScope(tx, project.councilId());
          CouncilProject added = tx.consultations().addProject(project);
          setup.audit(tx, AuditAction.COUNCIL_CHANGE, project.id(), "project approved");
          return added;
        });
  }

  /**
   * Moves a project to its next stage today — under way (实施), closed (结项), accepted (验收) — under
   * the version the caller read, audited.
   *
   * @throws InvalidInputException if it has been accepted already
   * @throws io.github.jiceng.governance.base.WriteConflictException if it changed since {@code
   *     expectedVersion}
   * @throws NotFoundException if it is not recorded or not in the caller's scope
   */
  public CouncilProject advanceProject(String projectId, long expectedVersion) {
    required(projectId, "projectId");
    return store.inTransaction(
        tx -> {
          CouncilProject project =
              tx.consultations()
                  .findProject(projectId)
                  .orElseThrow(
                      () ->
                          new NotFoundException("council project " + projectId + " is not stored"));
          councilInScope(tx, project.councilId());
          DeskSetup.atVersion(project, expectedVersion, "council project " + projectId);
          CouncilProject moved = tx.consultations().updateProject(project.advance(setup.today()));
          setup.audit(
              tx,
              AuditAction.COUNCIL_CHANGE,
              projectId,
              "project " + moved.stage().name().toLowerCase(java.util.Locale.ROOT));
          return moved;
        });
  }

  /**
   * The projects of a council, by id.
   *
   * @throws NotFoundException if the council is not recorded or not in the caller's scope
   */
  public List<CouncilProject> projectsOf(String councilId) {
    return store.consultations().projectsOf(storedCouncil(councilId).id());
  }

  private ResidentsCouncil writeCouncil(
      ResidentsCouncil council,
      java.util.function.BiFunction<GovernanceStore, ResidentsCouncil, ResidentsCouncil> change,
      String what) {
    return setup.write(
        council,
        "ResidentsCouncil",
        ResidentsCouncil::community,
        (tx, c) -> DeskSetup.requireRecorded(tx, c.community(), "residents' council " + c.id()),
        (tx, c) -> {
          ResidentsCouncil written = change.apply(tx, c);
          setup.audit(tx, AuditAction.COUNCIL_CHANGE, c.id(), "council " + what);
          return written;
        });
  }

  private ResidentsCouncil storedCouncil(String id) {
    return findCouncil(id)
        .orElseThrow(() -> new NotFoundException("residents' council " + id + " is not stored"));
  }

  private ResidentsCouncil councilInScope(GovernanceStore tx, String councilId) {
    Reach reach = setup.reach(tx);
    return tx.consultations()
        .findCouncil(councilId)
        .filter(c -> reach.covers(c.community()))
        .orElseThrow(
            () -> new NotFoundException("residents' council " + councilId + " is not stored"));
  }

  private void covered(DivisionCode community, String what) {
    required(community, "community");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(community), what + community);
  }

  @Override
  public String toString() {
    return "ConsultationDesk[" + setup + "]";
  }
}
