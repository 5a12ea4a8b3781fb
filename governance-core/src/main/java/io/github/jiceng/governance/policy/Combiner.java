package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.util.List;

/**
 * Turns the verdicts of all rules of a {@link RuleSet} into one outcome and names the rules that
 * decided it. A combiner sees verdicts only, never reasons, so a rule set can decide without
 * writing any explanation (see {@link RuleSet}). A combiner must not depend on the order of the
 * verdicts: the same verdicts in any order give the same outcome and the same deciding rules.
 *
 * @param <O> the outcome type
 */
@FunctionalInterface
public interface Combiner<O extends Enum<O> & Outcome> {

  /**
   * Combines the verdicts.
   *
   * @param verdicts every rule's verdict, including the not-applicable ones
   * @return the outcome and the ids of the deciding rules
   */
  Combined<O> combine(Verdicts verdicts);

  /**
   * This combiner prepared for the rules of one rule set, which calls it once when it is built and
   * then passes verdicts whose {@link Verdicts#ruleIds()} is this very list. The default returns
   * the combiner itself; override it to work out once what each position means.
   *
   * @param ruleIds the rule set's rule ids, in order
   */
  default Combiner<O> forRules(java.util.List<String> ruleIds) {
    return this;
  }

  /**
   * An outcome and the rules that decided it.
   *
   * @param outcome the overall outcome
   * @param deciding the ids of the rules that decided it
   * @param <O> the outcome type
   */
  record Combined<O>(O outcome, List<String> deciding) {
    public Combined {
      Checks.required(outcome, "Combined", "outcome");
      deciding =
          Checks.listOf(Checks.required(deciding, "Combined", "deciding"), "Combined", "deciding");
    }
  }
}
