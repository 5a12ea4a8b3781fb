package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A household as the desks show it without a stated purpose: the address masked (脱敏) to its first
 * characters, everything else as stored. To see the address in clear, ask the grid desk for the
 * household with a {@code Purpose}; that view is recorded in the audit trail.
 *
 * @param id the household's key
 * @param community the community or village it belongs to
 * @param grid the grid it is placed in, or null
 * @param buildingId the building, or null
 * @param unit the unit of the building, or null
 * @param address the address, masked ({@code 宣城市宣州***})
 * @param version the stored version
 */
public record MaskedHousehold(
    String id,
    DivisionCode community,
    @Nullable GridCode grid,
    @Nullable String buildingId,
    @Nullable String unit,
    String address,
    long version) {

  /** {@code household}, masked. */
  public static MaskedHousehold of(Household household) {
    Checks.required(household, "MaskedHousehold.of", "household");
    return new MaskedHousehold(
        household.id(),
        household.community(),
        household.grid(),
        household.buildingId(),
        household.unit(),
        Masking.address(household.address()),
        household.version());
  }

  /** The fields, the address masked already. */
  @Override
  public String toString() {
    return "MaskedHousehold[id="
        + id
        + ", community="
        + community
        + ", grid="
        + grid
        + ", building="
        + buildingId
        + ", address="
        + address
        + "]";
  }
}
