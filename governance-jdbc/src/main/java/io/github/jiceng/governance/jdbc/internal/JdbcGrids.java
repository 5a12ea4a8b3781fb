package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.spi.GridRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of grids: each call runs its SQL through {@link Calls}. */
public final class JdbcGrids implements GridRepository {
  private final Calls calls;

  public JdbcGrids(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Grid insert(Grid grid) {
    return calls.call("insert grid " + grid.code(), s -> GridTables.insertGrid(s, grid));
  }

  @Override
  public Grid update(Grid grid) {
    return calls.call("update grid " + grid.code(), s -> GridTables.updateGrid(s, grid));
  }

  @Override
  public boolean delete(GridCode code, long expectedVersion) {
    return calls.call("delete grid " + code, s -> GridTables.deleteGrid(s, code, expectedVersion));
  }

  @Override
  public Optional<Grid> find(GridCode code) {
    return calls.call("find grid", s -> GridTables.findGrid(s, code));
  }

  @Override
  public List<Grid> findByCommunity(DivisionCode community) {
    return calls.call(
        "find grids of a community", s -> GridTables.findGridsByCommunity(s, community));
  }

  @Override
  public List<GridCode> findPostedTo(String workerId, java.time.LocalDate day) {
    return calls.call(
        "find the grids a worker is posted to",
        s -> GridTables.findGridsPostedTo(s, workerId, day));
  }
}
