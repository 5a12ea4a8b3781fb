package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A facility of a community: its kind, name, floor area and the rooms and functions it holds (as
 * the codes a district's checklist names, e.g. {@code police-room} for 警务室).
 *
 * @param id its key, at most 64 characters
 * @param community the community or village it serves
 * @param kind what it is for
 * @param name its name, 1 to 100 characters
 * @param floorArea its area in square metres (建筑面积; a ground's area for {@link
 *     FacilityKind#OUTDOOR}), 0 to 100,000, at most two decimals
 * @param functions the codes of the rooms and functions it holds: lower-case letters, digits and
 *     '-', at most 32 characters each and 50 in all; kept sorted, each once
 * @param version the stored version; 0 before it is stored
 */
public record Facility(
    String id,
    DivisionCode community,
    FacilityKind kind,
    String name,
    BigDecimal floorArea,
    List<String> functions,
    long version)
    implements Versioned<Facility> {
  private static final String SUBJECT = "Facility";
  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");
  private static final BigDecimal MAX_AREA = BigDecimal.valueOf(100_000);

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is missing or out of its bounds
   */
  public Facility {
    Checks.key(id, SUBJECT, "id");
    Checks.required(community, SUBJECT, "community");
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(name, SUBJECT, "name");
    Checks.required(floorArea, SUBJECT, "floorArea");
    functions = Checks.listOf(functions, SUBJECT, "functions");
    Checks.version(version, SUBJECT);
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    if (name.isBlank() || name.length() > 100) {
      throw InvalidInputException.of(SUBJECT, "name", "must be 1 to 100 characters");
    }
    if (floorArea.signum() < 0
        || floorArea.compareTo(MAX_AREA) > 0
        || floorArea.stripTrailingZeros().scale() > 2) {
      throw InvalidInputException.of(
          SUBJECT, "floorArea", "must be 0 to 100000 square metres with at most two decimals");
    }
    if (functions.size() > 50) {
      throw InvalidInputException.of(SUBJECT, "functions", "must be at most 50");
    }
    for (int i = 0; i < functions.size(); i++) {
      if (!CODE.matcher(functions.get(i)).matches()) {
        throw InvalidInputException.of(
            SUBJECT,
            "functions[" + i + "]",
            "must be a code of lower-case letters, digits and '-', at most 32 characters");
      }
    }
    functions = List.copyOf(new TreeSet<>(functions));
    floorArea = floorArea.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  /** A new facility, not yet stored. */
  public static Facility of(
      String id,
      DivisionCode community,
      FacilityKind kind,
      String name,
      BigDecimal floorArea,
      String... functions) {
    Checks.required(functions, SUBJECT, "functions");
    return new Facility(
        id, community, kind, name, floorArea, java.util.Arrays.asList(functions), 0);
  }

  @Override
  public Facility withVersion(long newVersion) {
    return new Facility(id, community, kind, name, floorArea, functions, newVersion);
  }

  /** The key, kind, name and area. */
  @Override
  public String toString() {
    return "Facility[" + id + " " + kind + " " + name + ", " + floorArea + " m², v" + version + "]";
  }
}
