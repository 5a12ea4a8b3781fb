package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Where a routing entry applies: one grid, or a division — a county, a street, a community — and
 * everything in it. A grid is more specific than its community, a community than its street, a
 * street than its county.
 *
 * @param grid the grid, or null for a division
 * @param division the division, or null for a grid
 */
public record RoutingPlace(@Nullable GridCode grid, @Nullable DivisionCode division) {

  /**
   * Checks that exactly one of the two is given.
   *
   * @throws InvalidInputException if both or neither are
   */
  public RoutingPlace {
    if ((grid == null) == (division == null)) {
      throw InvalidInputException.of(
          "RoutingPlace", "grid", "either a grid or a division is given, not both or neither");
    }
  }

  /** One grid. */
  public static RoutingPlace grid(GridCode grid) {
    return new RoutingPlace(Checks.required(grid, "RoutingPlace", "grid"), null);
  }

  /** A division and everything in it. */
  public static RoutingPlace division(DivisionCode division) {
    return new RoutingPlace(null, Checks.required(division, "RoutingPlace", "division"));
  }

  /** How specific the place is: 4 a grid, 3 a community, 2 a street, 1 a county. */
  public int specificity() {
    if (grid != null) {
      return 4;
    }
    return switch (java.util.Objects.requireNonNull(division).tier()) {
      case COMMUNITY -> 3;
      case STREET -> 2;
      case COUNTY -> 1;
    };
  }

  /** Whether a case in {@code community}, in {@code caseGrid} if known, lies in this place. */
  public boolean covers(DivisionCode community, @Nullable GridCode caseGrid) {
    Checks.required(community, "RoutingPlace.covers", "community");
    if (grid != null) {
      return grid.equals(caseGrid);
    }
    DivisionCode area = java.util.Objects.requireNonNull(division);
    return community.equals(area) || community.isWithin(area);
  }

  @Override
  public String toString() {
    return grid != null ? "grid " + grid.value() : "division " + division;
  }
}
