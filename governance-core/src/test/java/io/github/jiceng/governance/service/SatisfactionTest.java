package io.github.jiceng.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SatisfactionTest {

  @Test
  @DisplayName("five levels score 5 (非常满意) to 1 (非常不满意); three levels are the middle three")
  void scales() {
    assertThat(Satisfaction.scale(5))
        .containsExactly(
            Satisfaction.VERY_SATISFIED,
            Satisfaction.SATISFIED,
            Satisfaction.BASICALLY_SATISFIED,
            Satisfaction.DISSATISFIED,
            Satisfaction.VERY_DISSATISFIED);
    assertThat(Satisfaction.scale(3))
        .containsExactly(
            Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.DISSATISFIED);
    assertThat(Satisfaction.ofScore(5, 5)).isEqualTo(Satisfaction.VERY_SATISFIED);
    assertThat(Satisfaction.ofScore(1, 5)).isEqualTo(Satisfaction.VERY_DISSATISFIED);
    assertThat(Satisfaction.ofScore(3, 3)).isEqualTo(Satisfaction.SATISFIED);
    assertThat(Satisfaction.ofScore(1, 3)).isEqualTo(Satisfaction.DISSATISFIED);
    assertThat(Satisfaction.VERY_SATISFIED.onScale(3)).isFalse();
    assertThat(Satisfaction.SATISFIED.score(3)).isEqualTo(3);
    assertThat(Satisfaction.SATISFIED.score(5)).isEqualTo(4);
  }

  @Test
  @DisplayName("基本满意 and better count as satisfied, on either scale")
  void positives() {
    assertThat(Satisfaction.positives()).allMatch(Satisfaction::positive);
    assertThat(Satisfaction.DISSATISFIED.positive()).isFalse();
    assertThat(Satisfaction.VERY_DISSATISFIED.positive()).isFalse();
  }

  @Test
  @DisplayName(
      "a score off the scale, or a scale of another size, is a typed error naming the field")
  void offTheScale() {
    assertThatThrownBy(() -> Satisfaction.ofScore(4, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("score")
        .hasMessageContaining("must be 1 to 3 on a 3-level scale");
    assertThatThrownBy(() -> Satisfaction.ofScore(0, 5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Satisfaction.scale(4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("levels")
        .hasMessageContaining("must be 3 or 5");
  }

  @Test
  @DisplayName("the national default rates on five levels from 国办发〔2019〕51号 (3 December 2019)")
  void nationalDefault() {
    var version =
        NationalDefaults.policy()
            .valueAt(ServiceParameters.RATING_LEVELS, LocalDate.of(2026, 6, 30));
    assertThat(version.value()).isEqualTo(5);
    assertThat(version.period().from()).isEqualTo(LocalDate.of(2019, 12, 3));
    assertThat(version.citation().document()).contains("国办发〔2019〕51号");
    assertThat(
            NationalDefaults.policy()
                .findValue(ServiceParameters.RATING_LEVELS, LocalDate.of(2019, 12, 2)))
        .isNull();
  }
}
