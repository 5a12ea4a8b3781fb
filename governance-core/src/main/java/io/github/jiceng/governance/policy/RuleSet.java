package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.InvalidInputException;
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
 * not have on that date, is reported as {@link Verdict#NOT_APPLICABLE} with the reason.
 *
 * <p>A rule set built with the constructor writes every rule's full result at once. One built with
 * {@link #deferred} decides on the rules' {@linkplain Rule#verdict verdicts} alone and writes the
 * results — reasons, compared values, parameter versions, citations — the first time the decision
 * is asked for them; for hot paths whose callers mostly want the outcome.
 *
 * <p>A rule set holds at most {@value Verdicts#MAX_RULES} rules, so that the verdicts of one
 * evaluation fit in one bit mask per verdict (see {@link Verdicts}).
 *
 * @param <F> the facts
 * @param <O> the outcome
 */
public final class RuleSet<F, O extends Enum<O> & Outcome> {
  private final String id;
  private final List<Rule<F>> rules;
  private final List<String> ruleIds;
  private final Combiner<O> combiner;
  private final boolean deferred;
  private final @Nullable Judge<F> judge;
  private final Rule<F>[] ruleArray;
  private volatile @Nullable InForce lastInForce;

  /**
   * A rule set that writes every result when it decides.
   *
   * @param id the rule set's id, for example {@code committee-law}
   * @param rules the rules, with distinct ids
   * @param combiner how the verdicts combine
   * @throws io.github.jiceng.governance.InvalidInputException if two rules share an id, or there
   *     are more than {@value Verdicts#MAX_RULES} rules
   */
  public RuleSet(String id, List<Rule<F>> rules, Combiner<O> combiner) {
    this(id, rules, combiner, false, null);
  }

  private RuleSet(
      String id,
      List<Rule<F>> rules,
      Combiner<O> combiner,
      boolean deferred,
      @Nullable Judge<F> judge) {
    Checks.required(id, "RuleSet", "id");
    Checks.listOf(Checks.required(rules, "RuleSet " + id, "rules"), "RuleSet " + id, "rules");
    Checks.required(combiner, "RuleSet " + id, "combiner");
    Verdicts.checkSize("RuleSet " + id, rules.size());
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
    this.combiner = combiner.forRules(ruleIds);
    this.deferred = deferred;
    this.judge = judge;
  }

  /**
   * A rule set that decides on verdicts alone and writes the results when they are first asked for.
   * Only for facts that never change once decided on: the results are written from the same facts
   * later, and a rule whose full result disagrees with its verdict then fails loudly.
   *
   * @param id the rule set's id
   * @param rules the rules, with distinct ids; override {@link Rule#verdict} to gain from deferring
   * @param combiner how the verdicts combine
   */
  public static <F, O extends Enum<O> & Outcome> RuleSet<F, O> deferred(
      String id, List<Rule<F>> rules, Combiner<O> combiner) {
    return new RuleSet<>(id, rules, combiner, true, null);
  }

  /**
   * A deferred rule set whose verdicts come from one {@link Judge} call rather than one call per
   * rule: the same decisions as {@link #deferred(String, List, Combiner)}, with less work per
   * decision when the rules read the same facts.
   *
   * @param id the rule set's id
   * @param rules the rules, with distinct ids, in the positions the judge records them at
   * @param combiner how the verdicts combine
   * @param judge every rule's verdict in one call; must agree with each rule's own verdict
   */
  public static <F, O extends Enum<O> & Outcome> RuleSet<F, O> deferred(
      String id, List<Rule<F>> rules, Combiner<O> combiner, Judge<F> judge) {
    return new RuleSet<>(
        id, rules, combiner, true, Checks.required(judge, "RuleSet " + id, "judge"));
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private static <F> Rule<F>[] ruleArray(List<Rule<F>> rules) {
    return rules.toArray(new Rule[0]);
  }

  /** The rule set's id. */
  public String id() {
    return id;
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
   * names the facts in words, and a deferred rule set calls it only when the decision is asked its
   * subject.
   */
  public Decision<O> evaluate(
      Function<? super F, String> subject, F facts, Policy policy, LocalDate asOf) {
    if (!deferred) {
      List<RuleResult> results = results(facts, policy, asOf);
      Combiner.Combined<O> combined = combiner.combine(Verdicts.of(ruleIds, results));
      return Decision.of(
          subject.apply(facts),
          combined.outcome(),
          asOf,
          policy.id(),
          policy.version(),
          id,
          results,
          combined.deciding());
    }
    long inForce = inForceOn(asOf);
    VerdictSheet sheet =
        judge == null
            ? ruleByRule(facts, policy, asOf, inForce)
            : judged(judge, facts, policy, asOf, inForce);
    long violated = sheet.violated() & inForce;
    long satisfied = sheet.satisfied() & inForce;
    long awaiting = sheet.awaiting() & inForce;
    Combiner.Combined<O> combined =
        combiner.combine(new Verdicts(ruleIds, violated, satisfied, awaiting));
    return new DeferredDecision<>(
        this, subject, facts, policy, asOf, violated, satisfied, awaiting, combined);
  }

  /** The verdicts from the judge, or rule by rule if it runs into a parameter not in force. */
  private VerdictSheet judged(
      Judge<F> judge, F facts, Policy policy, LocalDate asOf, long inForce) {
    VerdictSheet sheet = new VerdictSheet(ruleArray.length);
    try {
      judge.judge(facts, policy, asOf, sheet);
      return sheet;
    } catch (ParameterNotInForceException e) {
      return ruleByRule(facts, policy, asOf, inForce);
    }
  }

  /** The verdict of every rule in force, each asked on its own. */
  private VerdictSheet ruleByRule(F facts, Policy policy, LocalDate asOf, long inForce) {
    VerdictSheet sheet = new VerdictSheet(ruleArray.length);
    for (int i = 0; i < ruleArray.length; i++) {
      if ((inForce & 1L << i) != 0) {
        sheet.record(i, verdictOf(ruleArray[i], facts, policy, asOf));
      }
    }
    return sheet;
  }

  private List<RuleResult> results(F facts, Policy policy, LocalDate asOf) {
    List<RuleResult> results = new ArrayList<>(rules.size());
    for (Rule<F> rule : rules) {
      results.add(evaluateOne(rule, facts, policy, asOf));
    }
    return results;
  }

  /**
   * Which rules are in force on {@code day}, bit {@code i} for rule {@code i}; remembered for the
   * last day asked, the usual case.
   */
  private long inForceOn(LocalDate day) {
    InForce last = lastInForce;
    if (last != null && last.day().equals(day)) {
      return last.rules();
    }
    long inForce = 0;
    for (int i = 0; i < ruleArray.length; i++) {
      if (ruleArray[i].inForce().contains(day)) {
        inForce |= 1L << i;
      }
    }
    lastInForce = new InForce(day, inForce);
    return inForce;
  }

  /** The rules in force on one day, by position. */
  private record InForce(LocalDate day, long rules) {}

  private static <F> Verdict verdictOf(Rule<F> rule, F facts, Policy policy, LocalDate asOf) {
    try {
      return rule.verdict(facts, policy, asOf);
    } catch (ParameterNotInForceException e) {
      return Verdict.NOT_APPLICABLE;
    }
  }

  private RuleResult evaluateOne(Rule<F> rule, F facts, Policy policy, LocalDate asOf) {
    RuleContext context = new RuleContext(rule, policy, asOf);
    if (!rule.inForce().contains(asOf)) {
      return context.notApplicable(
          Text.of(
              "该规则在 " + asOf + " 不在有效期内（" + rule.inForce() + "）",
              "the rule is not in force on " + asOf + " (in force " + rule.inForce() + ")"));
    }
    try {
      return rule.evaluate(facts, context);
    } catch (ParameterNotInForceException e) {
      return new RuleContext(rule, policy, asOf).notApplicable(notInForce(e, asOf));
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
   * they are first asked for: one object per decision, the verdicts as bit masks.
   */
  static final class DeferredDecision<F, O extends Enum<O> & Outcome> extends Decision<O> {
    private final RuleSet<F, O> ruleSet;
    private final Function<? super F, String> subject;
    private final F facts;
    private final Policy policy;
    private final long violated;
    private final long satisfied;
    private final long awaiting;

    DeferredDecision(
        RuleSet<F, O> ruleSet,
        Function<? super F, String> subject,
        F facts,
        Policy policy,
        LocalDate asOf,
        long violated,
        long satisfied,
        long awaiting,
        Combiner.Combined<O> combined) {
      super(
          combined.outcome(), asOf, policy.id(), policy.version(), ruleSet.id, combined.deciding());
      this.ruleSet = ruleSet;
      this.subject = subject;
      this.facts = facts;
      this.policy = policy;
      this.violated = violated;
      this.satisfied = satisfied;
      this.awaiting = awaiting;
    }

    @Override
    String writeSubject() {
      return subject.apply(facts);
    }

    /** Every rule's full result, checked against the verdict the decision was made on. */
    @Override
    List<RuleResult> writeResults() {
      List<RuleResult> results = ruleSet.results(facts, policy, asOf());
      Verdicts decidedOn = new Verdicts(ruleSet.ruleIds, violated, satisfied, awaiting);
      for (int i = 0; i < results.size(); i++) {
        Verdict full = results.get(i).verdict();
        if (full != decidedOn.verdict(i)) {
          throw new IllegalStateException(
              "rule "
                  + ruleSet.ruleIds.get(i)
                  + " of rule set "
                  + ruleSet.id
                  + ": "
                  + (ruleSet.judge == null ? "verdict()" : "the judge")
                  + " gave "
                  + decidedOn.verdict(i)
                  + " but evaluate() gave "
                  + full
                  + "; the two must agree");
        }
      }
      return results;
    }
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + ", " + rules.size() + " rules" + (deferred ? ", deferred" : "") + "]";
  }
}
