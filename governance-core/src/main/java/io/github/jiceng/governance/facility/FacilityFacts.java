package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the facility rules look at for one community: its setting, its households, and its
 * facilities.
 *
 * @param community the community or village
 * @param communityName its name
 * @param setting urban for a community, rural for a village
 * @param households its households (from its committee's record)
 * @param facilities its facilities
 */
public record FacilityFacts(
    DivisionCode community,
    String communityName,
    GridSetting setting,
    int households,
    List<Facility> facilities) {
  private static final String SUBJECT = "FacilityFacts";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if one is missing, households are negative, or a facility is of
   *     another community
   */
  public FacilityFacts {
    Checks.required(community, SUBJECT, "community");
    Checks.required(communityName, SUBJECT, "communityName");
    Checks.required(setting, SUBJECT, "setting");
    facilities = Checks.listOf(facilities, SUBJECT, "facilities");
    if (households < 0) {
      throw InvalidInputException.of(SUBJECT, "households", "must not be negative");
    }
    for (int i = 0; i < facilities.size(); i++) {
      if (!facilities.get(i).community().equals(community)) {
        throw InvalidInputException.of(
            SUBJECT, "facilities[" + i + "]", "is not a facility of " + community);
      }
    }
  }

  /** The floor area of every indoor facility, in m². */
  public BigDecimal indoorArea() {
    return facilities.stream()
        .filter(f -> f.kind().isIndoor())
        .map(Facility::floorArea)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** The area of the facilities of {@code kind}, in m². */
  public BigDecimal area(FacilityKind kind) {
    return facilities.stream()
        .filter(f -> f.kind() == kind)
        .map(Facility::floorArea)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** Whether the community has a facility of {@code kind}. */
  public boolean has(FacilityKind kind) {
    return facilities.stream().anyMatch(f -> f.kind() == kind);
  }

  /** Every room and function code some facility lists. */
  public Set<String> functions() {
    Set<String> all = new TreeSet<>();
    facilities.forEach(f -> all.addAll(f.functions()));
    return all;
  }
}
