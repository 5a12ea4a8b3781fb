package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of every rule of one evaluation, by position, as a {@link Combiner} sees them: rule
 * {@code i} has id {@link #ruleId(int)} and verdict {@link #verdict(int)}. Held as one bit mask per
 * verdict ({@link #mask}), so a rule set of at most {@value #MAX_RULES} rules records its verdicts
 * and a combiner reads them without allocating anything per rule.
 */
public final class Verdicts {
  /** The most rules one evaluation can hold: one bit per rule in a {@code long}. */
  public static final int MAX_RULES = Long.SIZE;

  private final List<String> ruleIds;
  private final long violated;
  private final long satisfied;
  private final long awaiting;

  /** Verdicts over {@code ruleIds}; a rule in none of the three masks is not applicable. */
  Verdicts(List<String> ruleIds, long violated, long satisfied, long awaiting) {
    this.ruleIds = ruleIds;
    this.violated = violated;
    this.satisfied = satisfied;
    this.awaiting = awaiting;
  }

  /**
   * The verdicts of these results, in their order — for combining results built elsewhere.
   *
   * @throws InvalidInputException if there are more than {@value #MAX_RULES} results
   */
  public static Verdicts of(List<RuleResult> results) {
    Checks.required(results, "Verdicts.of", "results");
    checkSize("Verdicts", results.size());
    return of(results.stream().map(RuleResult::ruleId).toList(), results);
  }

  /** The verdicts of {@code results}, whose rules have {@code ruleIds} (kept as the same list). */
  static Verdicts of(List<String> ruleIds, List<RuleResult> results) {
    VerdictSheet sheet = new VerdictSheet(results.size());
    for (int i = 0; i < results.size(); i++) {
      sheet.record(i, results.get(i).verdict());
    }
    return new Verdicts(ruleIds, sheet.violated(), sheet.satisfied(), sheet.awaiting());
  }

  /** Refuses more rules than one evaluation can hold. */
  static void checkSize(String subject, int rules) {
    if (rules > MAX_RULES) {
      throw InvalidInputException.of(
          subject,
          "rules",
          "holds " + rules + " rules; at most " + MAX_RULES + " can be combined in one decision");
    }
  }

  /** The ids of the rules, in order: the same list object for every evaluation of a rule set. */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /** How many rules. */
  public int size() {
    return ruleIds.size();
  }

  /** The id of rule {@code i}. */
  public String ruleId(int i) {
    return ruleIds.get(i);
  }

  /** The verdict of rule {@code i}. */
  public Verdict verdict(int i) {
    long bit = 1L << i;
    if ((violated & bit) != 0) {
      return Verdict.VIOLATED;
    }
    if ((satisfied & bit) != 0) {
      return Verdict.SATISFIED;
    }
    if ((awaiting & bit) != 0) {
      return Verdict.AWAITING;
    }
    java.util.Objects.checkIndex(i, ruleIds.size());
    return Verdict.NOT_APPLICABLE;
  }

  /**
   * The positions of the rules with {@code verdict}: bit {@code i} is set when rule {@code i} has
   * it. For combiners that know what each position means (see {@link Combiner#forRules}).
   */
  public long mask(Verdict verdict) {
    return switch (Checks.required(verdict, "Verdicts.mask", "verdict")) {
      case VIOLATED -> violated;
      case SATISFIED -> satisfied;
      case AWAITING -> awaiting;
      case NOT_APPLICABLE -> ~(violated | satisfied | awaiting) & all(ruleIds.size());
    };
  }

  private static long all(int size) {
    return size == Long.SIZE ? -1L : (1L << size) - 1;
  }

  /** The ids of the rules with {@code verdict}, in order. */
  public List<String> idsWith(Verdict verdict) {
    long mask = mask(verdict);
    List<String> found = new ArrayList<>(Long.bitCount(mask));
    for (; mask != 0; mask &= mask - 1) {
      found.add(ruleIds.get(Long.numberOfTrailingZeros(mask)));
    }
    return found;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Verdicts[");
    for (int i = 0; i < ruleIds.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(ruleIds.get(i)).append('=').append(verdict(i));
    }
    return text.append(']').toString();
  }
}
