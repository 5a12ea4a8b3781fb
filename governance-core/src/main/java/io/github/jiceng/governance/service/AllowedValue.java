package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;

/**
 * One value a list attribute allows (Open311 {@code values[]}): the key sent, the name shown.
 *
 * @param key what a request sends, 1 to 64 characters without a comma
 * @param name what a person reads
 */
public record AllowedValue(String key, String name) {
  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if the key is blank, too long or holds a comma, or the name is
   *     blank
   */
  public AllowedValue {
    Checks.required(key, "AllowedValue", "key");
    Checks.required(name, "AllowedValue", "name");
    if (key.isBlank() || key.length() > 64 || key.indexOf(',') >= 0) {
      throw InvalidInputException.of(
          "AllowedValue", "key", "must be 1 to 64 characters, without a comma");
    }
    if (name.isBlank()) {
      throw InvalidInputException.of("AllowedValue", "name", "must not be blank");
    }
  }

  /** The key and its name: an item's label, not personal data. */
  @Override
  public String toString() {
    return key + "=" + name;
  }
}
