package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.spi.GridRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The in-memory repository of grids, over the store's tables; writes go through {@link Writes}. */
final class InMemoryGrids implements GridRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryGrids(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Grid insert(Grid grid) {
    return view.write(
        undo ->
            tables.gridTable.insert(
                grid, undo, g -> tables.requireCommunity("grid " + g.code(), g.community())));
  }

  @Override
  public Grid update(Grid grid) {
    return view.write(
        undo ->
            tables.gridTable.update(
                grid, undo, g -> tables.requireCommunity("grid " + g.code(), g.community())));
  }

  @Override
  public boolean delete(GridCode code, long expectedVersion) {
    return view.write(
        undo -> {
          if (tables.gridTable.contains(code)
              && tables.householdTable.any(h -> code.equals(h.grid()))) {
            throw new IntegrityViolationException(
                "grid " + code + " cannot be deleted: households are placed in it");
          }
          return tables.gridTable.delete(code, expectedVersion, undo);
        });
  }

  @Override
  public Optional<Grid> find(GridCode code) {
    return tables.read(() -> tables.gridTable.find(code));
  }

  @Override
  public List<Grid> findByCommunity(DivisionCode community) {
    return tables.read(() -> tables.gridTable.where(g -> g.community().equals(community)));
  }

  @Override
  public List<GridCode> findPostedTo(String workerId, LocalDate day) {
    return tables.read(
        () ->
            tables
                .gridTable
                .where(
                    g ->
                        g.assignments().stream()
                            .anyMatch(a -> a.workerId().equals(workerId) && a.heldOn(day)))
                .stream()
                .map(Grid::code)
                .toList());
  }
}
