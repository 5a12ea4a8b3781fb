package io.github.jiceng.governance.division;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.Optional;

/**
 * A 12-digit statistical division code (统计用区划代码): 6 digits of the county-level division (GB/T
 * 2260), 3 of the street or town, 3 of the community or village. A district's code ends in {@code
 * 000000}, a street's in {@code 000}. Example: {@code 341802001003}.
 *
 * <p>The code is validated when it is created: exactly twelve ASCII digits, a non-zero county part,
 * and no community part under a zero street part.
 *
 * @param value the twelve digits
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {
  private static final String SUBJECT = "DivisionCode";

  /** Which part of the hierarchy a code names, read off its trailing zeros. */
  public enum Tier {
    /** County level: district or county (区/县); code ends in 000000. */
    COUNTY,
    /** Street or town (街道/乡镇); code ends in 000. */
    STREET,
    /** Community or village (社区/村). */
    COMMUNITY
  }

  public DivisionCode {
    if (value == null) {
      throw InvalidInputException.of(SUBJECT, "code", "must not be null");
    }
    if (value.length() != 12) {
      throw InvalidInputException.of(
          SUBJECT, "code", "must have 12 digits, has " + value.length() + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw InvalidInputException.of(
            SUBJECT, "code", "must contain only digits 0-9 (position " + (i + 1) + " is not)");
      }
    }
    if (value.startsWith("000000")) {
      throw InvalidInputException.of(
          SUBJECT, "code", "county part (digits 1-6) must not be 000000");
    }
    if (value.startsWith("000", 6) && !value.startsWith("000", 9)) {
      throw InvalidInputException.of(
          SUBJECT, "code", "a community part (digits 10-12) needs a street part (digits 7-9)");
    }
  }

  /**
   * Parses a code.
   *
   * @throws InvalidInputException if it is not a valid 12-digit division code
   */
  public static DivisionCode of(String value) {
    return new DivisionCode(value);
  }

  /** The tier the code names. */
  public Tier tier() {
    if (value.endsWith("000000")) {
      return Tier.COUNTY;
    }
    return value.endsWith("000") ? Tier.STREET : Tier.COMMUNITY;
  }

  /** The six-digit county-level code (GB/T 2260). */
  public String countyCode() {
    return value.substring(0, 6);
  }

  /** The code of the division directly above, if this is not a county-level code. */
  public Optional<DivisionCode> parent() {
    return switch (tier()) {
      case COUNTY -> Optional.empty();
      case STREET -> Optional.of(new DivisionCode(value.substring(0, 6) + "000000"));
      case COMMUNITY -> Optional.of(new DivisionCode(value.substring(0, 9) + "000"));
    };
  }

  /** Whether this code lies under {@code ancestor} (a code is not within itself). */
  public boolean isWithin(DivisionCode ancestor) {
    Checks.required(ancestor, "DivisionCode.isWithin", "ancestor");
    String prefix =
        switch (ancestor.tier()) {
          case COUNTY -> ancestor.value.substring(0, 6);
          case STREET -> ancestor.value.substring(0, 9);
          case COMMUNITY -> ancestor.value;
        };
    return !equals(ancestor) && value.startsWith(prefix);
  }

  @Override
  public int compareTo(DivisionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
