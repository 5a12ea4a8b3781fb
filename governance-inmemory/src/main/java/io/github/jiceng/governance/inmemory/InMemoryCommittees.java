package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
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
    return view.write(undo -> tables.committeeTable.delete(id, expectedVersion, undo));
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
}
