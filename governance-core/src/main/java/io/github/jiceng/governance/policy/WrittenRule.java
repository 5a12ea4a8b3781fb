package io.github.jiceng.governance.policy;

import java.util.List;

/**
 * A rule made by {@link Rule#of}: its parts, and its check, which a {@link RuleSet.Pass} names to
 * check it.
 */
record WrittenRule<F>(
    String id, Text title, List<Citation> citations, EffectivePeriod inForce, Rule.Check<F> how)
    implements Rule<F> {

  @Override
  public Verdict check(F facts, RuleContext context) {
    return how.check(facts, context);
  }

  @Override
  public String toString() {
    return id;
  }
}
