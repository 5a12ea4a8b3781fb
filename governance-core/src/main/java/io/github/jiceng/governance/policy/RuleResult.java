package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one rule found: its verdict, the reason in words, the values it compared, the parameter
 * versions it used and the documents it rests on.
 *
 * @param ruleId the rule's id, for example {@code RC-HOUSEHOLDS}
 * @param title the rule's title
 * @param verdict satisfied, violated or not applicable
 * @param reason why, in words, with the numbers
 * @param compared the comparisons made (empty when the rule did not apply)
 * @param parameters the parameter versions used
 * @param citations the rule's sources: its own, then those of the parameters it used
 */
public record RuleResult(
    String ruleId,
    Text title,
    Verdict verdict,
    Text reason,
    List<ComparedValue> compared,
    List<ParameterUse> parameters,
    List<Citation> citations) {

  private static final String SUBJECT = "RuleResult";

  public RuleResult {
    // a constant subject: results are made for every rule of every explained decision, and a
    // subject built with the rule id would be a string per check (measured: 4 KB per decision)
    compared = Checks.listOf(Checks.required(compared, SUBJECT, "compared"), SUBJECT, "compared");
    parameters =
        Checks.listOf(Checks.required(parameters, SUBJECT, "parameters"), SUBJECT, "parameters");
    citations =
        merge(
            Checks.listOf(Checks.required(citations, SUBJECT, "citations"), SUBJECT, "citations"),
            parameters);
  }

  /** The rule's citations, then those of the parameters, each once, in order. */
  private static List<Citation> merge(List<Citation> citations, List<ParameterUse> parameters) {
    if (parameters.isEmpty() && citations.size() <= 1) {
      return List.copyOf(citations); // the common case: nothing to merge or de-duplicate
    }
    Set<Citation> unique = new LinkedHashSet<>(citations);
    parameters.forEach(p -> unique.add(p.citation()));
    return List.copyOf(unique);
  }

  /**
   * Whether a citation of this result, or of a parameter version it used, contains {@code text}
   * (for example {@code "第十七条"}): how tests ask "does this decision rest on that document".
   */
  public boolean cites(String text) {
    return citations.stream().anyMatch(c -> c.toString().contains(text))
        || parameters.stream().anyMatch(p -> p.citation().toString().contains(text));
  }

  /** Whether the rule applied (was satisfied or violated). */
  public boolean applied() {
    return verdict != Verdict.NOT_APPLICABLE;
  }

  @Override
  public String toString() {
    return ruleId + " " + verdict + ": " + reason.en();
  }
}
