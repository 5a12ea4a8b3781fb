package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.util.ArrayList;
import java.util.List;

/**
 * A kind of work that is never admitted, whatever list its item is on (rule A6) — for example the
 * Hunan "八个不得": investment or tax quotas, making the community the responsible party for law
 * enforcement or demolition, responsibility contracts and one-vote vetoes, assigning work through
 * app registrations, screenshots or videos as proof of work.
 *
 * <h2>How a prohibited kind meets a request</h2>
 *
 * A6 does not rest on the department declaring what it asks for. A kind <em>covers</em> a request,
 * on a day it is in force, when any of these holds:
 *
 * <ol>
 *   <li>the request declares the kind's code among its {@link TaskRequest#demands()};
 *   <li>the request's title contains one of the kind's {@link #words()};
 *   <li>the request claims a list item that the kind covers: the item declares the kind's code
 *       among its {@link WorkItem#kinds()}, its category is one of the kind's {@link
 *       #categories()}, or its title contains one of the kind's words.
 * </ol>
 *
 * <p>Texts are compared after the same normalisation on both sides ({@link #normalise}): Unicode
 * NFKC (full-width letters and digits become half-width), Latin letters lower-cased, and every
 * space removed. A word matches when it appears anywhere in the title so normalised — "招商引资"
 * matches "2026年招商引资任务分解", "app" matches "下载ＡＰＰ注册" — and a category matches when it is equal to the
 * item's. Nothing else is inferred: no synonyms, no word splitting. The static check refuses a
 * DUTY, ASSIST or CERTIFICATE item that a kind covers (PROHIBITED_ITEM), so a policy cannot admit
 * through its own lists what it prohibits.
 *
 * @param code a short code such as {@code QUOTA}
 * @param title what is prohibited, in the words of the source
 * @param citation the source
 * @param period when the prohibition is in force
 * @param words words or phrases that, found in a title, mean this kind (for example 招商引资, 协税护税,
 *     一票否决, 截图); may be empty
 * @param categories item categories that are wholly this kind (for example 经济指标); may be empty
 */
public record ProhibitedKind(
    String code,
    String title,
    Citation citation,
    EffectivePeriod period,
    List<String> words,
    List<String> categories) {

  public ProhibitedKind {
    code = WorkItem.codeOf(code, "ProhibitedKind", "code");
    String subject = "ProhibitedKind " + code;
    title = WorkItem.nonBlank(title, subject, "title");
    Checks.required(citation, subject, "citation");
    Checks.required(period, subject, "period");
    words = texts(words, subject, "words");
    categories = texts(categories, subject, "categories");
  }

  /** A prohibited kind matched by declared codes only (no words, no categories). */
  public ProhibitedKind(String code, String title, Citation citation, EffectivePeriod period) {
    this(code, title, citation, period, List.of(), List.of());
  }

  /**
   * Creates a prohibited kind matched by declared codes only; add words with {@link #withWords}.
   */
  public static ProhibitedKind of(
      String code, String title, Citation citation, EffectivePeriod period) {
    return new ProhibitedKind(code, title, citation, period);
  }

  /** The same kind, also matched by these words in a title. */
  public ProhibitedKind withWords(String... more) {
    return new ProhibitedKind(
        code, title, citation, period, concat(words, more, "words"), categories);
  }

  /** The same kind, also covering items of these categories. */
  public ProhibitedKind withCategories(String... more) {
    return new ProhibitedKind(
        code, title, citation, period, words, concat(categories, more, "categories"));
  }

  /**
   * A text as A6 compares it: NFKC, Latin letters lower-cased, spaces removed. Plain Chinese text
   * without spaces is returned as it is, without copying.
   */
  public static String normalise(String text) {
    Checks.required(text, "ProhibitedKind.normalise", "text");
    if (isNormal(text)) {
      return text;
    }
    String folded =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
            .toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Whether {@link #normalise} would leave {@code text} unchanged: CJK ideographs, lower-case
   * ASCII, digits and common signs.
   */
  private static boolean isNormal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ideograph = c >= '\u4E00' && c <= '\u9FFF';
      boolean plain = c > ' ' && c < 0x7F && !(c >= 'A' && c <= 'Z');
      if (!ideograph && !plain) {
        return false;
      }
    }
    return true;
  }

  private static List<String> texts(List<String> values, String subject, String field) {
    List<String> list = Checks.listOf(values, subject, field);
    List<String> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String value = list.get(i) == null ? "" : normalise(list.get(i));
      if (value.isEmpty()) {
        throw InvalidInputException.of(subject, field + "[" + i + "]", "must not be blank");
      }
      if (!result.contains(value)) {
        result.add(value);
      }
    }
    return List.copyOf(result);
  }

  private List<String> concat(List<String> values, String[] more, String field) {
    Checks.required(more, "ProhibitedKind " + code, field);
    List<String> all = new ArrayList<>(values);
    all.addAll(java.util.Arrays.asList(more));
    return all;
  }
}
