package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A body cases are dispatched to (责任单位): a department, a street office, a utility. A body that
 * merged or closed is never removed: it stays in the routing history and takes no case from the day
 * it closed (as FixMyStreet keeps inactive and deleted contacts).
 *
 * @param code its key, e.g. {@code xuanzhou-lights}
 * @param name its name, e.g. {@code 宣州区路灯管理所}
 * @param closedOn the day from which it takes no new case, or null while it is open
 */
public record ResponsibleBody(String code, String name, @Nullable LocalDate closedOn) {

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if the code is not a key or the name is blank or over 100
   */
  public ResponsibleBody {
    Checks.key(code, "ResponsibleBody", "code");
    Checks.required(name, "ResponsibleBody", "name");
    if (name.isBlank() || name.length() > 100) {
      throw InvalidInputException.of("ResponsibleBody", "name", "must be 1 to 100 characters");
    }
  }

  /** An open body. */
  public static ResponsibleBody open(String code, String name) {
    return new ResponsibleBody(code, name, null);
  }

  /** The code, the name (a body's, not a person's) and when it closed. */
  @Override
  public String toString() {
    return "ResponsibleBody["
        + code
        + " "
        + name
        + (closedOn == null ? "" : ", closed " + closedOn)
        + "]";
  }

  /** Whether it takes new cases on {@code day}. */
  public boolean takesCasesOn(LocalDate day) {
    Checks.required(day, "ResponsibleBody.takesCasesOn", "day");
    return closedOn == null || day.isBefore(closedOn);
  }
}
