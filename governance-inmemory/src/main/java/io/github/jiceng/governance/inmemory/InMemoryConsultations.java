package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.CouncilProject;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.ConsultationRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The in-memory repository of consultations, residents' councils and their projects. */
final class InMemoryConsultations implements ConsultationRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryConsultations(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Consultation record(Consultation c) {
    return view.write(
        undo ->
            tables.consultationTable.insert(
                c, undo, x -> tables.requireCommunity("consultation " + x.id(), x.community())));
  }

  @Override
  public Optional<Consultation> find(String id) {
    return tables.read(() -> tables.consultationTable.find(id));
  }

  @Override
  public List<Consultation> findByCommunity(DivisionCode community) {
    return tables.read(
        () ->
            tables.consultationTable.where(c -> c.community().equals(community)).stream()
                .sorted(Comparator.comparing(Consultation::held).thenComparing(Consultation::id))
                .toList());
  }

  @Override
  public ResidentsCouncil addCouncil(ResidentsCouncil council) {
    return view.write(
        undo ->
            tables.councilTable.insert(
                council,
                undo,
                c -> tables.requireCommunity("residents' council " + c.id(), c.community())));
  }

  @Override
  public ResidentsCouncil updateCouncil(ResidentsCouncil council) {
    return view.write(undo -> tables.councilTable.update(council, undo));
  }

  @Override
  public Optional<ResidentsCouncil> findCouncil(String id) {
    return tables.read(() -> tables.councilTable.find(id));
  }

  @Override
  public List<ResidentsCouncil> councilsOf(DivisionCode community) {
    return tables.read(() -> tables.councilTable.where(c -> c.community().equals(community)));
  }

  @Override
  public CouncilProject addProject(CouncilProject project) {
    return view.write(
        undo ->
            tables.projectTable.insert(
                project,
                undo,
                p -> {
                  if (!tables.councilTable.contains(p.councilId())) {
                    throw new IntegrityViolationException(
                        "council project "
                            + p.id()
                            + ": council "
                            + p.councilId()
                            + " does not exist");
                  }
                }));
  }

  @Override
  public CouncilProject updateProject(CouncilProject project) {
    return view.write(undo -> tables.projectTable.update(project, undo));
  }

  @Override
  public Optional<CouncilProject> findProject(String id) {
    return tables.read(() -> tables.projectTable.find(id));
  }

  @Override
  public List<CouncilProject> projectsOf(String councilId) {
    return tables.read(() -> tables.projectTable.where(p -> p.councilId().equals(councilId)));
  }
}
