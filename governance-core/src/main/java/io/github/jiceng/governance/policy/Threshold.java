package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;

/**
 * A share that a count must reach, as the laws write it: "过半数" (more than half) is {@code
 * moreThan(1, 2)}, "五分之一以上" (one fifth or more — in Chinese law 以上 includes the number itself) is
 * {@code atLeast(1, 5)}. Compared exactly, in integers, never in floating point.
 *
 * @param numerator the top of the fraction
 * @param denominator the bottom of the fraction, positive
 * @param strict {@code true} for "more than", {@code false} for "at least"
 */
public record Threshold(int numerator, int denominator, boolean strict) {

  public Threshold {
    if (denominator <= 0) {
      throw InvalidInputException.of("Threshold", "denominator", "must be positive");
    }
    if (numerator < 0 || numerator > denominator) {
      throw InvalidInputException.of("Threshold", "numerator", "must be between 0 and denominator");
    }
  }

  /** "More than numerator/denominator" (超过, 过半数). */
  public static Threshold moreThan(int numerator, int denominator) {
    return new Threshold(numerator, denominator, true);
  }

  /** "At least numerator/denominator" (…以上). */
  public static Threshold atLeast(int numerator, int denominator) {
    return new Threshold(numerator, denominator, false);
  }

  /** Whether {@code part} out of {@code whole} reaches the threshold. */
  public boolean isMetBy(long part, long whole) {
    if (whole <= 0) {
      return false;
    }
    long left = part * denominator;
    long right = (long) numerator * whole;
    return strict ? left > right : left >= right;
  }

  /**
   * The smallest count out of {@code whole} that meets the threshold, for explanations ("needs at
   * least 51 of 100").
   */
  public long minimumOf(long whole) {
    long exact = (long) numerator * whole;
    long floor = exact / denominator;
    if (strict) {
      return floor + 1;
    }
    return exact % denominator == 0 ? floor : floor + 1;
  }

  /** The threshold in words. */
  public Text describe() {
    String fraction = numerator + "/" + denominator;
    if (strict) {
      return numerator * 2 == denominator
          ? Text.of("过半数", "more than half")
          : Text.of("超过" + fraction, "more than " + fraction);
    }
    return Text.of(fraction + "以上", "at least " + fraction);
  }

  @Override
  public String toString() {
    return describe().en();
  }
}
