package io.github.jiceng.governance.points;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Whether an entry may be made in a points or time bank, as of its day: {@value #BALANCE} (nothing
 * spent beyond the balance), {@value #DEED} (points scored for a deed of the table in force, at its
 * points), {@value #SCORING_ROUND} (a deed scored once per scoring round, 一月一评分 where the round is
 * a month) and {@value #REDEMPTION_ROUND} (one redemption per round, 一季度一兑换 where it is three
 * months). The table and the rounds are a village's rules, set by its policy: no national default
 * exists (seed report 004 describes one village's 《积分管理办法》 of early 2019).
 */
public final class PointsRules {
  private PointsRules() {}

  /** Rule id: nothing is spent beyond the balance. */
  public static final String BALANCE = "POINTS-BALANCE";

  /** Rule id: points are scored for a deed of the table, at its points. */
  public static final String DEED = "POINTS-DEED";

  /** Rule id: a deed is scored once per scoring round. */
  public static final String SCORING_ROUND = "POINTS-SCORING-ROUND";

  /** Rule id: one redemption per redemption round. */
  public static final String REDEMPTION_ROUND = "POINTS-REDEMPTION-ROUND";

  /** A moral points bank's table of deeds and their points (积分标准). */
  public static final ParameterKey<DeedTable> DEEDS =
      ParameterKey.of(
          "points.moral.deeds",
          DeedTable.class,
          Text.of("道德积分标准", "the moral points bank's deeds and points"));

  /** Months in a scoring round (评分周期, e.g. 1: 一月一评分). */
  public static final ParameterKey<Integer> SCORING_MONTHS =
      ParameterKey.of(
          "points.moral.scoring-months",
          Integer.class,
          Text.of("评分周期（月）", "months in a scoring round"));

  /** Months in a redemption round (兑换周期, e.g. 3: 一季度一兑换). */
  public static final ParameterKey<Integer> REDEMPTION_MONTHS =
      ParameterKey.of(
          "points.moral.redemption-months",
          Integer.class,
          Text.of("兑换周期（月）", "months in a redemption round"));

  /** Every parameter key of the points rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(DEEDS, SCORING_MONTHS, REDEMPTION_MONTHS);
  }

  /** The rules every entry must satisfy. */
  public static final RuleSet<PointsFacts, Compliance> ENTRY =
      new RuleSet<>(
          "points-rules",
          List.of(
              Rule.of(
                  BALANCE,
                  Text.of("不得超出余额支取", "nothing is spent beyond the balance"),
                  List.of(),
                  PointsRules::balance),
              Rule.of(
                  DEED,
                  Text.of("按积分标准计分", "points are scored for a listed deed, at its points"),
                  List.of(),
                  PointsRules::deed),
              Rule.of(
                  SCORING_ROUND,
                  Text.of("同一事项每个评分周期计分一次", "a deed is scored once per scoring round"),
                  List.of(),
                  PointsRules::scoringRound),
              Rule.of(
                  REDEMPTION_ROUND,
                  Text.of("每个兑换周期兑换一次", "one redemption per redemption round"),
                  List.of(),
                  PointsRules::redemptionRound)),
          Compliance.combiner());

  /** Decides whether {@code facts.entry()} may be made, as of its day. */
  public static Decision<Compliance> check(PointsFacts facts, Policy policy) {
    Checks.required(facts, "PointsRules.check", "facts");
    Checks.required(policy, "PointsRules.check", "policy");
    return ENTRY.evaluate(facts.account().id(), facts, policy, facts.entry().on());
  }

  private static Verdict balance(PointsFacts f, RuleContext c) {
    PointsEntry e = f.entry();
    if (e.kind() == PointsEntry.Kind.EARN) {
      return c.notApplicable(Text.of("存入", "an entry that earns"));
    }
    long balance = f.account().balance();
    Text unit = f.account().program().unit();
    return c.check(
        e.amount() <= balance,
        Text.of(
            "支取 " + e.amount() + " " + unit.zh() + "，余额 " + balance + " " + unit.zh(),
            e.amount() + " " + unit.en() + " asked, " + balance + " " + unit.en() + " held"),
        ComparedValue.of(unit.en(), e.amount(), "≤ " + balance));
  }

  private static Verdict deed(PointsFacts f, RuleContext c) {
    PointsEntry e = f.entry();
    if (f.account().program() != PointsProgram.MORAL_BANK || e.kind() != PointsEntry.Kind.EARN) {
      return c.notApplicable(Text.of("非道德积分计分", "not points scored in a moral points bank"));
    }
    if (e.deed() == null) {
      return c.violated(Text.of("计分未注明事项", "points scored without a deed"));
    }
    DeedTable table = c.use(DEEDS);
    Optional<Deed> deed = table.find(e.deed());
    if (deed.isEmpty()) {
      return c.violated(
          Text.of("事项 " + e.deed() + " 不在积分标准中", "deed " + e.deed() + " is not in the table"),
          ComparedValue.of("deed", e.deed(), "a listed deed"));
    }
    Deed d = deed.get();
    return c.check(
        e.amount() == d.points(),
        Text.of(
            d.category() + "「" + d.name().zh() + "」计 " + d.points() + " 分，记 " + e.amount() + " 分",
            "“" + d.name().en() + "” earns " + d.points() + " points; " + e.amount() + " entered"),
        ComparedValue.of("points", e.amount(), d.points()));
  }

  private static Verdict scoringRound(PointsFacts f, RuleContext c) {
    PointsEntry e = f.entry();
    YearMonth month = e.month();
    String deed = e.deed();
    if (month == null || deed == null) {
      return c.notApplicable(Text.of("非事项计分", "not a deed scored"));
    }
    Optional<Integer> months = c.find(SCORING_MONTHS);
    if (months.isEmpty()) {
      return c.notApplicable(Text.of("政策未规定评分周期", "the policy sets no scoring round"));
    }
    int n = months.get();
    long round = round(month, n);
    boolean scored =
        f.ledger().stream()
            .anyMatch(
                x ->
                    x.kind() == PointsEntry.Kind.EARN
                        && deed.equals(x.deed())
                        && x.month() != null
                        && round(x.month(), n) == round);
    return c.check(
        !scored,
        Text.of(
            "事项 " + deed + " 在 " + month + " 所在评分周期（" + n + " 个月）" + (scored ? "已计分" : "尚未计分"),
            "deed "
                + e.deed()
                + " was "
                + (scored ? "already" : "not yet")
                + " scored in the "
                + n
                + "-month round of "
                + month),
        ComparedValue.of("scores in the round", scored ? 1 : 0, "0 before this one"));
  }

  private static Verdict redemptionRound(PointsFacts f, RuleContext c) {
    PointsEntry e = f.entry();
    if (f.account().program() != PointsProgram.MORAL_BANK || e.kind() != PointsEntry.Kind.SPEND) {
      return c.notApplicable(Text.of("非道德积分兑换", "not a moral points redemption"));
    }
    Optional<Integer> months = c.find(REDEMPTION_MONTHS);
    if (months.isEmpty()) {
      return c.notApplicable(Text.of("政策未规定兑换周期", "the policy sets no redemption round"));
    }
    int n = months.get();
    long round = round(YearMonth.from(e.on()), n);
    long before =
        f.ledger().stream()
            .filter(x -> x.kind() == PointsEntry.Kind.SPEND)
            .filter(x -> round(YearMonth.from(x.on()), n) == round)
            .count();
    return c.check(
        before == 0,
        Text.of(
            e.on() + " 所在兑换周期（" + n + " 个月）已兑换 " + before + " 次",
            before + " redemptions already in the " + n + "-month round of " + e.on()),
        ComparedValue.of("redemptions in the round", before, "0 before this one"));
  }

  /** The round a month falls in, rounds of {@code months} counted from January of year 0. */
  private static long round(YearMonth month, int months) {
    return Math.floorDiv(month.getYear() * 12L + month.getMonthValue() - 1, Math.max(1, months));
  }
}
