package io.github.jiceng.governance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * What the figures of the areas share (service figures, case figures): merging the lines that the
 * store counted for several areas by key, and writing a rate. Rows are printed with {@link
 * TextTable}. Not API.
 */
public final class FigureTables {
  private FigureTables() {}

  /**
   * Lines merged by key, ordered by key, and their total.
   *
   * @param <L> the line type
   */
  public record Merged<L>(List<L> lines, L total) {}

  /**
   * {@code parts} merged by {@code key} with {@code plus}, and all of them added to {@code empty}.
   */
  public static <L> Merged<L> merge(
      List<L> parts, Function<L, String> key, BinaryOperator<L> plus, L empty) {
    Map<String, L> byKey = new TreeMap<>();
    L total = empty;
    for (L part : parts) {
      byKey.merge(key.apply(part), part, plus);
      total = plus.apply(total, part);
    }
    return new Merged<>(new ArrayList<>(byKey.values()), total);
  }

  /** {@code 98.0 %}. */
  public static String percent(double rate) {
    return String.format(Locale.ROOT, "%.1f %%", rate * 100);
  }
}
