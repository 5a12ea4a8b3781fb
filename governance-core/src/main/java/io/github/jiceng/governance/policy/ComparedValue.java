package io.github.jiceng.governance.policy;

import org.jspecify.annotations.Nullable;

/**
 * One comparison a rule made: the quantity, the value it found, and what the rule requires.
 * Example: {@code households: 800, required 1000–3000}.
 *
 * @param quantity what was compared, for example "households"
 * @param actual the value found in the facts
 * @param required what the rule requires, in words, for example "1000–3000" or "at least 51"
 */
public record ComparedValue(String quantity, String actual, String required) {

  /** Creates a comparison; numbers and ranges are turned into text with {@code toString}. */
  public static ComparedValue of(
      String quantity, @Nullable Object actual, @Nullable Object required) {
    return new ComparedValue(quantity, String.valueOf(actual), String.valueOf(required));
  }

  @Override
  public String toString() {
    return quantity + ": " + actual + " (required " + required + ")";
  }
}
