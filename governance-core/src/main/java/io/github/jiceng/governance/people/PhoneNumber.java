package io.github.jiceng.governance.people;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A phone number in mainland China: an 11-digit mobile number ({@code 1[3-9]} followed by 9 digits)
 * or a landline with its area code ({@code 0} and 2 or 3 more digits, then 7 or 8 digits). Spaces
 * and hyphens are accepted and dropped.
 *
 * <p>Personal data: {@link #toString()} masks it ({@code 138****5678}); only {@link #value()}
 * returns it whole.
 */
public final class PhoneNumber {
  private static final String SUBJECT = "PhoneNumber";

  /** The field name used in messages when no other is given. */
  public static final String FIELD = "phone";

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");

  private final String value;

  private PhoneNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a phone number.
   *
   * @throws InvalidInputException naming the field {@value #FIELD} and what is wrong
   */
  public static PhoneNumber of(@Nullable String value) {
    return of(value, FIELD);
  }

  /**
   * Parses a phone number, naming {@code field} in errors.
   *
   * @throws InvalidInputException naming {@code field} and what is wrong
   */
  public static PhoneNumber of(@Nullable String value, String field) {
    Checks.required(field, SUBJECT, "field");
    if (value == null) {
      throw InvalidInputException.of(SUBJECT, field, "must not be null");
    }
    String digits = value.replace(" ", "").replace("-", "");
    if (!MOBILE.matcher(digits).matches() && !LANDLINE.matcher(digits).matches()) {
      throw InvalidInputException.of(
          SUBJECT,
          field,
          "must be an 11-digit mobile number starting 13-19, or a landline with its area code");
    }
    return new PhoneNumber(digits);
  }

  /** Whether this is a mobile number. */
  public boolean isMobile() {
    return value.charAt(0) == '1';
  }

  /** The digits, unmasked. Handle with care: it is personal data. */
  public String value() {
    return value;
  }

  /** The masked form, for example {@code 138****5678}. */
  public String masked() {
    return Masking.phone(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The masked form; never the whole number. */
  @Override
  public String toString() {
    return masked();
  }
}
