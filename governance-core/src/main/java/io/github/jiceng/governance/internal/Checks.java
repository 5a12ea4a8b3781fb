package io.github.jiceng.governance.internal;

import io.github.jiceng.governance.base.InvalidInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for constructors of domain values: they throw {@link InvalidInputException}
 * naming the field, never a {@code NullPointerException}.
 */
public final class Checks {
  private Checks() {}

  /** {@code value}, or an exception saying that {@code field} of {@code subject} is required. */
  public static <T> T required(@Nullable T value, String subject, String field) {
    if (value == null) {
      throw InvalidInputException.of(subject, field, "must not be null");
    }
    return value;
  }

  /**
   * An immutable copy of {@code list} ({@code null} becomes empty); a {@code null} element is
   * reported as {@code field[i]}.
   */
  public static <T> List<T> listOf(@Nullable List<T> list, String subject, String field) {
    if (list == null) {
      return List.of();
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i)
          == null) { // the field's name is built only for the message: lists are checked on hot
        // paths
        throw InvalidInputException.of(subject, field + "[" + i + "]", "must not be null");
      }
    }
    // no intermediate copy: List.copyOf returns an unmodifiable list given to it as it is
    return List.copyOf(list);
  }

  /**
   * {@code id} as a record's key: required, and free of personal data. Keys appear in exception
   * messages and log lines ("task request R-1 is not stored"), so an id that contains an identity
   * number (18 characters valid under GB 11643) or a mainland mobile number (11 digits starting
   * 13–19) is refused, with a message that does not repeat it.
   */
  public static String key(@Nullable String id, String subject, String field) {
    String checked = required(id, subject, field);
    if (containsPersonalNumber(checked)) {
      throw InvalidInputException.of(
          subject,
          field,
          "must not contain an identity number or a phone number: ids appear in messages and logs");
    }
    return checked;
  }

  /**
   * Whether {@code text} holds an identity number or a mobile number as a run of its own: 11 digits
   * 1[3-9]xxxxxxxxx, or 17 digits and a check character that pass GB 11643, anywhere in a longer
   * run too.
   */
  public static boolean containsPersonalNumber(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isDigit(text.charAt(end))) {
        end++;
      }
      int runEnd = end < n && (text.charAt(end) == 'X' || text.charAt(end) == 'x') ? end + 1 : end;
      if (end - i == 11 && text.charAt(i) == '1' && text.charAt(i + 1) >= '3') {
        return true;
      }
      for (int start = i; start + 18 <= runEnd; start++) {
        if (IdentityNumbers.problemWith(text.substring(start, start + 18)) == null) {
          return true;
        }
      }
      i = end;
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The values of a varargs array as an immutable list: a missing array, or a missing value in it
   * ({@code field[i]}), is reported, never a {@code NullPointerException}.
   */
  public static <T> List<T> values(String subject, String field, T @Nullable [] values) {
    if (values == null) {
      throw InvalidInputException.of(subject, field, "must not be null");
    }
    return listOf(java.util.Arrays.asList(values), subject, field);
  }

  /** A version number must not be negative: 0 means "not stored yet". */
  public static long version(long version, String subject) {
    if (version < 0) {
      throw InvalidInputException.of(subject, "version", "must not be negative");
    }
    return version;
  }
}
