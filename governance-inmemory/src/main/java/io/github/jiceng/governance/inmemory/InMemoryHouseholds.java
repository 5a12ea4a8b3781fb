package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridTallies;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.spi.HouseholdRepository;
import java.util.List;
import java.util.Map;
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

  /** Counts as the JDBC store's SQL does (see {@link GridTallies}). */
  @Override
  public GridTallies tallies(DivisionCode community) {
    return tables.read(
        () -> {
          List<Household> households =
              tables.householdTable.where(h -> h.community().equals(community));
          java.util.Set<String> ids = new java.util.HashSet<>();
          households.forEach(h -> ids.add(h.id()));
          Map<String, Integer> residents = new java.util.HashMap<>();
          tables
              .residentTable
              .where(r -> ids.contains(r.householdId()))
              .forEach(r -> residents.merge(r.householdId(), 1, Integer::sum));
          List<Grid> own = tables.gridTable.where(g -> g.community().equals(community));
          java.util.Set<GridCode> ownCodes = new java.util.HashSet<>();
          own.forEach(g -> ownCodes.add(g.code()));
          Map<GridCode, GridTallies.Tally> perGrid = new java.util.HashMap<>();
          List<String> unplaced = new java.util.ArrayList<>();
          List<String> elsewhere = new java.util.ArrayList<>();
          List<String> outside = new java.util.ArrayList<>();
          for (Household h : households) {
            GridCode grid = h.grid();
            if (grid == null) {
              unplaced.add(h.id());
              continue;
            }
            GridTallies.Tally t = perGrid.getOrDefault(grid, new GridTallies.Tally(0, 0));
            perGrid.put(
                grid,
                new GridTallies.Tally(
                    t.households() + 1, t.residents() + residents.getOrDefault(h.id(), 0)));
            if (!ownCodes.contains(grid)) {
              elsewhere.add(h.id());
            } else if (h.buildingId() != null && inAnotherGrid(own, h.buildingId(), grid)) {
              outside.add(h.id());
            }
          }
          java.util.Collections.sort(unplaced);
          java.util.Collections.sort(elsewhere);
          java.util.Collections.sort(outside);
          return new GridTallies(households.size(), perGrid, unplaced, elsewhere, outside);
        });
  }

  /** Whether another of the community's grids than {@code grid} lists {@code building}. */
  private static boolean inAnotherGrid(List<Grid> own, String building, GridCode grid) {
    return own.stream()
        .filter(g -> !g.code().equals(grid))
        .anyMatch(g -> g.buildings().stream().anyMatch(b -> b.id().equals(building)));
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
