package io.github.jiceng.governance.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of every rule of one evaluation, by position, as a {@link Combiner} sees them: rule
 * {@code i} has id {@link #ruleId(int)} and verdict {@link #verdict(int)}. A view over the rule
 * set's ids and an array of verdicts, so combining allocates nothing per rule.
 */
public final class Verdicts {
  private final List<String> ruleIds;
  private final Verdict[] verdicts;

  Verdicts(List<String> ruleIds, Verdict[] verdicts) {
    this.ruleIds = ruleIds;
    this.verdicts = verdicts;
  }

  /** The verdicts of these results, in their order — for combining results built elsewhere. */
  public static Verdicts of(List<RuleResult> results) {
    List<String> ids = new ArrayList<>(results.size());
    Verdict[] verdicts = new Verdict[results.size()];
    for (int i = 0; i < verdicts.length; i++) {
      ids.add(results.get(i).ruleId());
      verdicts[i] = results.get(i).verdict();
    }
    return new Verdicts(List.copyOf(ids), verdicts);
  }

  /** The ids of the rules, in order: the same list object for every evaluation of a rule set. */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /** How many rules. */
  public int size() {
    return verdicts.length;
  }

  /** The id of rule {@code i}. */
  public String ruleId(int i) {
    return ruleIds.get(i);
  }

  /** The verdict of rule {@code i}. */
  public Verdict verdict(int i) {
    return verdicts[i];
  }

  /** The ids of the rules with {@code verdict}, in order. */
  public List<String> idsWith(Verdict verdict) {
    List<String> found = new ArrayList<>(2);
    for (int i = 0; i < verdicts.length; i++) {
      if (verdicts[i] == verdict) {
        found.add(ruleIds.get(i));
      }
    }
    return found;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Verdicts[");
    for (int i = 0; i < verdicts.length; i++) {
      text.append(i == 0 ? "" : ", ").append(ruleIds.get(i)).append('=').append(verdicts[i]);
    }
    return text.append(']').toString();
  }
}
