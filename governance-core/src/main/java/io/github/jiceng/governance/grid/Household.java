package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A household (户) of a community: where its residents live, and the one grid it belongs to. A
 * household not yet placed in a grid has no grid code; the coverage check reports it.
 *
 * <p>The id appears in messages and logs, so it must not be personal data (an identity number is
 * rejected). The address is personal data: {@link #toString()} masks it.
 *
 * @param id the household's key, for example {@code CD-0001}
 * @param community the community or village the household lives in
 * @param grid the grid it belongs to; {@code null} if not placed yet
 * @param buildingId the building it lives in (a building of its grid); {@code null} for a house
 * @param unit the building's unit (单元), if any
 * @param address the full address, for example "宣城市宣州区锦绣苑3栋2单元501"
 * @param version the storage version; 0 for a household not stored yet
 */
public record Household(
    @NotBlank @Size(max = 64) String id,
    DivisionCode community,
    @Nullable GridCode grid,
    @Nullable @Size(max = 40) String buildingId,
    @Nullable @Size(max = 20) String unit,
    @NotBlank @Size(max = 200) String address,
    long version)
    implements Versioned<Household> {
  private static final String SUBJECT = "Household";

  public Household {
    Checks.key(id, SUBJECT, "id");
    Checks.required(community, SUBJECT, "community");
    Checks.required(address, SUBJECT, "address");
    Checks.version(version, SUBJECT);
    if (community.tier() != DivisionCode.Tier.COMMUNITY) {
      throw InvalidInputException.of(SUBJECT, "community", "must be a community or village code");
    }
    if (grid != null && !grid.communityPart().countyCode().equals(community.countyCode())) {
      // a grid of another community of the county is a defect the coverage check reports; one of
      // another county (whose code the grid's own code carries) is no household's grid
      throw InvalidInputException.of(
          SUBJECT,
          "grid",
          "lies in county "
              + grid.communityPart().countyCode()
              + ", not "
              + community.countyCode());
    }
    if (unit != null && buildingId == null) {
      throw InvalidInputException.of(SUBJECT, "unit", "needs a building");
    }
  }

  /** A new household in a building of {@code grid}. */
  public static Household inBuilding(
      String id,
      DivisionCode community,
      GridCode grid,
      String buildingId,
      @Nullable String unit,
      String address) {
    return new Household(id, community, grid, buildingId, unit, address, 0);
  }

  /** A new household in a house of its own, in {@code grid} (or in no grid yet, if null). */
  public static Household house(
      String id, DivisionCode community, @Nullable GridCode grid, String address) {
    return new Household(id, community, grid, null, null, address, 0);
  }

  /** A copy placed in {@code newGrid}. */
  public Household inGrid(@Nullable GridCode newGrid) {
    return new Household(id, community, newGrid, buildingId, unit, address, version);
  }

  @Override
  public Household withVersion(long newVersion) {
    return new Household(id, community, grid, buildingId, unit, address, newVersion);
  }

  @Override
  public String toString() {
    return "Household[id="
        + id
        + ", community="
        + community
        + ", grid="
        + grid
        + ", building="
        + buildingId
        + ", address="
        + Masking.address(address)
        + ", version="
        + version
        + "]";
  }
}
