package io.github.jiceng.governance.internal;

import io.github.jiceng.governance.InvalidInputException;
import java.util.ArrayList;
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
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      copy.add(required(list.get(i), subject, field + "[" + i + "]"));
    }
    return List.copyOf(copy);
  }

  /** A version number must not be negative: 0 means "not stored yet". */
  public static long version(long version, String subject) {
    if (version < 0) {
      throw InvalidInputException.of(subject, "version", "must not be negative");
    }
    return version;
  }
}
