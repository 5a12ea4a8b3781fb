package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.spi.HouseholdRepository;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of households, over the store's tables; writes go through {@link
 * Writes}.
 */
final class InMemoryHouseholds implements HouseholdRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryHouseholds(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Household insert(Household household) {
    return view.write(
        undo -> tables.householdTable.insert(household, undo, this::requireReferences));
  }

  @Override
  public List<Household> insertAll(List<Household> households) {
    return view.write(
        undo -> tables.householdTable.insertAll(households, undo, this::requireReferences));
  }

  @Override
  public Household update(Household household) {
    return view.write(
        undo -> tables.householdTable.update(household, undo, this::requireReferences));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(
        undo -> {
          if (tables.householdTable.contains(id)
              && tables.residentTable.any(r -> r.householdId().equals(id))) {
            throw new IntegrityViolationException(
                "household " + id + " cannot be deleted: residents belong to it");
          }
          return tables.householdTable.delete(id, expectedVersion, undo);
        });
  }

  @Override
  public Optional<Household> find(String id) {
    return tables.read(() -> tables.householdTable.find(id));
  }

  @Override
  public List<Household> findByGrid(GridCode grid) {
    return tables.read(() -> tables.householdTable.where(h -> grid.equals(h.grid())));
  }

  @Override
  public List<Household> findByCommunity(DivisionCode community) {
    return tables.read(() -> tables.householdTable.where(h -> h.community().equals(community)));
  }

  private void requireReferences(Household household) {
    tables.requireCommunity("household " + household.id(), household.community());
    GridCode grid = household.grid();
    if (grid != null && !tables.gridTable.contains(grid)) {
      throw new IntegrityViolationException(
          "household " + household.id() + ": grid " + grid + " does not exist");
    }
  }
}
