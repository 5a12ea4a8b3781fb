package io.github.jiceng.governance.party;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;

/**
 * Where a party organisation is built, and the places it covers: the community's name, a grid, the
 * buildings of a party group, or the resident units of a (joint) branch.
 *
 * @param kind community, grid, building or resident units
 * @param places the places covered, at least one, no duplicates — for example {@code "第三网格"}, or
 *     the units of a joint branch
 */
public record Placement(
    PlacementKind kind, @Size(min = 1) List<@NotBlank @Size(max = 100) String> places) {
  private static final String SUBJECT = "Placement";

  public Placement {
    Checks.required(kind, SUBJECT, "kind");
    places = Checks.listOf(places, SUBJECT, "places");
    if (places.isEmpty()) {
      throw InvalidInputException.of(SUBJECT, "places", "must name at least one place");
    }
    if (new HashSet<>(places).size() != places.size()) {
      throw InvalidInputException.of(SUBJECT, "places", "must not name a place twice");
    }
  }

  /** A placement of {@code kind} covering {@code places}. */
  public static Placement of(PlacementKind kind, String... places) {
    return new Placement(kind, Checks.values("Placement", "places", places));
  }

  /** Whether the organisation belongs to the community's own organisations rather than a unit's. */
  public boolean isCommunity() {
    return kind != PlacementKind.RESIDENT_UNITS;
  }

  @Override
  public String toString() {
    return kind.label().zh() + " " + String.join("、", places);
  }
}
