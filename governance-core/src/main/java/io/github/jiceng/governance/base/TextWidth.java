package io.github.jiceng.governance.base;

/**
 * How many columns a text takes on a console or in a fixed-width report, where a Chinese character
 * takes two: for lining up tables of Chinese names and numbers ({@code String.format("%-8s")}
 * counts characters, not columns, and misaligns them).
 */
public final class TextWidth {
  private TextWidth() {}

  /**
   * {@code text} padded with spaces to {@code width} columns (at least one space), on the right
   * when {@code left} (left-aligned), else on the left.
   */
  public static String pad(String text, int width, boolean left) {
    if (text == null) {
      throw InvalidInputException.of("TextWidth", "text", "must not be null");
    }
    String space = " ".repeat(Math.max(1, width - of(text)));
    return left ? text + space : space + text;
  }

  /**
   * The columns {@code text} takes on a console: two for each East Asian wide or full-width
   * character (Unicode UAX #11) — ideographs, CJK punctuation such as 《》、。, kana, Hangul,
   * full-width forms — and one for every other.
   */
  public static int of(String text) {
    if (text == null) {
      throw InvalidInputException.of("TextWidth", "text", "must not be null");
    }
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }
}
