package io.github.jiceng.governance.service;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;

/**
 * A checked value of one request attribute, in normal text form. Personal values show masked in
 * {@link #toString()} and {@link #masked()}; {@link #value()} returns them whole.
 *
 * @param code the attribute's code
 * @param type its type
 * @param value the value in normal form
 * @param personal whether it is personal data
 */
public record AttributeValue(String code, AttributeType type, String value, boolean personal) {

  /** Checks the fields are present. */
  public AttributeValue {
    Checks.required(code, "AttributeValue", "code");
    Checks.required(type, "AttributeValue", "type");
    Checks.required(value, "AttributeValue", "value");
  }

  /** The value as logs and screens without a purpose show it. */
  public String masked() {
    if (!personal) {
      return value;
    }
    return switch (type) {
      case IDENTITY_NUMBER -> Masking.identityNumber(value);
      case PHONE -> Masking.phone(value);
      default -> Masking.name(value);
    };
  }

  @Override
  public String toString() {
    return code + "=" + masked();
  }
}
