package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A named set of rules over the same kind of facts, and the {@link Combiner} that turns their
 * verdicts into one {@link Decision}. Immutable and thread-safe.
 *
 * <p>Every rule is evaluated, whatever the others found, so a decision always lists every rule with
 * its verdict. A rule that is not in force on the date, or that needs a parameter the policy does
 * not have on that date, is {@link Verdict#NOT_APPLICABLE}, and its result says why.
 *
 * <p>A rule set decides on the verdicts the rules' {@link Rule#check} methods return when not
 * {@linkplain RuleContext#explaining() explaining}, which is cheap. The decision writes the rules'
 * full results — reasons, compared values, parameter versions, citations — by running the same
 * methods again, explaining, the first time it is asked for them. The facts must therefore not
 * change once decided on; a rule that gives a different verdict the second time makes the decision
 * fail loudly rather than explain a verdict it did not reach.
 *
 * @param <F> the facts
 * @param <O> the outcome
 */
public final class RuleSet<F, O extends Enum<O> & Outcome> {
  private final String id;
  private final List<Rule<F>> rules;
  private final Rule<F>[] ruleArray;
  private final List<String> ruleIds;
  private final Rule.Check<F>[] checks;
  private final Combiner<O> combiner;
  private final @Nullable Pass<F> pass;
  private volatile @Nullable InForce lastInForce;

  /**
   * A rule set.
   *
   * @param id the rule set's id, for example {@code committee-law}
   * @param rules the rules, with distinct ids
   * @param combiner how the verdicts combine
   * @throws io.github.jiceng.governance.base.InvalidInputException if an argument is null or two
   *     rules share an id
   */
  public RuleSet(String id, List<Rule<F>> rules, Combiner<O> combiner) {
    this(id, rules, combiner, null, false);
  }

  /**
   * A rule set that decides through {@code pass}, for rule sets on hot paths: a method that calls
   * every rule's check one after the other, in the order of {@code rules}, and {@linkplain
   * Sheet#put puts} each verdict. A loop over the rules makes one call through an interface per
   * rule, which the JIT cannot inline; a pass that names each rule's check constant lets it compile
   * the whole decision into one piece of code. The pass adds no rule: each rule is still written
   * once, and the pass only says in which order the rules run. Explanations, and decisions on which
   * a rule needs a parameter the policy does not have, run the rules one by one as usual.
   *
   * @param pass puts the verdict of every rule's check, in order
   * @throws io.github.jiceng.governance.base.InvalidInputException if a rule was not made by {@link
   *     Rule#of}, so that the pass cannot name its check
   */
  public RuleSet(String id, List<Rule<F>> rules, Combiner<O> combiner, Pass<F> pass) {
    this(id, rules, combiner, Checks.required(pass, "RuleSet " + id, "pass"), true);
  }

  private RuleSet(
      String id,
      List<Rule<F>> rules,
      Combiner<O> combiner,
      @Nullable Pass<F> givenPass,
      boolean named) {
    Checks.required(id, "RuleSet", "id");
    Checks.listOf(Checks.required(rules, "RuleSet " + id, "rules"), "RuleSet " + id, "rules");
    Checks.required(combiner, "RuleSet " + id, "combiner");
    Set<String> ids = new HashSet<>();
    for (Rule<F> rule : rules) {
      if (!ids.add(rule.id())) {
        throw InvalidInputException.of(
            "RuleSet " + id, "rules", "rule id " + rule.id() + " appears twice");
      }
    }
    this.id = id;
    this.rules = List.copyOf(rules);
    this.ruleArray = ruleArray(this.rules);
    this.ruleIds = this.rules.stream().map(Rule::id).toList();
    this.checks = checks(this.rules, named, id);
    this.combiner = combiner.forRules(ruleIds);
    this.pass = givenPass;
  }

  /** Each rule's check: the one it was made with, or (no pass given) a call to the rule. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private static <F> Rule.Check<F>[] checks(List<Rule<F>> rules, boolean named, String id) {
    Rule.Check<F>[] checks = new Rule.Check[rules.size()];
    for (int i = 0; i < checks.length; i++) {
      Rule<F> rule = rules.get(i);
      if (rule instanceof WrittenRule<F> written) {
        checks[i] = written.how();
      } else if (named) {
        throw InvalidInputException.of(
            "RuleSet " + id,
            "rules",
            "rule " + rule.id() + " was not made by Rule.of, so a pass cannot name its check");
      } else {
        checks[i] = rule::check;
      }
    }
    return checks;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private static <F> Rule<F>[] ruleArray(List<Rule<F>> rules) {
    return rules.toArray(new Rule[0]);
  }

  /** The rule set's id. */
  public String id() {
    return id;
  }

  /** The rules' ids, in order. */
  List<String> ruleIds() {
    return ruleIds;
  }

  /** The rules, in the order they are listed in decisions. */
  public List<Rule<F>> rules() {
    return rules;
  }

  /**
   * Evaluates every rule on {@code facts} as of {@code asOf} under {@code policy}.
   *
   * @param subject what is being decided about, in words (for example "城东社区居民委员会")
   */
  public Decision<O> evaluate(String subject, F facts, Policy policy, LocalDate asOf) {
    return evaluate(f -> subject, facts, policy, asOf);
  }

  /**
   * Evaluates every rule on {@code facts} as of {@code asOf} under {@code policy}; {@code subject}
   * names the facts in words, and is called only when the decision is asked its subject.
   */
  public Decision<O> evaluate(
      Function<? super F, String> subject, F facts, Policy policy, LocalDate asOf) {
    InForce day = inForceOn(policy, asOf);
    RuleContext deciding = day.deciding();
    byte[] codes = pass == null ? null : passed(pass, facts, deciding, day.rules());
    if (codes == null) {
      Sheet<F> sheet = new Sheet<>(this, day.rules());
      for (Rule.Check<F> check : checks) {
        sheet.put(check, verdictOf(check, facts, deciding));
      }
      codes = sheet.finish();
    }
    Verdicts verdicts = new Verdicts(ruleIds, codes);
    return new LazyDecision<>(
        this, subject, facts, policy, asOf, day.origin(), verdicts, combiner.combine(verdicts));
  }

  /**
   * Which rules are in force on {@code day}, and the context that decides under {@code policy} on
   * that day (it records nothing, so one serves every decision); remembered for the last day and
   * policy asked, the usual case. The array is never changed once made.
   */
  private InForce inForceOn(Policy policy, LocalDate day) {
    InForce last = lastInForce;
    if (last != null && last.deciding().policy() == policy && last.day().equals(day)) {
      return last;
    }
    boolean[] inForce = new boolean[ruleArray.length];
    for (int i = 0; i < ruleArray.length; i++) {
      inForce[i] = ruleArray[i].inForce().contains(day);
    }
    InForce fresh =
        new InForce(
            day,
            inForce,
            RuleContext.deciding(policy, day),
            new Decision.Origin(policy.id(), policy.version(), id));
    lastInForce = fresh;
    return fresh;
  }

  /** The rules in force on one day, by position, and the deciding context of that day. */
  @SuppressWarnings("ArrayRecordComponent") // private, and never changed once made
  private record InForce(
      LocalDate day, boolean[] rules, RuleContext deciding, Decision.Origin origin) {}

  /**
   * Every rule's full result, from the same checks run explaining, each checked against the verdict
   * the decision was made on.
   */
  private List<RuleResult> explain(F facts, Policy policy, LocalDate asOf, Verdicts decidedOn) {
    boolean[] inForce = inForceOn(policy, asOf).rules();
    List<RuleResult> results = new ArrayList<>(ruleArray.length);
    for (int i = 0; i < ruleArray.length; i++) {
      RuleResult result = explainOne(i, facts, policy, asOf, inForce[i]);
      if (!decidedOn.is(i, result.verdict())) {
        throw new IllegalStateException(
            "rule "
                + ruleIds.get(i)
                + " of rule set "
                + id
                + " decided "
                + decidedOn.verdict(i)
                + " but explained "
                + result.verdict()
                + ": its facts changed after the decision, or it does not give the same verdict"
                + " when explaining");
      }
      results.add(result);
    }
    return results;
  }

  private RuleResult explainOne(int i, F facts, Policy policy, LocalDate asOf, boolean inForce) {
    Rule<F> rule = ruleArray[i];
    if (!inForce) {
      return RuleContext.explaining(rule, policy, asOf)
          .result(
              Verdict.NOT_APPLICABLE,
              Text.of(
                  "该规则在 " + asOf + " 不在有效期内（" + rule.inForce() + "）",
                  "the rule is not in force on " + asOf + " (in force " + rule.inForce() + ")"));
    }
    RuleContext context = RuleContext.explaining(rule, policy, asOf);
    try {
      return context.result(checks[i].check(facts, context));
    } catch (ParameterNotInForceException e) {
      return RuleContext.explaining(rule, policy, asOf)
          .result(Verdict.NOT_APPLICABLE, notInForce(e, asOf));
    }
  }

  private static <F> Verdict verdictOf(Rule.Check<F> check, F facts, RuleContext deciding) {
    try {
      return check.check(facts, deciding);
    } catch (ParameterNotInForceException e) {
      return Verdict.NOT_APPLICABLE;
    }
  }

  /**
   * The verdicts from the pass, or null if a rule needs a parameter the policy does not have on the
   * day: then the rules are asked one by one, so that only the rules needing it are not applicable.
   */
  private byte @Nullable [] passed(Pass<F> pass, F facts, RuleContext deciding, boolean[] inForce) {
    Sheet<F> sheet = new Sheet<>(this, inForce);
    try {
      pass.run(facts, deciding, sheet);
    } catch (ParameterNotInForceException e) {
      return null;
    }
    return sheet.finish();
  }

  /**
   * How a rule set on a hot path decides: every rule's check, called in the rule set's order, its
   * verdict {@linkplain Sheet#put put} on a sheet. See {@link RuleSet#RuleSet(String, List,
   * Combiner, Pass)}.
   *
   * @param <F> the facts
   */
  @FunctionalInterface
  public interface Pass<F> {
    /**
     * Puts on {@code sheet} the verdict of every rule's check on {@code facts}, each called with
     * {@code context}, in order.
     */
    void run(F facts, RuleContext context, Sheet<F> sheet);
  }

  /**
   * The verdicts a rule set's rules give, put one after the other by position; a {@link Pass} fills
   * one in. Used by one decision on one thread.
   *
   * @param <F> the facts
   */
  public static final class Sheet<F> {
    private final RuleSet<F, ?> ruleSet;
    private final Rule.Check<F>[] checks;
    private final boolean[] inForce;
    // each verdict as its ordinal: a primitive array, so that putting a verdict is no reference
    // store (with its GC barrier)
    private final byte[] codes;
    private int next;

    Sheet(RuleSet<F, ?> ruleSet, boolean[] inForce) {
      this.ruleSet = ruleSet;
      this.checks = ruleSet.checks;
      this.inForce = inForce;
      this.codes = new byte[checks.length];
    }

    /**
     * Puts the verdict {@code check} gave, for the next rule of the rule set, which must have been
     * made with that check. A rule not in force on the day is not applicable, whatever it gave.
     *
     * @throws IllegalStateException if {@code check} is not the next rule's (the pass lists the
     *     rules in another order than the rule set, or one rule too many), or {@code verdict} is
     *     null
     */
    public void put(Rule.Check<F> check, Verdict verdict) {
      int i = next;
      if (i >= checks.length || checks[i] != check || verdict == null) {
        throw refused(i, verdict == null);
      }
      codes[i] = Verdicts.code(inForce[i] ? verdict : Verdict.NOT_APPLICABLE);
      next = i + 1;
    }

    private IllegalStateException refused(int i, boolean noVerdict) {
      if (i >= checks.length) {
        return new IllegalStateException(
            "every rule of rule set " + ruleSet.id + " already has its verdict");
      }
      if (noVerdict) {
        return new IllegalStateException(
            "no verdict put for rule " + ruleSet.ruleIds.get(i) + " of rule set " + ruleSet.id);
      }
      return new IllegalStateException(
          "a verdict put out of order in rule set "
              + ruleSet.id
              + ": position "
              + i
              + " takes the check of rule "
              + ruleSet.ruleIds.get(i));
    }

    /** The verdicts' codes, once every rule has its verdict. */
    byte[] finish() {
      if (next != codes.length) {
        throw new IllegalStateException(
            "rule set "
                + ruleSet.id
                + " has verdicts for "
                + next
                + " of its "
                + codes.length
                + " rules; the first without is "
                + ruleSet.ruleIds.get(next));
      }
      return codes;
    }
  }

  /**
   * The reason of a rule that needs a parameter with no value on the day it looked up: that day,
   * which is not always the day asked (a term is judged by the law of the day it began).
   */
  private static Text notInForce(ParameterNotInForceException e, LocalDate asOf) {
    if (e.asOf().equals(asOf)) {
      return Text.of(
          "参数 " + e.parameterId() + " 在 " + asOf + " 没有有效值",
          "parameter " + e.parameterId() + " has no value in force on " + asOf);
    }
    return Text.of(
        "参数 " + e.parameterId() + " 在所查日期 " + e.asOf() + " 没有有效值（判断日 " + asOf + "）",
        "parameter "
            + e.parameterId()
            + " has no value in force on "
            + e.asOf()
            + ", the day looked up (asked as of "
            + asOf
            + ")");
  }

  /**
   * A decision made on verdicts alone, keeping what it needs to write its subject and results when
   * they are first asked for: one object per decision, and the verdicts.
   */
  static final class LazyDecision<F, O extends Enum<O> & Outcome> extends Decision<O> {
    private final RuleSet<F, O> ruleSet;
    private final Function<? super F, String> subject;
    private final F facts;
    private final Policy policy;
    private final Verdicts verdicts;

    LazyDecision(
        RuleSet<F, O> ruleSet,
        Function<? super F, String> subject,
        F facts,
        Policy policy,
        LocalDate asOf,
        Decision.Origin origin,
        Verdicts verdicts,
        Combiner.Combined<O> combined) {
      super(combined.outcome(), asOf, origin, combined.deciding());
      this.ruleSet = ruleSet;
      this.subject = subject;
      this.facts = facts;
      this.policy = policy;
      this.verdicts = verdicts;
    }

    @Override
    String writeSubject() {
      return subject.apply(facts);
    }

    @Override
    List<RuleResult> writeResults() {
      return ruleSet.explain(facts, policy, asOf(), verdicts);
    }
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + ", " + rules.size() + " rules]";
  }
}
