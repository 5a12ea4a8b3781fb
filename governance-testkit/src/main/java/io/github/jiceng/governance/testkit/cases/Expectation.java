package io.github.jiceng.governance.testkit.cases;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a case expects of its decision: the outcome and, when given, exactly which rules decided it
 * (in any order) and a text that one of their citations contains.
 *
 * @param outcome the expected outcome: an {@link io.github.jiceng.governance.access.AccessOutcome},
 *     or a {@link io.github.jiceng.governance.policy.Compliance} for committee and party cases
 * @param rules the expected deciding rule ids, or {@code null} when the case does not say
 * @param citing a text one citation of the deciding rules must contain, or {@code null}
 */
public record Expectation(Enum<?> outcome, @Nullable List<String> rules, @Nullable String citing) {

  public Expectation {
    rules = rules == null ? null : List.copyOf(rules);
  }

  /** The expected deciding rules, if the case names them. */
  public Optional<List<String>> decidingRules() {
    return Optional.ofNullable(rules);
  }

  /** In words, for example {@code REFUSED by A3 citing "第十七条"}. */
  @Override
  public String toString() {
    return outcome
        + (rules == null ? "" : " by " + (rules.isEmpty() ? "no rule" : String.join(", ", rules)))
        + (citing == null ? "" : " citing \"" + citing + "\"");
  }
}
