package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Storage of {@link Grid}s, with their buildings and worker assignments, keyed by grid code. The
 * grid's community must be stored before it; a grid cannot be deleted while households are placed
 * in it.
 */
public interface GridRepository extends Repository<GridCode, Grid> {

  /** The grids of one community or village, ordered by code. */
  List<Grid> findByCommunity(DivisionCode community);

  /**
   * The codes of the grids {@code workerId} holds a post in (of any kind) on {@code day}, ordered
   * by code: what a grid worker's {@code GRID} data scope covers that day.
   */
  List<GridCode> findPostedTo(String workerId, LocalDate day);
}
