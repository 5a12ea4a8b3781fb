package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule or a number comes from: a law, regulation or local document, and optionally the
 * article. Example: {@code 《中华人民共和国城市居民委员会组织法》(1989, 2018年修正) 第六条}.
 *
 * @param document the document's name as it is usually cited, never blank
 * @param article the article or section, or {@code null} when the whole document is meant
 */
public record Citation(String document, @Nullable String article) {

  public Citation {
    if (document == null || document.isBlank()) {
      throw InvalidInputException.of("Citation", "document", "must not be blank");
    }
    if (article != null && article.isBlank()) {
      article = null;
    }
  }

  /** A citation of a document and one of its articles. */
  public static Citation of(String document, String article) {
    return new Citation(document, article);
  }

  /** A citation of a whole document. */
  public static Citation of(String document) {
    return new Citation(document, null);
  }

  @Override
  public String toString() {
    return article == null ? document : document + " " + article;
  }
}
