package io.github.jiceng.governance.testkit.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a case expects of its decision: the outcome and, when given, exactly which rules decided it
 * (in any order), a text that one of their citations contains, and values the deciding rules
 * compared.
 *
 * @param outcome the expected outcome: an {@link io.github.jiceng.governance.access.AccessOutcome},
 *     a {@link io.github.jiceng.governance.policy.Compliance} for committee, party and grid cases,
 *     or a {@link io.github.jiceng.governance.service.ServiceOutcome} for service cases
 * @param rules the expected deciding rule ids, or {@code null} when the case does not say
 * @param citing a text one citation of the deciding rules must contain, or {@code null}
 * @param compared quantity → value: for each, a deciding rule must have compared that quantity and
 *     found exactly that value (e.g. {@code overdue working days: 3}, {@code attributes.id_number:
 *     invalid}); empty when the case does not say
 */
public record Expectation(
    Enum<?> outcome,
    @Nullable List<String> rules,
    @Nullable String citing,
    Map<String, String> compared) {

  public Expectation {
    rules = rules == null ? null : List.copyOf(rules);
    compared = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(compared));
  }

  /** An expectation that names no compared values. */
  public Expectation(Enum<?> outcome, @Nullable List<String> rules, @Nullable String citing) {
    this(outcome, rules, citing, Map.of());
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
        + (citing == null ? "" : " citing \"" + citing + "\"")
        + (compared.isEmpty() ? "" : " comparing " + compared);
  }
}
