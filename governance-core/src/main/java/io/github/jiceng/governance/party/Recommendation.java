package io.github.jiceng.governance.party;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.policy.Text;

/**
 * What a party organisation should do, following from one rule of its setup check: for example "51
 * members: may form a general branch with the higher level's approval" or "term ended 2026-03-01:
 * election overdue".
 *
 * @param ruleId the rule the advice follows from
 * @param advice the advice, in Chinese and English
 */
public record Recommendation(String ruleId, Text advice) {

  public Recommendation {
    Checks.required(ruleId, "Recommendation", "ruleId");
    Checks.required(advice, "Recommendation", "advice");
  }

  /** The advice in {@code language}, prefixed with the rule id. */
  public String in(Language language) {
    return "[" + ruleId + "] " + advice.in(language);
  }

  @Override
  public String toString() {
    return in(Language.ZH);
  }
}
