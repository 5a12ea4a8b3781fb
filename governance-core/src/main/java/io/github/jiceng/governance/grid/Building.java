package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A building (楼栋) of a grid, with its number of entrances or units (单元). A building belongs to one
 * grid; its households name it by {@link #id()}.
 *
 * @param id the building's key within its community, for example {@code B03}
 * @param name its name, for example "锦绣苑3栋"
 * @param units the number of units (entrances), 1 or more
 */
public record Building(
    @NotBlank @Size(max = 40) String id, @NotBlank @Size(max = 100) String name, int units) {
  private static final String SUBJECT = "Building";

  public Building {
    Checks.required(id, SUBJECT, "id");
    Checks.required(name, SUBJECT, "name");
    if (units < 1) {
      throw InvalidInputException.of(SUBJECT, "units", "must be at least 1");
    }
  }
}
