package io.github.jiceng.governance.people;

import io.github.jiceng.governance.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's unified social credit code (统一社会信用代码) by GB 32100-2015: 18 characters from the
 * 31-character set {@code 0-9} and {@code A-Y} without {@code I, O, S, V, Z} — the registration
 * authority (1 character, for example {@code 5} for civil affairs, {@code 9} for market
 * regulation), the organisation category (1), the 6-digit division code of the registering
 * authority, the 9-character organisation code (GB 11714) and a check character computed modulo 31.
 *
 * <p>Validated on creation; lower case is accepted and stored upper-case. Credit codes identify
 * organisations, not people, and are public: {@link #toString()} shows them whole.
 */
public record CreditCode(String value) {
  private static final String SUBJECT = "CreditCode";

  /** The field name used in messages when no other is given. */
  public static final String FIELD = "creditCode";

  /** The 31 characters GB 32100 uses, in the order of their numeric values 0 to 30. */
  public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** Registration authorities of GB 32100 Table 1, by their code character. */
  public static final String AUTHORITIES = "123456789ANY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public CreditCode {
    String problem = problemWith(value);
    if (problem != null) {
      throw InvalidInputException.of(SUBJECT, FIELD, problem);
    }
    value = upperAscii(value);
  }

  /**
   * Parses and validates a credit code.
   *
   * @throws InvalidInputException naming the field and what is wrong
   */
  public static CreditCode of(@Nullable String value) {
    if (value == null) {
      throw InvalidInputException.of(SUBJECT, FIELD, "must not be null");
    }
    return new CreditCode(value);
  }

  /** Whether {@code value} is a valid credit code. */
  public static boolean isValid(@Nullable String value) {
    return problemWith(value) == null;
  }

  /** What is wrong with {@code value} as a credit code; {@code null} if it is valid. */
  public static @Nullable String problemWith(@Nullable String value) {
    if (value == null) {
      return "must not be null";
    }
    if (value.length() != 18) {
      return "must have 18 characters, has " + value.length();
    }
    // ASCII letters only: String.toUpperCase turns a ligature such as "ﬀ" into two letters, and
    // the length checked above would no longer be the length validated here
    String upper = upperAscii(value);
    for (int i = 0; i < 18; i++) {
      if (CHARACTERS.indexOf(upper.charAt(i)) < 0) {
        return "character " + (i + 1) + " is not one of 0-9 and A-Y without I, O, S, V, Z";
      }
    }
    if (AUTHORITIES.indexOf(upper.charAt(0)) < 0) {
      return "character 1 is not a registration authority code";
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(upper.charAt(i))) {
        return "characters 3-8 (the division code) must be digits";
      }
    }
    if (checkCharacter(upper) != upper.charAt(17)) {
      return "the check character (character 18) does not match (GB 32100, modulo 31)";
    }
    return null;
  }

  /**
   * The check character for the first 17 characters of {@code code}.
   *
   * @throws IllegalArgumentException if {@code code} is missing, shorter than 17 characters, or one
   *     of them is not in {@link #CHARACTERS} (lower-case letters are taken as upper-case)
   */
  public static char checkCharacter(CharSequence code) {
    if (code == null || code.length() < 17) {
      throw new IllegalArgumentException(
          "needs 17 credit-code characters, has " + (code == null ? 0 : code.length()));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = code.charAt(i);
      int v = CHARACTERS.indexOf(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
      if (v < 0) {
        throw new IllegalArgumentException(
            "character " + (i + 1) + " is not a credit-code character");
      }
      sum += v * WEIGHTS[i];
    }
    return CHARACTERS.charAt((31 - sum % 31) % 31);
  }

  /**
   * {@code value} with the ASCII letters a-z upper-cased and every other character left as it is.
   */
  static String upperAscii(String value) {
    char[] chars = value.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - 'a' + 'A');
      }
    }
    return new String(chars);
  }

  /** The registration authority's code character. */
  public char authority() {
    return value.charAt(0);
  }

  /** The six-digit division code of the registering authority. */
  public String regionCode() {
    return value.substring(2, 8);
  }

  /** The nine-character organisation code (GB 11714) inside the credit code. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  @Override
  public String toString() {
    return value;
  }
}
