package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * What a community's grid coverage check counts of its households, as a store counts it (in the
 * database on JDBC), so that the check never loads the households themselves.
 *
 * @param households the community's households
 * @param perGrid for each grid code a household names, its households and their residents
 * @param unplaced the ids of households in no grid, ordered
 * @param inOtherGrids the ids of households whose grid is not one of the community's, ordered
 * @param outsideTheirBuilding the ids of households whose building the community lists in another
 *     of its grids than theirs, ordered
 */
public record GridTallies(
    int households,
    Map<GridCode, Tally> perGrid,
    List<String> unplaced,
    List<String> inOtherGrids,
    List<String> outsideTheirBuilding) {

  /** One grid's households and the residents of those households. */
  public record Tally(int households, int residents) {}

  /** Copies the tallies and lists. */
  public GridTallies {
    perGrid = Map.copyOf(Checks.required(perGrid, "GridTallies", "perGrid"));
    unplaced = Checks.listOf(unplaced, "GridTallies", "unplaced");
    inOtherGrids = Checks.listOf(inOtherGrids, "GridTallies", "inOtherGrids");
    outsideTheirBuilding =
        Checks.listOf(outsideTheirBuilding, "GridTallies", "outsideTheirBuilding");
  }

  /** The tally of {@code grid}: none if no household names it. */
  public Tally of(GridCode grid) {
    return perGrid.getOrDefault(grid, new Tally(0, 0));
  }
}
