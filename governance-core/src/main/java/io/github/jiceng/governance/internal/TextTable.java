package io.github.jiceng.governance.internal;

import io.github.jiceng.governance.base.TextWidth;
import java.util.List;

/** Plain-text tables for reports printed on a console, where CJK characters take two columns. */
public final class TextTable {
  private TextTable() {}

  /**
   * Appends one row: the first cell left-aligned in {@code first} columns, the others right-aligned
   * in {@code others} columns each.
   */
  public static void row(StringBuilder out, List<?> cells, int first, int others) {
    out.append(pad(String.valueOf(cells.get(0)), first, true));
    for (int i = 1; i < cells.size(); i++) {
      out.append(pad(String.valueOf(cells.get(i)), others, false));
    }
    out.append('\n');
  }

  /** Pads to a display width (at least one space); see {@link TextWidth}. */
  public static String pad(String text, int width, boolean left) {
    return TextWidth.pad(text, width, left);
  }
}
