package io.github.jiceng.governance.people;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.IdentityNumbers;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码) by GB 11643-1999: 18 characters — a 6-digit address code (the
 * county-level division of first registration, GB/T 2260), an 8-digit birth date (YYYYMMDD), a
 * 3-digit sequence (odd for men, even for women) and a check character computed by ISO 7064 MOD
 * 11-2, which may be {@code X}.
 *
 * <p>It is validated when created: length, characters, a known province in the address code, a real
 * birth date from 1900 on, and the check character. A lower-case {@code x} is accepted and stored
 * upper-case. Errors name the field and the problem, never the value.
 *
 * <p>Whether the number can belong to a living person depends on the day: on a given day the birth
 * date must not lie after it, and the age must not exceed {@value #MAX_AGE_YEARS} years. The forms
 * that take a day ({@link #of(String, String, LocalDate)}, {@link #problemWith(String, LocalDate)})
 * check that too; pass the day of the question or the facade's clock, never the system clock. The
 * forms without a day check the number alone.
 *
 * <p>It is personal data: {@link #toString()} masks it ({@code 3418**********123X}); only {@link
 * #value()} returns it whole, for storage and for authorised display.
 */
public final class IdentityNumber {
  private static final String SUBJECT = "IdentityNumber";

  /** The field name used in messages when no other is given. */
  public static final String FIELD = "identityNumber";

  /**
   * The greatest age a holder may have on the day asked. A plausibility bound chosen by the library
   * (no law sets one; the oldest verified person lived to 122), so that a mistyped century is
   * caught.
   */
  public static final int MAX_AGE_YEARS = 130;

  private final String value;

  private IdentityNumber(String value) {
    this.value = value;
  }

  /**
   * Parses and validates an identity number.
   *
   * @throws InvalidInputException naming the field {@value #FIELD} and what is wrong
   */
  public static IdentityNumber of(@Nullable String value) {
    return of(value, FIELD);
  }

  /**
   * Parses and validates an identity number, naming {@code field} in errors (for example {@code
   * residents[3].identityNumber}).
   *
   * @throws InvalidInputException naming {@code field} and what is wrong
   */
  public static IdentityNumber of(@Nullable String value, String field) {
    io.github.jiceng.governance.internal.Checks.required(field, SUBJECT, "field");
    String problem = problemWith(value);
    if (problem != null) {
      throw InvalidInputException.of(SUBJECT, field, problem);
    }
    return new IdentityNumber(CreditCode.upperAscii(java.util.Objects.requireNonNull(value)));
  }

  /**
   * Parses and validates an identity number as it can be held on {@code day}: valid, with a birth
   * date not after {@code day} and an age of at most {@value #MAX_AGE_YEARS} years on it.
   *
   * @throws InvalidInputException naming {@code field} and what is wrong
   */
  public static IdentityNumber of(@Nullable String value, String field, LocalDate day) {
    io.github.jiceng.governance.internal.Checks.required(field, SUBJECT, "field");
    requireDay(day);
    String problem = problemWith(value, day);
    if (problem != null) {
      throw InvalidInputException.of(SUBJECT, field, problem);
    }
    return new IdentityNumber(CreditCode.upperAscii(java.util.Objects.requireNonNull(value)));
  }

  /**
   * What is wrong with {@code value} as an identity number held on {@code day} (see {@link
   * #of(String, String, LocalDate)}), in words that do not repeat it; {@code null} if it is valid.
   */
  public static @Nullable String problemWith(@Nullable String value, LocalDate day) {
    requireDay(day);
    String problem = problemWith(value);
    if (problem != null) {
      return problem;
    }
    // valid, so neither the value nor its birth date is missing
    LocalDate birth =
        java.util.Objects.requireNonNull(birthDateOf(java.util.Objects.requireNonNull(value)));
    return problemOn(birth, day);
  }

  /**
   * What is wrong with this number on {@code day} (a birth date after it, an age above the bound);
   * null if nothing.
   */
  public @Nullable String problemOn(LocalDate day) {
    requireDay(day);
    return problemOn(birthDate(), day);
  }

  private static void requireDay(@Nullable LocalDate day) {
    if (day == null) {
      throw InvalidInputException.of(SUBJECT, "day", "must not be null");
    }
  }

  private static @Nullable String problemOn(LocalDate birth, LocalDate day) {
    if (birth.isAfter(day)) {
      return "the birth date (characters 7-14) lies after " + day;
    }
    if (!birth.plusYears(MAX_AGE_YEARS + 1L).isAfter(day)) {
      return "the holder would be older than " + MAX_AGE_YEARS + " years on " + day;
    }
    return null;
  }

  /** Whether {@code value} is a valid identity number. */
  public static boolean isValid(@Nullable String value) {
    return problemWith(value) == null;
  }

  /**
   * What is wrong with {@code value} as an identity number, in words that do not repeat it; {@code
   * null} if it is valid.
   */
  public static @Nullable String problemWith(@Nullable String value) {
    return IdentityNumbers.problemWith(value);
  }

  /**
   * The ISO 7064 MOD 11-2 check character for the first 17 digits of {@code digits}.
   *
   * @throws IllegalArgumentException if the first 17 characters are not digits
   */
  public static char checkCharacter(CharSequence digits) {
    return IdentityNumbers.checkCharacter(digits);
  }

  /** The whole number, unmasked. Handle with care: it is personal data. */
  public String value() {
    return value;
  }

  /** The masked form, for example {@code 3418**********123X}. */
  public String masked() {
    return Masking.identityNumber(value);
  }

  /** The six-digit address code: the county-level division of first registration. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /** The birth date encoded in characters 7 to 14. */
  public LocalDate birthDate() {
    LocalDate birth = birthDateOf(value);
    if (birth == null) {
      throw new IllegalStateException("validated on creation");
    }
    return birth;
  }

  /**
   * Age in whole years on {@code day}.
   *
   * @throws InvalidInputException if {@code day} is missing or before the birth date (there is no
   *     negative age)
   */
  public int ageOn(LocalDate day) {
    requireDay(day);
    if (day.isBefore(birthDate())) {
      throw InvalidInputException.of(
          SUBJECT, "day", "lies before the birth date: no age on that day");
    }
    return java.time.Period.between(birthDate(), day).getYears();
  }

  /** Whether the sequence code (character 17) is odd, which GB 11643 assigns to men. */
  public boolean isMale() {
    return (value.charAt(16) - '0') % 2 == 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdentityNumber that && value.equals(that.value);
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

  private static @Nullable LocalDate birthDateOf(String value) {
    return IdentityNumbers.birthDateOf(value);
  }
}
