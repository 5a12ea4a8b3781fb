package io.github.jiceng.governance.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The GB 11643-1999 checks of a citizen identity number, for {@code people.IdentityNumber} and for
 * {@link Checks#containsPersonalNumber}: here, at the bottom of the library, so that the argument
 * checks every package uses can recognise an identity number without depending on {@code people}.
 */
public final class IdentityNumbers {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  // Province-level prefixes of GB/T 2260, with 71 (Taiwan) and 81-83 (residence permits of Hong
  // Kong, Macao and Taiwan residents).
  private static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82", "83");
  private static final int FIRST_BIRTH_YEAR = 1900;

  private IdentityNumbers() {}

  /**
   * What is wrong with {@code value} as an identity number, in words that do not repeat it; {@code
   * null} if it is valid.
   */
  public static @Nullable String problemWith(@Nullable String value) {
    if (value == null) {
      return "must not be null";
    }
    if (value.length() != 18) {
      return "must have 18 characters, has " + value.length();
    }
    for (int i = 0; i < 17; i++) {
      if (!isDigit(value.charAt(i))) {
        return "characters 1-17 must be digits (character " + (i + 1) + " is not)";
      }
    }
    char last = Character.toUpperCase(value.charAt(17));
    if (!isDigit(last) && last != 'X') {
      return "character 18 must be a digit or X";
    }
    if (!PROVINCES.contains(value.substring(0, 2))) {
      return "the address code (characters 1-6) does not start with a known province code";
    }
    LocalDate birth = birthDateOf(value);
    if (birth == null) {
      return "the birth date (characters 7-14) is not a calendar date";
    }
    if (birth.getYear() < FIRST_BIRTH_YEAR) {
      return "the birth date (characters 7-14) is before " + FIRST_BIRTH_YEAR;
    }
    if (checkCharacter(value) != last) {
      return "the check character (character 18) does not match (ISO 7064 MOD 11-2)";
    }
    return null;
  }

  /**
   * The ISO 7064 MOD 11-2 check character for the first 17 digits of {@code digits}.
   *
   * @throws IllegalArgumentException if the first 17 characters are not digits
   */
  public static char checkCharacter(CharSequence digits) {
    if (digits == null || digits.length() < 17) {
      throw new IllegalArgumentException("needs 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = digits.charAt(i);
      if (!isDigit(c)) {
        throw new IllegalArgumentException("character " + (i + 1) + " is not a digit");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** The birth date in characters 7 to 14 of an 18-character number, or null if not a date. */
  public static @Nullable LocalDate birthDateOf(String value) {

    try {
      return LocalDate.of(
          Integer.parseInt(value.substring(6, 10)),
          Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
