package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.List;

/**
 * Where a community's households are placed, for the rule that every household belongs to exactly
 * one of the community's grids. Households are named by id (never by address).
 *
 * @param community the community's name or code, used in the decision's subject
 * @param households the community's households
 * @param unplaced ids of households in no grid
 * @param inOtherGrids ids of households placed in a grid that is not one of the community's
 * @param outsideTheirBuilding ids of households in a building that belongs to another grid than
 *     their own — which would put them in two grids
 */
public record HouseholdPlacement(
    String community,
    int households,
    List<String> unplaced,
    List<String> inOtherGrids,
    List<String> outsideTheirBuilding) {
  private static final String SUBJECT = "HouseholdPlacement";

  public HouseholdPlacement {
    Checks.required(community, SUBJECT, "community");
    if (households < 0) {
      throw InvalidInputException.of(SUBJECT, "households", "must not be negative");
    }
    unplaced = Checks.listOf(unplaced, SUBJECT, "unplaced");
    inOtherGrids = Checks.listOf(inOtherGrids, SUBJECT, "inOtherGrids");
    outsideTheirBuilding = Checks.listOf(outsideTheirBuilding, SUBJECT, "outsideTheirBuilding");
  }
}
