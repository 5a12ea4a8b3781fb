package io.github.jiceng.governance.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DivisionCodeTest {

  @Test
  void tiersAndParents() {
    DivisionCode community = DivisionCode.of("341802001003");

    assertThat(community.tier()).isEqualTo(DivisionCode.Tier.COMMUNITY);
    assertThat(community.parent()).contains(DivisionCode.of("341802001000"));
    assertThat(community.parent().orElseThrow().parent()).contains(DivisionCode.of("341802000000"));
    assertThat(DivisionCode.of("341802000000").parent()).isEmpty();
    assertThat(community.isWithin(DivisionCode.of("341802000000"))).isTrue();
    assertThat(community.isWithin(DivisionCode.of("341802002000"))).isFalse();
    assertThat(community.isWithin(community)).isFalse();
    assertThat(community.countyCode()).isEqualTo("341802");
  }

  @Test
  void invalidCodesNameTheProblem() {
    assertThatThrownBy(() -> DivisionCode.of("34180200100"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid DivisionCode: code: must have 12 digits, has 11 characters");
    assertThatThrownBy(() -> DivisionCode.of("34180200100X")).hasMessageContaining("position 12");
    assertThatThrownBy(() -> DivisionCode.of("000000001001")).hasMessageContaining("county part");
    assertThatThrownBy(() -> DivisionCode.of("341802000001"))
        .hasMessageContaining("needs a street part");
    assertThatThrownBy(() -> DivisionCode.of(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void levelMustMatchCode() {
    assertThatThrownBy(
            () -> AdministrativeDivision.of("341802001000", "城东社区", DivisionLevel.COMMUNITY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid AdministrativeDivision: code: is a street-tier code, which does not fit level COMMUNITY");
  }

  @Property
  void everyValidCodeParsesAndItsParentContainsIt(@ForAll("communityCodes") String code) {
    DivisionCode parsed = DivisionCode.of(code);
    assertThat(parsed.value()).isEqualTo(code);
    assertThat(parsed.isWithin(parsed.parent().orElseThrow())).isTrue();
    assertThat(parsed.isWithin(parsed.parent().orElseThrow().parent().orElseThrow())).isTrue();
  }

  @Property
  void replacingAnyDigitWithANonDigitFails(
      @ForAll("communityCodes") String code,
      @ForAll("positions") int position,
      @ForAll("nonDigits") char bad) {
    String corrupted = code.substring(0, position) + bad + code.substring(position + 1);
    assertThatThrownBy(() -> DivisionCode.of(corrupted)).isInstanceOf(InvalidInputException.class);
  }

  @Provide
  Arbitrary<String> communityCodes() {
    Arbitrary<String> county = Arbitraries.integers().between(110000, 829999).map(String::valueOf);
    Arbitrary<String> street =
        Arbitraries.integers().between(1, 999).map(i -> String.format("%03d", i));
    Arbitrary<String> community =
        Arbitraries.integers().between(1, 999).map(i -> String.format("%03d", i));
    return net.jqwik.api.Combinators.combine(county, street, community).as((a, b, c) -> a + b + c);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 11);
  }

  @Provide
  Arbitrary<Character> nonDigits() {
    return Arbitraries.chars().filter(c -> c < '0' || c > '9');
  }
}
