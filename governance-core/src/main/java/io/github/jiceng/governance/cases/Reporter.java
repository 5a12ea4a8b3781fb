package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import io.github.jiceng.governance.people.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Who reported a case, so that the result can be fed back (反馈) and the resident asked to evaluate
 * it: personal data, masked in {@code toString}.
 *
 * @param name the reporter's name, 1 to 50 characters
 * @param phone the reporter's phone, or null
 */
public record Reporter(String name, @Nullable PhoneNumber phone) {

  /**
   * Checks the name.
   *
   * @throws InvalidInputException if it is blank or longer than 50 characters (never quoted)
   */
  public Reporter {
    Checks.required(name, "Reporter", "name");
    if (name.isBlank() || name.length() > 50) {
      throw InvalidInputException.of("Reporter", "name", "must be 1 to 50 characters");
    }
  }

  /** The name and phone, masked. */
  @Override
  public String toString() {
    return "Reporter[" + Masking.name(name) + (phone == null ? "" : ", " + phone.masked()) + "]";
  }
}
