package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.openness.MajorMatter;
import io.github.jiceng.governance.openness.Publication;
import io.github.jiceng.governance.spi.CommitteeRepository;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of committees, over the store's tables; writes go through {@link
 * Writes}.
 */
final class InMemoryCommittees implements CommitteeRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryCommittees(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Committee insert(Committee committee) {
    return view.write(undo -> tables.committeeTable.insert(committee, undo, this::requireDivision));
  }

  @Override
  public Committee update(Committee committee) {
    return view.write(undo -> tables.committeeTable.update(committee, undo, this::requireDivision));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(
        undo -> {
          if (tables.publicationLog.any(p -> p.committeeId().equals(id))
              || tables.majorMatters.any(m -> m.committeeId().equals(id))) {
            throw new IntegrityViolationException(
                "committee " + id + " cannot be deleted: its publication log refers to it");
          }
          return tables.committeeTable.delete(id, expectedVersion, undo);
        });
  }

  @Override
  public Optional<Committee> find(String id) {
    return tables.read(() -> tables.committeeTable.find(id));
  }

  @Override
  public List<Committee> findByDivision(DivisionCode division) {
    return tables.read(() -> tables.committeeTable.where(c -> c.division().equals(division)));
  }

  @Override
  public List<Committee> findWithin(DivisionCode ancestor) {
    return tables.read(
        () ->
            tables.committeeTable.where(
                c -> c.division().equals(ancestor) || c.division().isWithin(ancestor)));
  }

  private void requireDivision(Committee committee) {
    if (!tables.divisionTable.contains(committee.division())) {
      throw new IntegrityViolationException(
          "committee " + committee.id() + ": division " + committee.division() + " does not exist");
    }
  }

  @Override
  public void recordPublication(String committeeId, Publication publication) {
    view.write(
        undo -> {
          requireCommittee(committeeId, "publication");
          return tables.publicationLog.insert(
              new StoreTables.LoggedPublication(committeeId, publication), undo);
        });
  }

  @Override
  public List<Publication> publicationsOf(String committeeId) {
    return tables.read(
        () ->
            tables.publicationLog.where(p -> p.committeeId().equals(committeeId)).stream()
                .map(StoreTables.LoggedPublication::publication)
                .sorted(
                    java.util.Comparator.comparing(Publication::on)
                        .thenComparing(Publication::kind))
                .toList());
  }

  @Override
  public void recordMajorMatter(String committeeId, MajorMatter matter) {
    view.write(
        undo -> {
          requireCommittee(committeeId, "major matter");
          return tables.majorMatters.insert(
              new StoreTables.DecidedMatter(committeeId, matter), undo);
        });
  }

  @Override
  public List<MajorMatter> majorMattersOf(String committeeId) {
    return tables.read(
        () ->
            tables.majorMatters.where(m -> m.committeeId().equals(committeeId)).stream()
                .map(StoreTables.DecidedMatter::matter)
                .sorted(
                    java.util.Comparator.comparing(MajorMatter::decided)
                        .thenComparing(MajorMatter::key))
                .toList());
  }

  private void requireCommittee(String committeeId, String what) {
    if (!tables.committeeTable.contains(committeeId)) {
      throw new IntegrityViolationException(
          what + " of committee " + committeeId + ": the committee does not exist");
    }
  }
}
