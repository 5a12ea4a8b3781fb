package io.github.jiceng.governance.division;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * An administrative division (行政区划): a district, street, town, community or village. Its parent is
 * implied by its code: {@code 341802001003} lies in street {@code 341802001000}, which lies in
 * district {@code 341802000000}.
 *
 * <p>The code must match the level (a street's code ends in {@code 000}, a district's in {@code
 * 000000}); this is checked on construction. The name is checked by Bean Validation when the
 * division is saved through {@link io.github.jiceng.governance.Governance}.
 *
 * @param code the 12-digit statistical division code; the identity of the division
 * @param name the official name, for example "城东社区"
 * @param level the level
 * @param version the storage version; 0 for a division not stored yet
 */
public record AdministrativeDivision(
    DivisionCode code, @NotBlank @Size(max = 100) String name, DivisionLevel level, long version)
    implements Versioned<AdministrativeDivision> {
  private static final String SUBJECT = "AdministrativeDivision";

  public AdministrativeDivision {
    Checks.required(code, SUBJECT, "code");
    Checks.required(name, SUBJECT, "name");
    Checks.required(level, SUBJECT, "level");
    Checks.version(version, SUBJECT);
    if (code.tier() != level.tier()) {
      throw InvalidInputException.of(
          SUBJECT,
          "code",
          "is a "
              + code.tier().name().toLowerCase(java.util.Locale.ROOT)
              + "-tier code, which does not fit level "
              + level);
    }
  }

  /** A new, not yet stored division. */
  public static AdministrativeDivision of(String code, String name, DivisionLevel level) {
    return new AdministrativeDivision(DivisionCode.of(code), name, level, 0);
  }

  /** The code of the division directly above; empty for a district. */
  public Optional<DivisionCode> parent() {
    return code.parent();
  }

  /** A copy with another name, for renaming. */
  public AdministrativeDivision withName(String newName) {
    return new AdministrativeDivision(code, newName, level, version);
  }

  @Override
  public AdministrativeDivision withVersion(long newVersion) {
    return new AdministrativeDivision(code, name, level, newVersion);
  }
}
