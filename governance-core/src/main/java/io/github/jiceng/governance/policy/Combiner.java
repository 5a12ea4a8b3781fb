package io.github.jiceng.governance.policy;

import java.util.List;

/**
 * Turns the results of all rules of a {@link RuleSet} into one outcome and names the rules that
 * decided it. A combiner must not depend on the order of the results: the same results in any order
 * give the same outcome and the same deciding rules.
 *
 * @param <O> the outcome type
 */
@FunctionalInterface
public interface Combiner<O extends Enum<O> & Outcome> {

  /**
   * Combines the results.
   *
   * @param results every rule's result, including the not-applicable ones
   * @return the outcome and the deciding rules
   */
  Combined<O> combine(List<RuleResult> results);

  /**
   * An outcome and the results that decided it.
   *
   * @param outcome the overall outcome
   * @param deciding the rules that decided it
   * @param <O> the outcome type
   */
  record Combined<O>(O outcome, List<RuleResult> deciding) {
    public Combined {
      deciding = List.copyOf(deciding);
    }
  }
}
