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

  private final List<String> ids;
  private final long prohibitions;
  private final long conditions;
  private final long grants;
  private final long emergency;
  private final long unlisted;

  /** Positions in the order of {@link AccessRules#IDS}, unknown ids last. */
  private final int[] order;

  /**
   * For each outcome and position, that outcome decided by that rule alone: the usual result, built
   * once rather than on every decision.
   */
  private final Combined<AccessOutcome>[][] alone;

  /** For {@code ids}, at most {@value Verdicts#MAX_RULES} as every rule set and verdicts hold. */
  AccessCombiner(List<String> ids) {
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
    this.alone = aloneByOutcome(ids);
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
    long violated = verdicts.mask(Verdict.VIOLATED);
    long satisfied = verdicts.mask(Verdict.SATISFIED);
    long awaiting = verdicts.mask(Verdict.AWAITING);
    long deciding;
    if ((deciding = violated & prohibitions) != 0) {
      return combined(AccessOutcome.REFUSED, deciding);
    }
    if ((deciding = satisfied & emergency) != 0) {
      return combined(AccessOutcome.ADMITTED, deciding);
    }
    if ((deciding = violated & conditions) != 0) {
      return combined(AccessOutcome.REFUSED, deciding);
    }
    if ((deciding = awaiting & unlisted) != 0) {
      return combined(AccessOutcome.PENDING_APPROVAL, deciding);
    }
    if ((deciding = satisfied & grants) != 0) {
      return combined(AccessOutcome.ADMITTED, deciding);
    }
    return NOTHING_ADMITS;
  }

  /** {@code outcome} decided by the rules at the positions set in {@code mask}. */
  @SuppressWarnings("EnumOrdinal") // the table of single-rule combinations is indexed by outcome
  private Combined<AccessOutcome> combined(AccessOutcome outcome, long mask) {
    if (Long.bitCount(mask) == 1) {
      return alone[outcome.ordinal()][Long.numberOfTrailingZeros(mask)];
    }
    List<String> found = new ArrayList<>(Long.bitCount(mask));
    for (int position : order) {
      if ((mask & 1L << position) != 0) {
        found.add(ids.get(position));
      }
    }
    return new Combined<>(outcome, found);
  }

  @SuppressWarnings({"unchecked", "rawtypes", "EnumOrdinal"}) // outcomes index a table built once
  private static Combined<AccessOutcome>[][] aloneByOutcome(List<String> ids) {
    AccessOutcome[] outcomes = AccessOutcome.values();
    Combined<AccessOutcome>[][] alone = new Combined[outcomes.length][ids.size()];
    for (AccessOutcome outcome : outcomes) {
      for (int position = 0; position < ids.size(); position++) {
        alone[outcome.ordinal()][position] = new Combined<>(outcome, List.of(ids.get(position)));
      }
    }
    return alone;
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
