package io.github.jiceng.governance.party;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleResult;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The party points scheme (党员积分制管理) over the points a branch records per period in the party tree
 * ({@link MemberPoints}): a period score at or above {@link #QUALIFIED_MINIMUM} is qualified (合格),
 * at or above {@link #EXCELLENT_MINIMUM} excellent (优秀), below the first unqualified. Each standing
 * is explained rule by rule with the score and the lines in force.
 *
 * <p>No national scheme exists: the points system is a county's or branch's own (seed report 004
 * reports one village branch's, without its numbers). Neither line has a default; a policy that
 * asks for a standing without them gets {@link
 * io.github.jiceng.governance.policy.ParameterNotInForceException}.
 */
public final class PartyPointsRules {
  private PartyPointsRules() {}

  /** Rule id: points are recorded for the period asked about. */
  public static final String RECORDED = "PARTY-POINTS-RECORDED";

  /** Rule id: the period score reaches the qualified line. */
  public static final String QUALIFIED = "PARTY-POINTS-QUALIFIED";

  /** Rule id: the period score reaches the excellent line (informative: never violated). */
  public static final String EXCELLENT = "PARTY-POINTS-EXCELLENT";

  /** The lowest period score that is qualified (合格线). */
  public static final ParameterKey<Integer> QUALIFIED_MINIMUM =
      ParameterKey.of(
          "party.points.qualified-minimum",
          Integer.class,
          Text.of("党员积分合格线", "lowest period score that is qualified"));

  /** The lowest period score that is excellent (优秀线). */
  public static final ParameterKey<Integer> EXCELLENT_MINIMUM =
      ParameterKey.of(
          "party.points.excellent-minimum",
          Integer.class,
          Text.of("党员积分优秀线", "lowest period score that is excellent"));

  /** Every parameter key of the scheme, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(QUALIFIED_MINIMUM, EXCELLENT_MINIMUM);
  }

  /** The scheme's rules. */
  public static final RuleSet<PartyPointsFacts, Compliance> PARTY_POINTS =
      new RuleSet<>(
          "party-points-rules",
          List.of(
              Rule.of(
                  RECORDED,
                  Text.of("党员积分按期记录", "the period's points are recorded"),
                  List.of(),
                  PartyPointsRules::recorded),
              Rule.of(
                  QUALIFIED,
                  Text.of("党员积分达到合格线", "the period score reaches the qualified line"),
                  List.of(),
                  PartyPointsRules::qualified),
              Rule.of(
                  EXCELLENT,
                  Text.of("党员积分达到优秀线", "the period score reaches the excellent line"),
                  List.of(),
                  PartyPointsRules::excellent)),
          Compliance.combiner());

  /** Decides {@code facts} under the lines in force on {@code asOf}. */
  public static Decision<Compliance> check(PartyPointsFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "PartyPointsRules.check", "facts");
    Checks.required(policy, "PartyPointsRules.check", "policy");
    Checks.required(asOf, "PartyPointsRules.check", "asOf");
    return PARTY_POINTS.evaluate("party member " + facts.memberId(), facts, policy, asOf);
  }

  /**
   * The standing of {@code member} for the recorded period containing {@code day}, under the lines
   * in force on the period's last day (when its score was final), or on {@code day} when no period
   * is recorded.
   */
  public static PartyPointsStanding standing(PartyMember member, LocalDate day, Policy policy) {
    PartyPointsFacts facts = PartyPointsFacts.of(member, day);
    LocalDate asOf = facts.period() == null ? day : facts.period().to();
    Decision<Compliance> decision = check(facts, policy, asOf);
    return new PartyPointsStanding(member.id(), facts.period(), grade(decision), decision);
  }

  /** The grade a decision of these rules gives. */
  public static PartyPointsGrade grade(Decision<Compliance> decision) {
    Checks.required(decision, "PartyPointsRules.grade", "decision");
    if (!satisfied(decision, RECORDED)) {
      return PartyPointsGrade.UNRECORDED;
    }
    Verdict qualified = decision.result(QUALIFIED).map(RuleResult::verdict).orElseThrow();
    if (qualified == Verdict.NOT_APPLICABLE) {
      return PartyPointsGrade.NO_LINES;
    }
    if (qualified == Verdict.VIOLATED) {
      return PartyPointsGrade.UNQUALIFIED;
    }
    return satisfied(decision, EXCELLENT) ? PartyPointsGrade.EXCELLENT : PartyPointsGrade.QUALIFIED;
  }

  private static boolean satisfied(Decision<Compliance> decision, String rule) {
    return decision.result(rule).map(r -> r.verdict() == Verdict.SATISFIED).orElse(false);
  }

  private static Verdict recorded(PartyPointsFacts facts, RuleContext context) {
    MemberPoints p = facts.period();
    if (p == null) {
      return context.violated(
          Text.of("该期未记录党员积分", "no points are recorded for the period asked about"));
    }
    return context.satisfied(
        Text.of(
            p.from() + " 至 " + p.to() + " 记录积分 " + p.points() + " 分",
            p.points() + " points recorded for " + p.from() + " to " + p.to()));
  }

  private static Verdict qualified(PartyPointsFacts facts, RuleContext context) {
    MemberPoints p = facts.period();
    if (p == null) {
      return context.notApplicable(Text.of("未记录积分", "no points recorded"));
    }
    int line = context.use(QUALIFIED_MINIMUM);
    return context.check(
        p.points() >= line,
        Text.of(
            "积分 " + p.points() + " 分，合格线 " + line + " 分",
            p.points() + " points; the qualified line is " + line),
        ComparedValue.of("period score", p.points(), "≥ " + line));
  }

  private static Verdict excellent(PartyPointsFacts facts, RuleContext context) {
    MemberPoints p = facts.period();
    if (p == null) {
      return context.notApplicable(Text.of("未记录积分", "no points recorded"));
    }
    int line = context.use(EXCELLENT_MINIMUM);
    Text reason =
        Text.of(
            "积分 " + p.points() + " 分，优秀线 " + line + " 分",
            p.points() + " points; the excellent line is " + line);
    return p.points() >= line
        ? context.satisfied(reason, ComparedValue.of("period score", p.points(), "≥ " + line))
        : context.notApplicable(reason);
  }
}
