package io.github.jiceng.governance.people;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal data for display, logs and messages (脱敏), following common practice under GB/T
 * 35273: the shape of the value stays recognisable, the person does not. Every method accepts any
 * text, valid or not, so that even a rejected input can be shown safely; {@code null} becomes
 * {@code "null"}.
 *
 * <pre>{@code
 * Masking.identityNumber("34180219900101123X")  // "3418**********123X"
 * Masking.phone("13812345678")                   // "138****5678"
 * Masking.name("张三丰")                          // "张**"
 * Masking.address("宣城市宣州区锦绣苑3栋2单元501")   // "宣城市宣州区***"
 * }</pre>
 */
public final class Masking {
  private static final char MASK = '*';

  private Masking() {}

  /**
   * Keeps the first 4 and last 4 characters of an 18-character number; shorter values keep less.
   */
  public static String identityNumber(@Nullable CharSequence value) {
    return keepEnds(value, 4, 4, 10);
  }

  /** Keeps the first 3 and last 4 digits of a mobile number; shorter values keep less. */
  public static String phone(@Nullable CharSequence value) {
    return keepEnds(value, 3, 4, 4);
  }

  /** Keeps the first character of a name (the family name, usually). */
  public static String name(@Nullable CharSequence value) {
    return keepEnds(value, 1, 0, 1);
  }

  /**
   * Keeps the first 6 characters of an address (province, city and district, usually) and replaces
   * the rest by three asterisks, so that neither the building nor the door can be read.
   */
  public static String address(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    int kept = Math.min(6, value.length() / 2);
    return value.subSequence(0, kept) + "***";
  }

  /**
   * Keeps {@code head} leading and {@code tail} trailing characters and masks the rest; a value too
   * short to mask at least {@code minMasked} characters keeps fewer, so it is never shown whole.
   */
  private static String keepEnds(@Nullable CharSequence value, int head, int tail, int minMasked) {
    if (value == null) {
      return "null";
    }
    int length = value.length();
    while (head + tail > 0 && length - (head + tail) < minMasked) {
      if (tail >= head && tail > 0) {
        tail--;
      } else {
        head--;
      }
    }
    StringBuilder out = new StringBuilder(length);
    out.append(value, 0, head);
    for (int i = head; i < length - tail; i++) {
      out.append(MASK);
    }
    out.append(value, length - tail, length);
    return out.toString();
  }
}
