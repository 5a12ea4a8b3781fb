package io.github.jiceng.governance.party;

import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An approval by the higher-level party organisation (上级党组织批准): of setting up a general branch or a
 * basic-level committee, or of an election held early or late.
 *
 * @param by who approved, for example "中共宣州区委组织部"
 * @param on the day of the approval
 */
public record Approval(@NotBlank @Size(max = 100) String by, LocalDate on) {

  public Approval {
    Checks.required(by, "Approval", "by");
    Checks.required(on, "Approval", "on");
  }

  /** An approval by {@code by} on {@code on}. */
  public static Approval of(String by, LocalDate on) {
    return new Approval(by, on);
  }

  @Override
  public String toString() {
    return by + " " + on;
  }
}
