package io.github.jiceng.governance.cases;

import java.util.List;
import java.util.Optional;

/**
 * How a routing table routed a case: the line that decided, and why every other line did not.
 *
 * @param chosen the deciding line, or empty if no line covers the case
 * @param considered every line of the table, each with why it was or was not chosen, the chosen one
 *     first, then those that applied but were less specific, then the rest
 */
public record Routing(Optional<RoutingEntry> chosen, List<Considered> considered) {

  /** Checks and copies the fields. */
  public Routing {
    io.github.jiceng.governance.internal.Checks.required(chosen, "Routing", "chosen");
    considered =
        io.github.jiceng.governance.internal.Checks.listOf(considered, "Routing", "considered");
  }

  /** Why a line was or was not chosen. */
  public enum Verdict {
    /** It decided: the most specific line in force for the place and the category. */
    CHOSEN,
    /** It covers the case, but a more specific line does too. */
    LESS_SPECIFIC,
    /** Its body closed before the day: it takes no new case. */
    BODY_CLOSED,
    /** It is not in force on the day. */
    NOT_IN_FORCE,
    /** It is for another place. */
    OTHER_PLACE,
    /** It is for another category. */
    OTHER_CATEGORY
  }

  /**
   * One line and its verdict.
   *
   * @param entry the line
   * @param verdict why it was or was not chosen
   */
  public record Considered(RoutingEntry entry, Verdict verdict) {}

  /** The body the case goes to, if a line decided. */
  public Optional<String> body() {
    return chosen.map(RoutingEntry::body);
  }

  /** The decision in words: the deciding line, then each line that also applied. */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(
        chosen
            .map(e -> "派遣 / routed to " + e.body() + " by " + e)
            .orElse("无责任单位 / no line of the table covers the case"));
    for (Considered c : considered) {
      if (c.verdict() != Verdict.CHOSEN
          && c.verdict() != Verdict.OTHER_PLACE
          && c.verdict() != Verdict.OTHER_CATEGORY) {
        out.append("\n  not ").append(c.entry()).append(": ").append(c.verdict());
      }
    }
    return out.toString();
  }
}
