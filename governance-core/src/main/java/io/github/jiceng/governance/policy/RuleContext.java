package io.github.jiceng.governance.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule sees while it checks its facts: the policy, the date of the question, and whether it
 * is asked to explain itself.
 *
 * <p>A {@link RuleSet} asks each rule twice at most, through the same {@link Rule#check} method:
 * first to <b>decide</b>, with a context that is not {@linkplain #explaining() explaining} and
 * records nothing; then, only if someone reads the decision's results, to <b>explain</b>, with a
 * fresh context that records the reason given to {@link #because}, the values compared, the
 * parameter versions {@linkplain #use used} and the sources {@linkplain #cite cited}. A rule writes
 * costly texts only inside {@code if (context.explaining())}; constant texts it may pass anyway, as
 * {@code return context.notApplicable(NOT_EMERGENCY)} does.
 *
 * <p>An explaining context serves one rule's explanation on one thread; it is not thread-safe. A
 * deciding context records nothing and may be shared.
 */
public final class RuleContext {
  private final @Nullable Rule<?> rule;
  private final Policy policy;
  private final LocalDate asOf;
  private List<ParameterUse> used = List.of();
  private List<Citation> cited = List.of();
  private @Nullable Text reason;
  private List<ComparedValue> compared = List.of();

  /**
   * Deciding only: the values of the parameters read so far on {@link #asOf}, as key, value, key,
   * value…, with {@link #ABSENT} for a parameter the policy lacks that day. A deciding context is
   * shared by every decision of its day, so rules read a parameter here with a few identity tests
   * instead of a lookup in the policy's map. Replaced, never changed, when a key is added, so
   * threads that race write equal copies.
   */
  private volatile Object[] known = new Object[0];

  private static final Object ABSENT = new Object();

  private RuleContext(@Nullable Rule<?> rule, Policy policy, LocalDate asOf) {
    this.rule = rule;
    this.policy = policy;
    this.asOf = asOf;
  }

  /**
   * A context for deciding: records nothing, so one serves every rule of every decision on that day
   * under that policy, on any thread.
   */
  static RuleContext deciding(Policy policy, LocalDate asOf) {
    return new RuleContext(null, policy, asOf);
  }

  /** A context for explaining {@code rule}: records what the rule says and uses. */
  static RuleContext explaining(Rule<?> rule, Policy policy, LocalDate asOf) {
    return new RuleContext(rule, policy, asOf);
  }

  /**
   * Whether the rule is asked to explain its verdict: when true, it gives its reason through {@link
   * #because} (or a verdict method with a reason); when false, only the verdict it returns counts,
   * and anything it writes is thrown away.
   */
  public boolean explaining() {
    return rule != null;
  }

  /** The date the question is asked as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The policy the rule is evaluated under. */
  public Policy policy() {
    return policy;
  }

  /**
   * The value of {@code key} in force on {@link #asOf()}, recorded in the result when explaining.
   *
   * @throws ParameterNotInForceException if there is none; the rule set reports the rule as not
   *     applicable
   */
  public <V> V use(ParameterKey<V> key) {
    return use(key, asOf);
  }

  /**
   * The value of {@code key} in force on {@code day} — for rules that must apply the law of another
   * date, such as a term length judged by the law in force when the term began.
   *
   * @throws ParameterNotInForceException if there is none on that day
   */
  public <V> V use(ParameterKey<V> key, LocalDate day) {
    if (!explaining()) {
      if (!day.equals(asOf)) { // another day's law: not remembered
        return policy.value(key, day);
      }
      V value = known(key);
      if (value == null) {
        throw new ParameterNotInForceException(policy.id(), key.id(), day);
      }
      return value;
    }
    ParameterVersion<V> version = policy.valueAt(key, day);
    record(ParameterUse.of(key, version));
    return version.value();
  }

  /**
   * The value of {@code key} in force on {@link #asOf()} if the policy has one, recorded when
   * present and explaining — for the optional parts of a rule, which are skipped when the policy
   * leaves them out.
   */
  public <V> Optional<V> find(ParameterKey<V> key) {
    if (!explaining()) {
      return Optional.ofNullable(known(key));
    }
    return policy
        .parameter(key)
        .flatMap(p -> p.at(asOf))
        .map(
            version -> {
              record(ParameterUse.of(key, version));
              return version.value();
            });
  }

  /** The value of {@code key} on {@link #asOf}, or null, from {@link #known} when read before. */
  @SuppressWarnings({"unchecked", "ReferenceEquality"}) // keys are constants: identity first
  private <V> @Nullable V known(ParameterKey<V> key) {
    Object[] values = known;
    for (int i = 0; i < values.length; i += 2) {
      if (values[i] == key) {
        Object value = values[i + 1];
        return value == ABSENT ? null : (V) value;
      }
    }
    V value = policy.findValue(key, asOf);
    if (values.length < 2 * KNOWN_KEYS) { // beyond, read from the policy each time: bounded memory
      Object[] more = java.util.Arrays.copyOf(values, values.length + 2);
      more[values.length] = key;
      more[values.length + 1] = value == null ? ABSENT : value;
      known = more;
    }
    return value;
  }

  /** At most this many parameters are remembered by a deciding context. */
  private static final int KNOWN_KEYS = 64;

  private void record(ParameterUse use) {
    if (used.isEmpty()) {
      used = new ArrayList<>(2);
    }
    used.add(use);
  }

  /**
   * Adds a source this evaluation rests on besides the rule's own, for example the legal basis of
   * the list item a task rule looked up. Ignored when not explaining.
   */
  public RuleContext cite(Citation citation) {
    if (explaining()) {
      if (cited.isEmpty()) {
        cited = new ArrayList<>(2);
      }
      cited.add(citation);
    }
    return this;
  }

  /**
   * Why the rule gives the verdict it returns, with the values it compared; a later call replaces
   * an earlier one. Ignored when not explaining, so a rule builds costly reasons only inside {@code
   * if (explaining())}.
   */
  public void because(Text reason, ComparedValue... compared) {
    if (explaining()) {
      this.reason = reason;
      this.compared = List.of(compared);
    }
  }

  /** {@link #because(Text, ComparedValue...)} with nothing compared. */
  public void because(Text reason) {
    if (explaining()) {
      this.reason = reason;
      this.compared = List.of();
    }
  }

  /** {@link Verdict#SATISFIED}, because of {@code reason}. */
  public Verdict satisfied(Text reason, ComparedValue... compared) {
    because(reason, compared);
    return Verdict.SATISFIED;
  }

  /** {@link Verdict#VIOLATED}, because of {@code reason}. */
  public Verdict violated(Text reason, ComparedValue... compared) {
    because(reason, compared);
    return Verdict.VIOLATED;
  }

  /**
   * {@link Verdict#AWAITING}: the rule waits for a person's decision; {@code reason} says whose.
   */
  public Verdict awaiting(Text reason, ComparedValue... compared) {
    because(reason, compared);
    return Verdict.AWAITING;
  }

  /** Satisfied when {@code ok}, violated otherwise: for rules whose reason names both cases. */
  public Verdict check(boolean ok, Text reason, ComparedValue... compared) {
    because(reason, compared);
    return ok ? Verdict.SATISFIED : Verdict.VIOLATED;
  }

  /**
   * {@link Verdict#NOT_APPLICABLE}: the rule does not apply to these facts; {@code reason} says
   * why.
   */
  public Verdict notApplicable(Text reason) {
    because(reason); // no varargs array: rules return this on the hot path
    return Verdict.NOT_APPLICABLE;
  }

  /**
   * The full result of a rule the rule set settles itself: not in force, or missing a parameter.
   */
  RuleResult result(Verdict verdict, Text reason) {
    because(reason);
    return result(verdict);
  }

  /**
   * The full result of an explaining context's rule, which returned {@code verdict}.
   *
   * @throws IllegalStateException if the rule gave no reason: a defect in the rule
   */
  RuleResult result(Verdict verdict) {
    Rule<?> explained = java.util.Objects.requireNonNull(rule, "a deciding context has no result");
    Text why = reason;
    if (why == null) {
      throw new IllegalStateException(
          "rule "
              + explained.id()
              + " returned "
              + verdict
              + " without a reason; when explaining() a rule must call because(...)");
    }
    List<Citation> citations = explained.citations();
    if (!cited.isEmpty()) {
      citations = new ArrayList<>(citations);
      citations.addAll(cited);
    }
    return new RuleResult(
        explained.id(), explained.title(), verdict, why, compared, used, citations);
  }
}
