package io.github.jiceng.governance.assessment;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A scheme for assessing community workers: items with weights in percent adding up to 100, some of
 * them measuring residents' satisfaction (群众满意度), as one dated parameter ({@link
 * AssessmentRules#SCHEME}).
 *
 * @param items the items, each code once, 1 to 30
 */
public record AssessmentScheme(List<Item> items) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,32}");

  /**
   * One item of the scheme.
   *
   * @param code its code
   * @param name what it measures
   * @param weight its weight in percent, 1 to 100
   * @param satisfaction whether it measures residents' satisfaction
   */
  public record Item(String code, Text name, int weight, boolean satisfaction) {
    /** Checks the fields. */
    public Item {
      Checks.required(code, "AssessmentScheme.Item", "code");
      Checks.required(name, "AssessmentScheme.Item", "name");
      if (!CODE.matcher(code).matches()) {
        throw InvalidInputException.of(
            "AssessmentScheme.Item",
            "code",
            "must be lower-case letters, digits and '-', at most 32 characters");
      }
      if (weight < 1 || weight > 100) {
        throw InvalidInputException.of(
            "AssessmentScheme.Item " + code, "weight", "must be 1 to 100");
      }
    }
  }

  /**
   * Checks the items: distinct codes, weights adding up to 100.
   *
   * @throws InvalidInputException if not
   */
  public AssessmentScheme {
    items = Checks.listOf(items, "AssessmentScheme", "items");
    if (items.isEmpty() || items.size() > 30) {
      throw InvalidInputException.of("AssessmentScheme", "items", "must be 1 to 30");
    }
    Set<String> codes = new HashSet<>();
    int total = 0;
    for (Item item : items) {
      if (!codes.add(item.code())) {
        throw InvalidInputException.of(
            "AssessmentScheme", "items", "name item '" + item.code() + "' more than once");
      }
      total += item.weight();
    }
    if (total != 100) {
      throw InvalidInputException.of(
          "AssessmentScheme", "items", "must weigh 100 % together, not " + total + " %");
    }
  }

  /** {@code AssessmentScheme[satisfaction 50 %, tasks 30 %, conduct 20 %]}. */
  @Override
  public String toString() {
    return "AssessmentScheme"
        + items.stream().map(i -> i.code() + " " + i.weight() + " %").toList();
  }

  /** The weight of the satisfaction items together, in percent. */
  public int satisfactionWeight() {
    return items.stream().filter(Item::satisfaction).mapToInt(Item::weight).sum();
  }
}
