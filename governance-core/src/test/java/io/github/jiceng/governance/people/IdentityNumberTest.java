package io.github.jiceng.governance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdentityNumberTest {
  // A published GB 11643 example: 11010519491231002X (Beijing Chaoyang, born 1949-12-31, female).
  private static final String EXAMPLE = "11010519491231002X";

  @Test
  @DisplayName("the standard's example is valid: region, birth date, sex; lower-case x is accepted")
  void example() {
    IdentityNumber number = IdentityNumber.of(EXAMPLE.toLowerCase());

    assertThat(number.value()).isEqualTo(EXAMPLE);
    assertThat(number.regionCode()).isEqualTo("110105");
    assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(number.isMale()).isFalse();
    assertThat(number.ageOn(LocalDate.of(2026, 11, 22))).isEqualTo(76);
    assertThat(number).hasToString("1101**********002X").isEqualTo(IdentityNumber.of(EXAMPLE));
  }

  @Test
  @DisplayName(
      "each problem is named — length, characters, province, date, year, check — and the value never appears")
  void problems() {
    assertProblem(null, "must not be null");
    assertProblem("1101051949123100", "must have 18 characters, has 16");
    assertProblem("11010519491231A02X", "characters 1-17 must be digits (character 15 is not)");
    assertProblem("11010519491231002Y", "character 18 must be a digit or X");
    assertProblem(withCheck("99010519491231002"), "known province code");
    assertProblem(withCheck("11010519490231002"), "is not a calendar date");
    assertProblem(withCheck("11010518991231002"), "is before 1900");
    assertProblem("110105194912310021", "check character");
  }

  @Property
  @Label("every generated valid number passes and keeps its birth date")
  void validNumbersPass(@ForAll("numbers") String number) {
    assertThat(IdentityNumber.problemWith(number)).isNull();
    assertThat(IdentityNumber.of(number).birthDate().format(DateTimeFormatter.BASIC_ISO_DATE))
        .isEqualTo(number.substring(6, 14));
  }

  @Property
  @Label("every single-character corruption of a valid number fails")
  void corruptionFails(
      @ForAll("numbers") String number,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll("characters") char replacement) {
    char original = number.charAt(position);
    if (Character.toUpperCase(replacement) == original) {
      return;
    }
    String corrupted = number.substring(0, position) + replacement + number.substring(position + 1);

    assertThat(IdentityNumber.isValid(corrupted)).isFalse();
    assertThatThrownBy(() -> IdentityNumber.of(corrupted))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining(corrupted)
        .hasMessageContaining("identityNumber");
  }

  @Test
  @DisplayName(
      "on a day, a birth date after it is invalid (one born 2099 has no age in 2026); the day of birth itself is valid")
  void birthDateAfterTheDay() {
    String born2099 = withCheck("34180220990101002");
    String bornToday = withCheck("34180220261201002");
    LocalDate day = LocalDate.of(2026, 12, 1);

    assertThat(IdentityNumber.problemWith(born2099)).isNull(); // the number alone is well formed
    assertThat(IdentityNumber.problemWith(born2099, day))
        .isEqualTo("the birth date (characters 7-14) lies after 2026-12-01");
    assertThat(IdentityNumber.problemWith(bornToday, day)).isNull();
    assertThat(IdentityNumber.problemWith(bornToday, day.minusDays(1)))
        .contains("lies after 2026-11-30");
    assertThatThrownBy(() -> IdentityNumber.of(born2099, "rows[7].identityNumber", day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rows[7].identityNumber")
        .hasMessageNotContaining(born2099)
        .hasMessageNotContaining("20990101");
    assertThatThrownBy(() -> IdentityNumber.of(born2099).ageOn(day))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("before the birth date");
    assertThat(IdentityNumber.of(bornToday).ageOn(day)).isZero();
  }

  @Test
  @DisplayName(
      "an age above the documented maximum (130) on the day is invalid; exactly 130 is valid")
  void ageAboveTheMaximum() {
    String born1900 = withCheck("11010519000101002");

    assertThat(IdentityNumber.MAX_AGE_YEARS).isEqualTo(130);
    assertThat(IdentityNumber.problemWith(born1900, LocalDate.of(2030, 12, 31))).isNull();
    assertThat(IdentityNumber.problemWith(born1900, LocalDate.of(2031, 1, 1)))
        .contains("older than 130 years on 2031-01-01");
  }

  @Test
  @DisplayName(
      "a check that needs a day refuses a missing day with a typed error, not a NullPointerException")
  void missingDay() {
    assertThatThrownBy(() -> IdentityNumber.problemWith(EXAMPLE, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("day");
    assertThatThrownBy(() -> IdentityNumber.of(EXAMPLE).ageOn(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("day");
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> region =
        Arbitraries.of("110105", "341802", "330106", "440305", "510107", "650102", "810000");
    Arbitrary<LocalDate> birth =
        Arbitraries.integers().between(0, 45_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    Arbitrary<String> sequence =
        Arbitraries.integers().between(0, 999).map(i -> String.format("%03d", i));
    return Combinators.combine(region, birth, sequence)
        .as((r, b, s) -> withCheck(r + b.format(DateTimeFormatter.BASIC_ISO_DATE) + s));
  }

  @Provide
  Arbitrary<Character> characters() {
    return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', 'x', 'A', ' ');
  }

  static String withCheck(String body) {
    return body + IdentityNumber.checkCharacter(body);
  }

  private static void assertProblem(String value, String problem) {
    assertThat(IdentityNumber.problemWith(value)).contains(problem);
    assertThatThrownBy(() -> IdentityNumber.of(value, "residents[3].identityNumber"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("residents[3].identityNumber")
        .satisfies(
            e -> {
              if (value != null) {
                assertThat(e.getMessage())
                    .doesNotContain(value)
                    .doesNotContain(value.substring(0, 10));
              }
            });
  }
}
