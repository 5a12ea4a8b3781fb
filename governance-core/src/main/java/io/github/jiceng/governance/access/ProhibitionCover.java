package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Text;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * That a prohibited kind covers an item or a request, and how: the one matching that rule A6 and
 * the static check share, as {@link ProhibitedKind} documents it.
 *
 * @param kind the prohibited kind
 * @param how how it was matched, for explanations ("the item's title contains 招商引资")
 */
record ProhibitionCover(ProhibitedKind kind, Text how) {

  /** How {@code kind} covers {@code item}, or null if it does not (periods are not looked at). */
  static @Nullable ProhibitionCover ofItem(ProhibitedKind kind, WorkItem item) {
    String code = item.code();
    if (item.kinds().contains(kind.code())) {
      return new ProhibitionCover(
          kind, Text.of("事项 " + code + " 自身标明属此类", "item " + code + " declares itself this kind"));
    }
    String category = ProhibitedKind.normalise(item.category());
    if (kind.categories().contains(category)) {
      return new ProhibitionCover(
          kind,
          Text.of(
              "事项 " + code + " 的类别为“" + item.category() + "”",
              "item " + code + " is of category " + item.category()));
    }
    String word = wordIn(kind, ProhibitedKind.normalise(item.title()));
    return word == null
        ? null
        : new ProhibitionCover(
            kind,
            Text.of(
                "事项 " + code + " 的名称含“" + word + "”",
                "the title of item " + code + " contains '" + word + "'"));
  }

  /** How {@code kind} covers the request itself (its declared demands or its title), or null. */
  static @Nullable ProhibitionCover ofRequest(
      ProhibitedKind kind, TaskRequest request, String normalisedTitle) {
    if (request.demands().contains(kind.code())) {
      return new ProhibitionCover(kind, Text.of("申请声明含此类要求", "the request declares this demand"));
    }
    String word = wordIn(kind, normalisedTitle);
    return word == null
        ? null
        : new ProhibitionCover(
            kind, Text.of("申请名称含“" + word + "”", "the request's title contains '" + word + "'"));
  }

  /** The first of the kind's words that {@code normalised} contains, or null. */
  static @Nullable String wordIn(ProhibitedKind kind, String normalised) {
    List<String> words = kind.words();
    for (int i = 0; i < words.size(); i++) {
      if (normalised.contains(words.get(i))) {
        return words.get(i);
      }
    }
    return null;
  }

  /** The kinds of {@code kinds} that cover {@code item}, each once. */
  static List<ProhibitionCover> ofItem(List<ProhibitedKind> kinds, WorkItem item) {
    List<ProhibitionCover> covers = new ArrayList<>(0);
    for (ProhibitedKind kind : kinds) {
      ProhibitionCover cover = ofItem(kind, item);
      if (cover != null) {
        covers.add(cover);
      }
    }
    return covers;
  }
}
