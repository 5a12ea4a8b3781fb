package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What the grid rules look at, counted for one grid on one day. {@code GridDesk} counts them from
 * stored records; a test can state them directly.
 *
 * @param grid the grid's name or code, used in the decision's subject
 * @param setting urban or rural
 * @param kind comprehensive or dedicated
 * @param households households placed in the grid
 * @param residents residents of those households
 * @param primaryWorkers primary grid workers in post on the day
 * @param partyCover the party organisation placed in the grid, or the designated party contact;
 *     {@code null} if neither
 */
public record GridFacts(
    String grid,
    GridSetting setting,
    GridKind kind,
    int households,
    int residents,
    int primaryWorkers,
    @Nullable String partyCover) {
  private static final String SUBJECT = "GridFacts";

  public GridFacts {
    Checks.required(grid, SUBJECT, "grid");
    Checks.required(setting, SUBJECT, "setting");
    Checks.required(kind, SUBJECT, "kind");
    if (households < 0 || residents < 0 || primaryWorkers < 0) {
      throw InvalidInputException.of(
          SUBJECT, "households, residents, primaryWorkers", "must not be negative");
    }
  }
}
