package io.github.jiceng.governance.division;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.Locale;

/**
 * A point on the map — where a reported problem is, for instance — in decimal degrees of a named
 * {@link CoordinateSystem}.
 *
 * <p>A point can place a household as exactly as an address does, so {@code toString} prints it to
 * two decimals only (about a kilometre), never the point itself.
 *
 * @param latitude degrees north, −90 to 90
 * @param longitude degrees east, −180 to 180
 * @param system the system the degrees are in
 */
public record Coordinates(double latitude, double longitude, CoordinateSystem system) {
  private static final String SUBJECT = "Coordinates";

  /**
   * Checks the point.
   *
   * @throws InvalidInputException if a degree is not a finite number in its range, or the system is
   *     missing
   */
  public Coordinates {
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw InvalidInputException.of(SUBJECT, "latitude", "must be a number from -90 to 90");
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw InvalidInputException.of(SUBJECT, "longitude", "must be a number from -180 to 180");
    }
    Checks.required(system, SUBJECT, "system");
  }

  /** {@code Coordinates[~30.95N 118.76E CGCS2000]}: to two decimals, never the exact point. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Coordinates[~%.2f%s %.2f%s %s]",
        Math.abs(latitude),
        latitude < 0 ? "S" : "N",
        Math.abs(longitude),
        longitude < 0 ? "W" : "E",
        system);
  }
}
