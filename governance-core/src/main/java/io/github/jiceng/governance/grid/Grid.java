package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A grid (网格) of a community or village: the unit a grid worker serves. Households name their grid
 * by its code; buildings belong to it; workers are assigned to it.
 *
 * <p>Checked on creation: the code fits the community (see {@link GridCode#fits}); a dedicated grid
 * names the unit it serves; building ids are unique; no two primary workers overlap in time, and no
 * worker holds two overlapping posts in the grid.
 *
 * @param code the grid code (CJ/T 349); the grid's identity
 * @param community the community or village the grid lies in
 * @param name the grid's name, for example "第一网格"; party placements name grids by it
 * @param kind comprehensive or dedicated
 * @param servedUnit for a dedicated grid, the unit it serves (for example "宣城中学"); otherwise {@code
 *     null}
 * @param buildings the buildings in the grid; may be empty (a village grid of houses)
 * @param assignments the workers' posts, past and present
 * @param partyContact the designated party contact (网格党建联络员) if the grid has no party branch of its
 *     own; {@code null} if none. Shown masked by {@link #toString()}
 * @param version the storage version; 0 for a grid not stored yet
 */
public record Grid(
    GridCode code,
    DivisionCode community,
    @NotBlank @Size(max = 100) String name,
    GridKind kind,
    @Nullable @Size(max = 100) String servedUnit,
    List<@Valid Building> buildings,
    List<@Valid GridAssignment> assignments,
    @Nullable @Size(max = 50) String partyContact,
    long version)
    implements Versioned<Grid> {
  private static final String SUBJECT = "Grid";

  public Grid {
    Checks.required(code, SUBJECT, "code");
    Checks.required(community, SUBJECT, "community");
    Checks.required(name, SUBJECT, "name");
    Checks.required(kind, SUBJECT, "kind");
    buildings = Checks.listOf(buildings, SUBJECT, "buildings");
    assignments = Checks.listOf(assignments, SUBJECT, "assignments");
    Checks.version(version, SUBJECT);
    if (community.tier() != DivisionCode.Tier.COMMUNITY) {
      throw InvalidInputException.of(SUBJECT, "community", "must be a community or village code");
    }
    if (!code.fits(community)) {
      throw InvalidInputException.of(
          SUBJECT,
          "code",
          "digits 7-18 must be the community's division code "
              + community
              + " (or 601 and up for merged communities)");
    }
    if ((kind == GridKind.DEDICATED) != (servedUnit != null)) {
      throw InvalidInputException.of(
          SUBJECT,
          "servedUnit",
          kind == GridKind.DEDICATED
              ? "a dedicated grid must name the unit it serves"
              : "only a dedicated grid serves a unit");
    }
    checkBuildings(buildings);
    checkAssignments(assignments);
  }

  /** A new comprehensive grid with no buildings, workers or party contact. */
  public static Grid comprehensive(GridCode code, DivisionCode community, String name) {
    return new Grid(
        code, community, name, GridKind.COMPREHENSIVE, null, List.of(), List.of(), null, 0);
  }

  /** A new dedicated grid serving {@code servedUnit}. */
  public static Grid dedicated(
      GridCode code, DivisionCode community, String name, String servedUnit) {
    return new Grid(
        code, community, name, GridKind.DEDICATED, servedUnit, List.of(), List.of(), null, 0);
  }

  /** A copy with these buildings added. */
  public Grid withBuildings(Building... more) {
    List<Building> all = new ArrayList<>(buildings);
    all.addAll(Checks.values("Grid " + code, "buildings", more));
    return new Grid(
        code, community, name, kind, servedUnit, all, assignments, partyContact, version);
  }

  /** A copy with this post added. */
  public Grid assign(GridAssignment assignment) {
    List<GridAssignment> all = new ArrayList<>(assignments);
    all.add(assignment);
    return new Grid(code, community, name, kind, servedUnit, buildings, all, partyContact, version);
  }

  /** A copy with this designated party contact ({@code null} for none). */
  public Grid withPartyContact(@Nullable String contact) {
    return new Grid(
        code, community, name, kind, servedUnit, buildings, assignments, contact, version);
  }

  /** The primary worker's post on {@code day}, if the grid has one. */
  public Optional<GridAssignment> primaryOn(LocalDate day) {
    return assignments.stream()
        .filter(a -> a.post() == GridPost.PRIMARY && a.heldOn(day))
        .findFirst();
  }

  /** The posts held on {@code day}. */
  public List<GridAssignment> postsOn(LocalDate day) {
    return assignments.stream().filter(a -> a.heldOn(day)).toList();
  }

  /** Whether the grid has a building with this id. */
  public boolean hasBuilding(String buildingId) {
    return buildings.stream().anyMatch(b -> b.id().equals(buildingId));
  }

  @Override
  public Grid withVersion(long newVersion) {
    return new Grid(
        code, community, name, kind, servedUnit, buildings, assignments, partyContact, newVersion);
  }

  @Override
  public String toString() {
    return "Grid[code="
        + code
        + ", community="
        + community
        + ", name="
        + name
        + ", kind="
        + kind
        + (servedUnit == null ? "" : ", servedUnit=" + servedUnit)
        + ", buildings="
        + buildings.size()
        + ", assignments="
        + assignments
        + ", partyContact="
        + (partyContact == null ? "none" : Masking.name(partyContact))
        + ", version="
        + version
        + "]";
  }

  private static void checkBuildings(List<Building> buildings) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < buildings.size(); i++) {
      if (!ids.add(buildings.get(i).id())) {
        throw InvalidInputException.of(
            SUBJECT, "buildings[" + i + "].id", "is used by another building of the grid");
      }
    }
  }

  private static void checkAssignments(List<GridAssignment> assignments) {
    for (int i = 0; i < assignments.size(); i++) {
      GridAssignment a = assignments.get(i);
      for (int j = 0; j < i; j++) {
        GridAssignment b = assignments.get(j);
        if (!a.period().overlaps(b.period())) {
          continue;
        }
        if (a.post() == GridPost.PRIMARY && b.post() == GridPost.PRIMARY) {
          throw InvalidInputException.of(
              SUBJECT,
              "assignments[" + i + "]",
              "overlaps assignments[" + j + "]: a grid has one primary worker at a time");
        }
        if (a.workerId().equals(b.workerId())) {
          throw InvalidInputException.of(
              SUBJECT,
              "assignments[" + i + "]",
              "overlaps assignments[" + j + "] of the same worker");
        }
      }
    }
  }
}
