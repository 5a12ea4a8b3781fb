package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;

/**
 * An inclusive range of whole numbers, such as "100 to 700 households".
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value, not below {@code min}
 */
public record IntRange(int min, int max) {

  public IntRange {
    if (max < min) {
      throw InvalidInputException.of("IntRange", "max", "must not be below min");
    }
  }

  /** The range from {@code min} to {@code max}, both included. */
  public static IntRange of(int min, int max) {
    return new IntRange(min, max);
  }

  /** Whether {@code value} lies in the range. */
  public boolean contains(long value) {
    return value >= min && value <= max;
  }

  @Override
  public String toString() {
    return min + "–" + max;
  }
}
