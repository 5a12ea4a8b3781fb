package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.assessment.WorkerAssessment;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.AssessmentRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory repository of workers' assessments. */
final class InMemoryAssessments implements AssessmentRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryAssessments(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public WorkerAssessment insert(WorkerAssessment a) {
    return view.write(
        undo ->
            tables.assessmentTable.insert(
                a,
                undo,
                x -> tables.requireCommunity("worker assessment " + x.id(), x.community())));
  }

  @Override
  public Optional<WorkerAssessment> find(String id) {
    return tables.read(() -> tables.assessmentTable.find(id));
  }

  @Override
  public List<WorkerAssessment> findByCommunity(DivisionCode community, String period) {
    return tables.read(
        () ->
            tables.assessmentTable.where(
                a -> a.community().equals(community) && a.scores().period().equals(period)));
  }
}
