package io.github.jiceng.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PolicyTest {
  private static final ParameterKey<Integer> DAYS =
      ParameterKey.of("test.days", Integer.class, Text.of("天数", "days"));
  private static final Citation LAW = Citation.of("《测试条例》", "第一条");

  private static ParameterVersion<Integer> version(
      int value, LocalDate from, LocalDate to, String label) {
    return ParameterVersion.of(
        value,
        to == null ? EffectivePeriod.from(from) : EffectivePeriod.between(from, to),
        LAW,
        label);
  }

  @Test
  void valueInForceOnEachDay() {
    Policy policy =
        Policy.builder("p", "1")
            .define(
                DAYS,
                version(30, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), "old"),
                version(15, LocalDate.of(2026, 1, 1), null, "new"))
            .build();

    assertThat(policy.valueAt(DAYS, LocalDate.of(2025, 12, 31)).value()).isEqualTo(30);
    assertThat(policy.valueAt(DAYS, LocalDate.of(2026, 1, 1)).value()).isEqualTo(15);
    assertThatThrownBy(() -> policy.valueAt(DAYS, LocalDate.of(2019, 12, 31)))
        .isInstanceOf(ParameterNotInForceException.class)
        .hasMessage("policy 'p' has no value of 'test.days' in force on 2019-12-31");
  }

  @Test
  void overlappingVersionsAreRejected() {
    assertThatThrownBy(
            () ->
                Policy.builder("p", "1")
                    .define(
                        DAYS,
                        version(30, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), "old"),
                        version(15, LocalDate.of(2026, 1, 1), null, "new")))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageContaining("version 'new' (2026-01-01 – ) overlaps version 'old'");
  }

  @Test
  void overrideCutsTheDefaultShortAndKeepsTheRest() {
    Policy national =
        Policy.builder("n", "1")
            .define(DAYS, version(30, LocalDate.of(2020, 1, 1), null, "national"))
            .build();
    Policy city =
        Policy.builder("c", "1")
            .basedOn(national)
            .override(
                DAYS,
                version(20, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "city 2024"))
            .build();

    assertThat(city.parameter(DAYS).orElseThrow().versions())
        .extracting(ParameterVersion::label, v -> v.period().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("national", "2020-01-01 – 2023-12-31"),
            org.assertj.core.groups.Tuple.tuple("city 2024", "2024-01-01 – 2024-12-31"),
            org.assertj.core.groups.Tuple.tuple("national", "2025-01-01 – "));
    assertThat(national.valueAt(DAYS, LocalDate.of(2024, 6, 1)).value()).isEqualTo(30);
  }

  @Test
  void aKeyOfAnotherTypeIsRejected() {
    Policy policy =
        Policy.builder("p", "1")
            .define(DAYS, version(30, LocalDate.of(2020, 1, 1), null, "v"))
            .build();
    ParameterKey<String> wrong = ParameterKey.of("test.days", String.class, Text.of("天数", "days"));

    assertThatThrownBy(() -> policy.parameter(wrong))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageContaining("holds Integer values, not String");
  }

  @Test
  void definingTwiceIsRejected() {
    Policy.Builder builder =
        Policy.builder("p", "1").define(DAYS, version(1, LocalDate.of(2020, 1, 1), null, "v"));
    assertThatThrownBy(() -> builder.define(DAYS, version(2, LocalDate.of(2020, 1, 1), null, "w")))
        .isInstanceOf(InvalidPolicyException.class);
  }

  @Test
  void badKeysAndPeriodsNameTheField() {
    assertThatThrownBy(() -> ParameterKey.of("Bad Key", Integer.class, Text.of("a", "b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(
            () -> EffectivePeriod.between(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("to: must not be before 'from'");
  }

  @Property
  void thresholdMinimumIsTheExactBoundary(
      @ForAll @IntRange(min = 1, max = 10) int numerator,
      @ForAll @IntRange(min = 1, max = 10) int extra,
      @ForAll boolean strict,
      @ForAll @IntRange(min = 1, max = 100_000) int whole) {
    int denominator = numerator + extra;
    Threshold threshold = new Threshold(numerator, denominator, strict);
    long minimum = threshold.minimumOf(whole);

    assertThat(threshold.isMetBy(minimum, whole)).isTrue();
    assertThat(threshold.isMetBy(minimum - 1, whole)).isFalse();
  }
}
