package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What the routing rule decides on: a table, and a case's category and place.
 *
 * @param table the routing table
 * @param category the case's category
 * @param community its community
 * @param grid its grid, or null
 */
public record RoutingFacts(
    RoutingTable table, CaseCategory category, DivisionCode community, @Nullable GridCode grid) {

  /** Checks the fields. */
  public RoutingFacts {
    Checks.required(table, "RoutingFacts", "table");
    Checks.required(category, "RoutingFacts", "category");
    Checks.required(community, "RoutingFacts", "community");
  }
}
