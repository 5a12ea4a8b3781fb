package io.github.jiceng.governance.points;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Text;
import java.util.regex.Pattern;

/**
 * A deed of a moral points bank's table and the points it earns, e.g. under 积孝 (filial piety):
 * caring for an elderly parent, 5 points.
 *
 * @param code its code, lower-case letters, digits and '-', at most 32 characters
 * @param category the category it scores under, e.g. 积孝, 积善, 积信, 积勤, 积俭, 积美
 * @param name what the deed is
 * @param points the points it earns, 1 to 1,000
 */
public record Deed(String code, String category, Text name, int points) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public Deed {
    Checks.required(code, "Deed", "code");
    Checks.required(category, "Deed", "category");
    Checks.required(name, "Deed", "name");
    if (!CODE.matcher(code).matches()) {
      throw InvalidInputException.of(
          "Deed", "code", "must be lower-case letters, digits and '-', at most 32 characters");
    }
    if (category.isBlank() || category.length() > 20) {
      throw InvalidInputException.of("Deed " + code, "category", "must be 1 to 20 characters");
    }
    if (points < 1 || points > 1_000) {
      throw InvalidInputException.of("Deed " + code, "points", "must be 1 to 1000");
    }
  }

  /** {@code Deed[care-parent 积孝 5]}: the code, category and points. */
  @Override
  public String toString() {
    return "Deed[" + code + " " + category + " " + points + "]";
  }
}
