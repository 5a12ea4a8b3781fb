package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;

/**
 * A short text in Chinese and English. Rule titles, reasons and outcomes carry both, so that an
 * explanation can be printed for a street-office clerk (中文) or for a developer (English).
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record Text(String zh, String en) {

  public Text {
    if (zh == null || zh.isBlank()) {
      throw InvalidInputException.of("Text", "zh", "must not be blank");
    }
    if (en == null || en.isBlank()) {
      throw InvalidInputException.of("Text", "en", "must not be blank");
    }
  }

  /** Creates a text from its Chinese and English forms. */
  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  /** The text in the given language. */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }

  /** Both forms, Chinese first: {@code 中文 / English}. */
  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
