package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.CouncilProject;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.division.DivisionCode;
import java.util.List;
import java.util.Optional;

/**
 * Storage of consultations (recorded once, never changed), residents' councils and their projects
 * (changed under their version). An update never moves a council to another community.
 */
public interface ConsultationRepository {

  /**
   * Stores a consultation, with its vote's groups, as version 1.
   *
   * @throws DuplicateKeyException if the id is taken
   * @throws IntegrityViolationException if its community is not stored
   */
  Consultation record(Consultation consultation);

  /** The consultation stored under {@code id}. */
  Optional<Consultation> find(String id);

  /** The consultations of {@code community}, by day held, then id. */
  List<Consultation> findByCommunity(DivisionCode community);

  /**
   * Stores a new council as version 1.
   *
   * @throws DuplicateKeyException if the id is taken
   * @throws IntegrityViolationException if its community is not stored
   */
  ResidentsCouncil addCouncil(ResidentsCouncil council);

  /**
   * Stores a changed council (name, households, members) if the stored one is at {@code
   * council.version()}; its community is never changed.
   *
   * @throws WriteConflictException if it changed since, or is not stored
   * @throws IntegrityViolationException if {@code council} names another community than the stored
   *     one
   */
  ResidentsCouncil updateCouncil(ResidentsCouncil council);

  /** The council stored under {@code id}. */
  Optional<ResidentsCouncil> findCouncil(String id);

  /** The councils of {@code community}, by id. */
  List<ResidentsCouncil> councilsOf(DivisionCode community);

  /**
   * Stores a new project as version 1.
   *
   * @throws DuplicateKeyException if the id is taken
   * @throws IntegrityViolationException if its council is not stored
   */
  CouncilProject addProject(CouncilProject project);

  /**
   * Stores a project's stages if the stored one is at {@code project.version()}.
   *
   * @throws WriteConflictException if it changed since, or is not stored
   * @throws IntegrityViolationException if {@code project} names another council than the stored
   *     one
   */
  CouncilProject updateProject(CouncilProject project);

  /** The project stored under {@code id}. */
  Optional<CouncilProject> findProject(String id);

  /** The projects of {@code councilId}, by id. */
  List<CouncilProject> projectsOf(String councilId);
}
