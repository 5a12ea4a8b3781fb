package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Combiner;
import io.github.jiceng.governance.policy.Verdict;
import io.github.jiceng.governance.policy.Verdicts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The combination documented on {@link AccessOutcome}, worked out once per rule set: which
 * positions hold prohibitions, conditions, grants, the emergency and the unlisted rule. Combining
 * is then a few operations on the verdicts' bit masks. Independent of the order of the verdicts:
 * deciding rules are always listed in the order of {@link AccessRules#IDS}.
 */
final class AccessCombiner implements Combiner<AccessOutcome> {
  private static final Combined<AccessOutcome> NOTHING_ADMITS =
      new Combined<>(AccessOutcome.PENDING_APPROVAL, List.of());

  private static final int TABLE_BITS = 12;

  private final List<String> ids;
  private final long prohibitions;
  private final long conditions;
  private final long grants;
  private final long emergency;
  private final long unlisted;

  // the same roles as lists of positions, which combining walks
  private final int[] prohibitionPositions;
  private final int[] conditionPositions;
  private final int[] grantPositions;
  private final int[] emergencyPositions;
  private final int[] unlistedPositions;

  /** Positions in the order of {@link AccessRules#IDS}, unknown ids last. */
  private final int[] order;

  /**
   * For each outcome and set of deciding rules (a mask), the combination, built the first time it
   * is met rather than on every decision: at most 3 × 2¹⁰ for the ten access rules. Races write
   * equal, immutable values.
   */
  private final Combined<AccessOutcome>[][] known;

  /**
   * For {@code ids}: the access rules, perhaps in another order, perhaps with others; at most 64,
   * one bit per rule in the masks the combination works on.
   */
  AccessCombiner(List<String> ids) {
    if (ids.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most 64 rules combine as task access: " + ids.size());
    }
    this.ids = ids;
    this.prohibitions = mask(ids, AccessRules.PROHIBITIONS);
    this.conditions = mask(ids, AccessRules.CONDITIONS);
    this.grants = mask(ids, AccessRules.GRANTS);
    this.emergency = mask(ids, List.of(AccessRules.EMERGENCY));
    this.unlisted = mask(ids, List.of(AccessRules.UNLISTED));
    this.order =
        IntStream.range(0, ids.size())
            .boxed()
            .sorted(Comparator.comparingInt(i -> rank(ids.get(i))))
            .mapToInt(Integer::intValue)
            .toArray();
    this.known = newTable(ids.size());
    this.prohibitionPositions = positions(prohibitions);
    this.conditionPositions = positions(conditions);
    this.grantPositions = positions(grants);
    this.emergencyPositions = positions(emergency);
    this.unlistedPositions = positions(unlisted);
  }

  @Override
  public Combiner<AccessOutcome> forRules(List<String> ruleIds) {
    return new AccessCombiner(ruleIds);
  }

  @Override
  public Combined<AccessOutcome> combine(Verdicts verdicts) {
    if (verdicts.ruleIds() != ids) {
      return new AccessCombiner(verdicts.ruleIds()).combine(verdicts);
    }
    // the steps in precedence order, each looking only at the positions of its rules
    long deciding;
    if ((deciding = having(verdicts, prohibitionPositions, Verdict.VIOLATED)) != 0) {
      return combined(AccessOutcome.REFUSED, deciding);
    }
    if ((deciding = having(verdicts, emergencyPositions, Verdict.SATISFIED)) != 0) {
      return combined(AccessOutcome.ADMITTED, deciding);
    }
    if ((deciding = having(verdicts, conditionPositions, Verdict.VIOLATED)) != 0) {
      return combined(AccessOutcome.REFUSED, deciding);
    }
    if ((deciding = having(verdicts, unlistedPositions, Verdict.AWAITING)) != 0) {
      return combined(AccessOutcome.PENDING_APPROVAL, deciding);
    }
    if ((deciding = having(verdicts, grantPositions, Verdict.SATISFIED)) != 0) {
      return combined(AccessOutcome.ADMITTED, deciding);
    }
    return NOTHING_ADMITS;
  }

  /** The positions among {@code positions} whose rule has {@code verdict}, as a mask. */
  private static long having(Verdicts verdicts, int[] positions, Verdict verdict) {
    long mask = 0;
    for (int position : positions) {
      if (verdicts.is(position, verdict)) {
        mask |= 1L << position;
      }
    }
    return mask;
  }

  private static int[] positions(long mask) {
    int[] positions = new int[Long.bitCount(mask)];
    int next = 0;
    for (long rest = mask; rest != 0; rest &= rest - 1) {
      positions[next++] = Long.numberOfTrailingZeros(rest);
    }
    return positions;
  }

  /** {@code outcome} decided by the rules at the positions set in {@code mask}. */
  @SuppressWarnings("EnumOrdinal") // the table of combinations is indexed by outcome
  private Combined<AccessOutcome> combined(AccessOutcome outcome, long mask) {
    Combined<AccessOutcome>[] byMask = known[outcome.ordinal()];
    if (mask < byMask.length) {
      Combined<AccessOutcome> found = byMask[(int) mask];
      if (found == null) {
        found = combine(outcome, mask);
        byMask[(int) mask] = found;
      }
      return found;
    }
    return combine(outcome, mask);
  }

  private Combined<AccessOutcome> combine(AccessOutcome outcome, long mask) {
    List<String> found = new ArrayList<>(Long.bitCount(mask));
    for (int position : order) {
      if ((mask & 1L << position) != 0) {
        found.add(ids.get(position));
      }
    }
    return new Combined<>(outcome, found);
  }

  /** A table for every mask of up to {@value #TABLE_BITS} rules; more rules are combined afresh. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private static Combined<AccessOutcome>[][] newTable(int rules) {
    int masks = 1 << Math.min(rules, TABLE_BITS);
    return new Combined[AccessOutcome.values().length][masks];
  }

  private static long mask(List<String> ids, java.util.Collection<String> role) {
    long mask = 0;
    for (int i = 0; i < ids.size(); i++) {
      if (role.contains(ids.get(i))) {
        mask |= 1L << i;
      }
    }
    return mask;
  }

  private static int rank(String id) {
    int rank = AccessRules.IDS.indexOf(id);
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }
}
