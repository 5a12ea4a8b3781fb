package io.github.jiceng.governance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
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

class CreditCodeTest {
  // The worked example of GB 32100-2015 appendix: 91350100M000100Y43.
  private static final String EXAMPLE = "91350100M000100Y43";

  @Test
  @DisplayName("the standard's worked example is valid and splits into its parts")
  void example() {
    CreditCode code = CreditCode.of(EXAMPLE.toLowerCase());

    assertThat(code.value()).isEqualTo(EXAMPLE);
    assertThat(code.authority()).isEqualTo('9');
    assertThat(code.regionCode()).isEqualTo("350100");
    assertThat(code.organizationCode()).isEqualTo("M000100Y4");
    assertThat(CreditCode.checkCharacter(EXAMPLE)).isEqualTo('3');
  }

  @Test
  @DisplayName(
      "each problem is named: length, character set (I, O, S, V, Z excluded), authority, division, check")
  void problems() {
    assertThat(CreditCode.problemWith("91350100M000100Y4")).contains("18 characters");
    assertThat(CreditCode.problemWith("91350100M000100I43")).contains("character 16");
    assertThat(CreditCode.problemWith("B1350100M000100Y43")).contains("registration authority");
    assertThat(CreditCode.problemWith("913501A0M000100Y43")).contains("division code");
    assertThat(CreditCode.problemWith("91350100M000100Y44")).contains("check character");
    assertThatThrownBy(() -> CreditCode.of(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("creditCode");
  }

  @Property
  @Label("every generated valid code passes")
  void validCodesPass(@ForAll("codes") String code) {
    assertThat(CreditCode.problemWith(code)).isNull();
  }

  @Property
  @Label("every single-character corruption of a valid code fails")
  void corruptionFails(
      @ForAll("codes") String code,
      @ForAll @IntRange(min = 0, max = 17) int position,
      @ForAll("characters") char replacement) {
    if (Character.toUpperCase(replacement) == code.charAt(position)) {
      return;
    }
    String corrupted = code.substring(0, position) + replacement + code.substring(position + 1);

    assertThat(CreditCode.isValid(corrupted)).isFalse();
  }

  @Provide
  Arbitrary<String> codes() {
    Arbitrary<Character> authority = Arbitraries.of('1', '5', '9', 'Y');
    Arbitrary<Character> category = Arbitraries.of('1', '2', '3', '9');
    Arbitrary<String> region = Arbitraries.strings().withChars("0123456789").ofLength(6);
    Arbitrary<String> organization =
        Arbitraries.strings().withChars(CreditCode.CHARACTERS).ofLength(9);
    return Combinators.combine(authority, category, region, organization)
        .as(
            (a, c, r, o) -> {
              String body = "" + a + c + r + o;
              return body + CreditCode.checkCharacter(body);
            });
  }

  @Provide
  Arbitrary<Character> characters() {
    return Arbitraries.chars().with((CreditCode.CHARACTERS + "IOSVZa-").toCharArray());
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName(
      "a ligature that upper-cases to two letters is refused, not read as a 19-character code; checkCharacter refuses short input with its documented exception")
  void normalisedLengthAndShortInput() {
    String ligature = "81332954T9B81KE\uFB00L5";

    org.assertj.core.api.Assertions.assertThat(CreditCode.isValid(ligature)).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CreditCode.of(ligature))
        .isInstanceOf(io.github.jiceng.governance.base.InvalidInputException.class)
        .hasMessageContaining("creditCode");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CreditCode.checkCharacter("4F1X3856"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 17");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdentityNumber.checkCharacter("4101"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 17");
    org.assertj.core.api.Assertions.assertThat(IdentityNumber.isValid("11010519491231002\uFB00"))
        .isFalse();
  }
}
