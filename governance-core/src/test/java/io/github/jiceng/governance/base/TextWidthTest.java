package io.github.jiceng.governance.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextWidthTest {

  @ParameterizedTest(name = "\"{0}\" takes {1} columns")
  @CsvSource({"abc, 3", "社区, 4", "《条例》, 8", "一、二。, 8", "ＡＰＰ, 6", "第5条, 5", "—, 1"})
  @DisplayName(
      "CJK ideographs, CJK punctuation and full-width forms take two columns; Latin letters, digits and dashes one")
  void widths(String text, int columns) {
    assertThat(TextWidth.of(text)).isEqualTo(columns);
  }

  @Test
  @DisplayName(
      "rows padded by display width line up, whatever mix of 《》、。 and Latin text they hold")
  void rowsLineUp() {
    String[] cells = {"《居委会组织法》", "第二条、第三条。", "art. 2", "城东"};

    for (String cell : cells) {
      assertThat(TextWidth.of(TextWidth.pad(cell, 20, true))).isEqualTo(20);
      assertThat(TextWidth.pad(cell, 20, false)).endsWith(cell);
    }
    assertThat(TextWidth.pad("很长很长很长的名称", 4, true)).endsWith(" ");
  }

  @Test
  @DisplayName("a missing text is a typed error naming it")
  void nullText() {
    assertThatThrownBy(() -> TextWidth.of(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("text");
  }
}
