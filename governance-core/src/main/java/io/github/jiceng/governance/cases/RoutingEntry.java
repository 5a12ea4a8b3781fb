package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.util.regex.Pattern;

/**
 * One line of a routing table: cases of {@code category} at {@code place} go to {@code body} during
 * {@code period}.
 *
 * @param place a grid or a division
 * @param category a category's code ({@code 01.03}), a class's ({@code 01}), or {@code *} for any
 * @param body the responsible body's code
 * @param period when the line is in force
 */
public record RoutingEntry(
    RoutingPlace place, String category, String body, EffectivePeriod period) {
  private static final Pattern CATEGORY = Pattern.compile("\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*");

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if the category is neither a code nor {@code *}
   */
  public RoutingEntry {
    Checks.required(place, "RoutingEntry", "place");
    Checks.required(category, "RoutingEntry", "category");
    Checks.key(body, "RoutingEntry", "body");
    Checks.required(period, "RoutingEntry", "period");
    if (!CATEGORY.matcher(category).matches()) {
      throw InvalidInputException.of(
          "RoutingEntry", "category", "must be a category or class code, or * for any");
    }
  }

  /** How specific the category is: 0 any, then one more per level of its code. */
  public int categorySpecificity() {
    return category.equals("*") ? 0 : category.split("\\.", -1).length;
  }

  /** Whether {@code c} is of this line's category. */
  public boolean coversCategory(CaseCategory c) {
    Checks.required(c, "RoutingEntry.coversCategory", "category");
    return category.equals("*") || c.code().equals(category) || c.code().startsWith(category + ".");
  }

  /** {@code division 341802002000 × 01.03 → xuanzhou-lights, 2026-01-01..}. */
  @Override
  public String toString() {
    return place + " × " + category + " → " + body + ", " + period;
  }
}
