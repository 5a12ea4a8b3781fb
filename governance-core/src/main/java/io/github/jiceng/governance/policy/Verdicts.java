package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of every rule of one evaluation, by position, as a {@link Combiner} sees them: rule
 * {@code i} has id {@link #ruleId(int)} and verdict {@link #verdict(int)}. Immutable.
 */
public final class Verdicts {
  private static final Verdict[] VERDICTS = Verdict.values();

  private final List<String> ruleIds;
  // each verdict as its ordinal: a primitive array, so that a decision records its verdicts
  // without a reference store (and its GC barrier) per rule
  private final byte[] codes;

  /** Verdicts over {@code ruleIds}; the array is kept, not copied, and must not change. */
  Verdicts(List<String> ruleIds, byte[] codes) {
    this.ruleIds = ruleIds;
    this.codes = codes;
  }

  /** The code {@link #verdict(int)} reads back as {@code verdict}. */
  @SuppressWarnings("EnumOrdinal") // the codes never leave the policy package
  static byte code(Verdict verdict) {
    return (byte) verdict.ordinal();
  }

  /** The verdicts of these results, in their order — for combining results built elsewhere. */
  public static Verdicts of(List<RuleResult> results) {
    Checks.listOf(Checks.required(results, "Verdicts.of", "results"), "Verdicts.of", "results");
    byte[] codes = new byte[results.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = code(results.get(i).verdict());
    }
    return new Verdicts(results.stream().map(RuleResult::ruleId).toList(), codes);
  }

  /** The ids of the rules, in order: the same list object for every evaluation of a rule set. */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /** How many rules. */
  public int size() {
    return codes.length;
  }

  /** The id of rule {@code i}. */
  public String ruleId(int i) {
    return ruleIds.get(i);
  }

  /**
   * The verdict of rule {@code i}.
   *
   * @throws IndexOutOfBoundsException if there is no rule {@code i}
   */
  public Verdict verdict(int i) {
    return VERDICTS[codes[java.util.Objects.checkIndex(i, codes.length)]];
  }

  /**
   * Whether rule {@code i} has {@code verdict}: {@code verdict(i) == verdict}, for combiners that
   * look at every position on a hot path.
   *
   * @throws IndexOutOfBoundsException if there is no rule {@code i}
   */
  public boolean is(int i, Verdict verdict) {
    return codes[i] == code(verdict);
  }

  /** The code of rule {@code i}'s verdict, as {@link #code(Verdict)} gives it. */
  byte code(int i) {
    return codes[i];
  }

  /** The ids of the rules with {@code verdict}, in order. */
  public List<String> idsWith(Verdict verdict) {
    byte wanted = code(Checks.required(verdict, "Verdicts.idsWith", "verdict"));
    List<String> found = new ArrayList<>(2);
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == wanted) {
        found.add(ruleIds.get(i));
      }
    }
    return found;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Verdicts[");
    for (int i = 0; i < codes.length; i++) {
      text.append(i == 0 ? "" : ", ").append(ruleIds.get(i)).append('=').append(VERDICTS[codes[i]]);
    }
    return text.append(']').toString();
  }
}
