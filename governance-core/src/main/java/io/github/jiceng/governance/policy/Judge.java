package io.github.jiceng.governance.policy;

import java.time.LocalDate;

/**
 * Every rule's verdict in one call, for a {@linkplain RuleSet#deferred(String, java.util.List,
 * Combiner, Judge) deferred rule set} on a hot path: one method that reads the facts once and
 * records the verdict of each rule by its position, instead of one call per rule. It must give each
 * rule the verdict that rule's own {@link Rule#verdict} gives; when the decision writes its results
 * it checks them against these verdicts and fails loudly if they differ.
 *
 * <p>Verdicts recorded for rules not in force on the day are ignored; a rule left unrecorded is not
 * applicable. If the judge throws {@link ParameterNotInForceException}, the rule set asks the rules
 * one by one instead, so that only the rules needing the missing parameter become not applicable.
 *
 * @param <F> the facts
 */
@FunctionalInterface
public interface Judge<F> {

  /**
   * Records the verdict of every rule on {@code facts} as of {@code asOf}.
   *
   * @param facts the facts
   * @param policy the policy whose parameters apply
   * @param asOf the day asked about
   * @param sheet where to record the verdicts, by the rules' positions in the rule set
   */
  void judge(F facts, Policy policy, LocalDate asOf, VerdictSheet sheet);
}
