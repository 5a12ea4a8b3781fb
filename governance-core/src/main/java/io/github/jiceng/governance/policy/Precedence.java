package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A {@link Combiner} written as data: steps in order of precedence, each "if any of these rules has
 * this verdict, the outcome is this, decided by every one of them that has it", and an outcome for
 * when no step applies. The deciding rules are listed in a given order, whatever the order of the
 * rule set, so that the same verdicts in any order combine alike. Immutable and thread-safe.
 *
 * <pre>{@code
 * Combiner<AccessOutcome> access = Precedence.otherwise(AccessOutcome.PENDING_APPROVAL)
 *     .when(Verdict.VIOLATED, PROHIBITIONS, AccessOutcome.REFUSED)
 *     .when(Verdict.SATISFIED, List.of("A7"), AccessOutcome.ADMITTED)
 *     .listedIn(AccessRules.IDS)
 *     .build();
 * }</pre>
 *
 * <p>Combining looks at the verdicts of each step's rules only, and remembers each combination it
 * has built, so it costs a few comparisons per rule of the steps it reaches.
 *
 * @param <O> the outcome
 */
public final class Precedence<O extends Enum<O> & Outcome> implements Combiner<O> {
  /** The most rules of one step whose combinations are remembered (2^12 per step at most). */
  private static final int REMEMBERED = 12;

  private final List<Step<O>> steps;
  private final O otherwise;
  private final List<String> order;
  private final List<String> ruleIds;
  private final Prepared<O> @org.jspecify.annotations.Nullable [] prepared;
  private final Combined<O> nothing;

  private Precedence(
      List<Step<O>> steps, O otherwise, List<String> order, List<String> ruleIds, boolean prepare) {
    this.steps = steps;
    this.otherwise = otherwise;
    this.order = order;
    this.ruleIds = ruleIds;
    this.nothing = new Combined<>(otherwise, List.of());
    this.prepared = prepare ? prepare(steps, order, ruleIds) : null;
  }

  /** Starts a combination whose outcome, when no step applies, is {@code otherwise}. */
  public static <O extends Enum<O> & Outcome> Builder<O> otherwise(O otherwise) {
    return new Builder<>(Checks.required(otherwise, "Precedence", "otherwise"));
  }

  @Override
  public Combiner<O> forRules(List<String> ids) {
    return new Precedence<>(steps, otherwise, order, ids, true);
  }

  @Override
  public Combined<O> combine(Verdicts verdicts) {
    Prepared<O>[] ready = prepared;
    if (ready == null || verdicts.ruleIds() != ruleIds) {
      return ((Precedence<O>) forRules(verdicts.ruleIds())).combine(verdicts);
    }
    for (Prepared<O> step : ready) {
      Combined<O> found = step.combine(verdicts);
      if (found != null) {
        return found;
      }
    }
    return nothing;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private static <O extends Enum<O> & Outcome> Prepared<O>[] prepare(
      List<Step<O>> steps, List<String> order, List<String> ids) {
    Prepared<O>[] ready = new Prepared[steps.size()];
    for (int s = 0; s < ready.length; s++) {
      Step<O> step = steps.get(s);
      int[] positions =
          IntStream.range(0, ids.size())
              .filter(i -> step.ruleIds().contains(ids.get(i)))
              .boxed()
              .sorted(Comparator.comparingInt(i -> rank(order, ids.get(i))))
              .mapToInt(Integer::intValue)
              .toArray();
      ready[s] = new Prepared<>(step, positions, ids);
    }
    return ready;
  }

  private static int rank(List<String> order, String id) {
    int rank = order.indexOf(id);
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }

  /** One step: any of {@code ruleIds} with {@code verdict} gives {@code outcome}. */
  private record Step<O>(Verdict verdict, Set<String> ruleIds, O outcome) {}

  /** A step prepared for one rule set: its rules' positions in listing order, and its results. */
  private static final class Prepared<O extends Enum<O> & Outcome> {
    private final byte code;
    private final int[] positions;
    private final List<String> ids;
    private final O outcome;
    private final Combined<O>[] known;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
    Prepared(Step<O> step, int[] positions, List<String> ids) {
      this.code = Verdicts.code(step.verdict());
      this.positions = positions;
      this.ids = ids;
      this.outcome = step.outcome();
      this.known = new Combined[positions.length <= REMEMBERED ? 1 << positions.length : 0];
    }

    /** The combination if this step applies, else null. */
    @org.jspecify.annotations.Nullable
    Combined<O> combine(Verdicts verdicts) {
      long hits = 0; // bit j: the rule at positions[j] has this step's verdict
      for (int j = 0; j < positions.length && j < Long.SIZE; j++) {
        if (verdicts.code(positions[j]) == code) {
          hits |= 1L << j;
        }
      }
      if (hits == 0 && positions.length <= Long.SIZE) {
        return null;
      }
      if (positions.length > Long.SIZE) {
        return combineLarge(verdicts);
      }
      if (hits < known.length) {
        Combined<O> found = known[(int) hits];
        if (found == null) {
          found = combined(hits);
          known[(int) hits] = found; // a race writes an equal, immutable value
        }
        return found;
      }
      return combined(hits);
    }

    private Combined<O> combined(long hits) {
      List<String> deciding = new ArrayList<>(Long.bitCount(hits));
      for (long rest = hits; rest != 0; rest &= rest - 1) {
        deciding.add(ids.get(positions[Long.numberOfTrailingZeros(rest)]));
      }
      return new Combined<>(outcome, deciding);
    }

    /** A step of more than 64 rules: listed afresh each time. */
    private @org.jspecify.annotations.Nullable Combined<O> combineLarge(Verdicts verdicts) {
      List<String> deciding = new ArrayList<>();
      for (int position : positions) {
        if (verdicts.code(position) == code) {
          deciding.add(ids.get(position));
        }
      }
      return deciding.isEmpty() ? null : new Combined<>(outcome, deciding);
    }
  }

  /**
   * Builds a {@link Precedence}. Not thread-safe.
   *
   * @param <O> the outcome
   */
  public static final class Builder<O extends Enum<O> & Outcome> {
    private final O otherwise;
    private final List<Step<O>> steps = new ArrayList<>();
    private List<String> order = List.of();

    private Builder(O otherwise) {
      this.otherwise = otherwise;
    }

    /**
     * The next step, applied when no earlier one did: if any of {@code ruleIds} has {@code
     * verdict}, the outcome is {@code outcome}, decided by each of them that has it.
     */
    public Builder<O> when(Verdict verdict, Collection<String> ruleIds, O outcome) {
      Checks.required(verdict, "Precedence.when", "verdict");
      Checks.required(outcome, "Precedence.when", "outcome");
      Set<String> ids =
          new LinkedHashSet<>(
              Checks.listOf(
                  List.copyOf(Checks.required(ruleIds, "Precedence.when", "ruleIds")),
                  "Precedence.when",
                  "ruleIds"));
      steps.add(new Step<>(verdict, Set.copyOf(ids), outcome));
      return this;
    }

    /** The order deciding rules are listed in; rules not in it come last, in rule-set order. */
    public Builder<O> listedIn(List<String> ruleIds) {
      this.order =
          Checks.listOf(
              Checks.required(ruleIds, "Precedence.listedIn", "ruleIds"),
              "Precedence.listedIn",
              "ruleIds");
      return this;
    }

    /** The combiner. */
    public Precedence<O> build() {
      return new Precedence<>(List.copyOf(steps), otherwise, order, List.of(), false);
    }
  }

  @Override
  public String toString() {
    return "Precedence[" + steps.size() + " steps, otherwise " + otherwise + "]";
  }
}
