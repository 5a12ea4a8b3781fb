package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.util.function.Function;

/**
 * One column of a table of figures: its header in Chinese and English and how a row's cell is
 * written. Defined once per figure, so that the text table and the HTML report show the same
 * columns with the same numbers.
 *
 * @param <R> the row type
 * @param header the header
 * @param cell the cell of a row, as printed ({@code 96.1 %}, {@code —} when there is nothing to
 *     divide by)
 * @param share the share 0 to 1 the cell shows, for a chart; null when the column is not a rate
 */
public record TableColumn<R>(
    Text header,
    Function<R, String> cell,
    @org.jspecify.annotations.Nullable Function<R, Double> share) {

  /** Checks the header and the cell. */
  public TableColumn {
    Checks.required(header, "TableColumn", "header");
    Checks.required(cell, "TableColumn", "cell");
  }

  /** A column of counts or words. */
  public static <R> TableColumn<R> of(String zh, String en, Function<R, String> cell) {
    return new TableColumn<>(Text.of(zh, en), cell, null);
  }

  /** A column of rates, written by {@code cell} and charted by {@code share}. */
  public static <R> TableColumn<R> rate(
      String zh, String en, Function<R, String> cell, Function<R, Double> share) {
    return new TableColumn<>(Text.of(zh, en), cell, Checks.required(share, "TableColumn", "share"));
  }

  /** The cell of {@code row}. */
  public String cellOf(R row) {
    return cell.apply(row);
  }
}
