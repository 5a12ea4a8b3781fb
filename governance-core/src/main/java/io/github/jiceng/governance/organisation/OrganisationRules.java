package io.github.jiceng.governance.organisation;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules on a social organisation, as of a day: {@value #CREDIT_CODE} (a registered organisation
 * has its unified social credit code), {@value #INSPECTION} (last year's annual inspection passed,
 * once the month the policy sets for it has ended) and {@value #EVALUATION} (an evaluation grade
 * still valid, if it has one).
 *
 * <p>The validity of a grade is national and changed on 2026-03-01: under 《社会组织评估管理办法》 (民政部令第39号,
 * in force 2011-03-01) a grade is valid 5 years from its announcement; under the revision in force
 * from 2026-03-01 it runs from 1 January of the year after its announcement to 31 December of the
 * fifth year (as the Ministry's announcement of the revision was reported; the revised text itself
 * was not read here). The inspection month is a locality's: no default.
 */
public final class OrganisationRules {
  private OrganisationRules() {}

  /** Rule id: a registered organisation has a credit code. */
  public static final String CREDIT_CODE = "ORG-CREDIT-CODE";

  /** Rule id: last year's annual inspection passed. */
  public static final String INSPECTION = "ORG-ANNUAL-INSPECTION";

  /** Rule id: an evaluation grade is still valid. */
  public static final String EVALUATION = "ORG-EVALUATION-VALID";

  /** How long an evaluation grade is valid, and from when it is counted. */
  public static final ParameterKey<GradeValidity> GRADE_VALIDITY =
      ParameterKey.of(
          "organisation.evaluation.validity",
          GradeValidity.class,
          Text.of("社会组织评估等级有效期", "how long an evaluation grade is valid"));

  /** The month by whose end last year's annual inspection must be passed, 1 to 12 (年检截止月). */
  public static final ParameterKey<Integer> INSPECTION_MONTH =
      ParameterKey.of(
          "organisation.inspection.month",
          Integer.class,
          Text.of("年度检查截止月份", "month by whose end last year's inspection is due"));

  /**
   * How long a grade is valid.
   *
   * @param years the years
   * @param fromNextJanuary counted from 1 January of the year after the announcement to 31 December
   *     of the last year, rather than from the announcement itself
   */
  public record GradeValidity(int years, boolean fromNextJanuary) {
    /**
     * Checks the years.
     *
     * @throws io.github.jiceng.governance.base.InvalidInputException unless 1 to 20
     */
    public GradeValidity {
      if (years < 1 || years > 20) {
        throw io.github.jiceng.governance.base.InvalidInputException.of(
            "GradeValidity", "years", "must be 1 to 20");
      }
    }

    /** The last day a grade announced on {@code announced} is valid. */
    public LocalDate lastDay(LocalDate announced) {
      Checks.required(announced, "GradeValidity.lastDay", "announced");
      return fromNextJanuary
          ? LocalDate.of(announced.getYear() + years, 12, 31)
          : announced.plusYears(years).minusDays(1);
    }

    @Override
    public String toString() {
      return years
          + " years"
          + (fromNextJanuary ? " from the next 1 January" : " from the announcement");
    }
  }

  /** Every parameter key of the organisation rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(GRADE_VALIDITY, INSPECTION_MONTH);
  }

  /** Adds the national grade validity, in both its versions, to {@code policy}. */
  public static Policy.Builder addNationalDefaults(Policy.Builder policy) {
    Checks.required(policy, "OrganisationRules.addNationalDefaults", "policy");
    return policy.define(
        GRADE_VALIDITY,
        ParameterVersion.of(
            new GradeValidity(5, false),
            EffectivePeriod.between(LocalDate.of(2011, 3, 1), LocalDate.of(2026, 2, 28)),
            Citation.of("《社会组织评估管理办法》（民政部令第39号，2010-12-27公布）", "第六条：获得的评估等级满5年有效期"),
            "2010 measures"),
        ParameterVersion.of(
            new GradeValidity(5, true),
            EffectivePeriod.from(LocalDate.of(2026, 3, 1)),
            Citation.of(
                "《社会组织评估管理办法》（2025年修订，2026-03-01施行；据民政部发布修订的报道，原文未核对）",
                "评估等级有效期从发布评估结果公告的次年1月1日起计算，至第5年12月31日止"),
            "2026 revision"));
  }

  /** The rules on an organisation. */
  public static final RuleSet<SocialOrganisation, Compliance> ORGANISATION =
      new RuleSet<>(
          "organisation-rules",
          List.of(
              Rule.of(
                  CREDIT_CODE,
                  Text.of("登记的社会组织有统一社会信用代码", "a registered organisation has its credit code"),
                  List.of(),
                  OrganisationRules::creditCode),
              Rule.of(
                  INSPECTION,
                  Text.of("按期参加年度检查", "last year's annual inspection is passed in time"),
                  List.of(),
                  OrganisationRules::inspection),
              Rule.of(
                  EVALUATION,
                  Text.of("评估等级在有效期内", "the evaluation grade is still valid"),
                  List.of(),
                  OrganisationRules::evaluation)),
          Compliance.combiner());

  /** Decides the organisation's standing on {@code asOf}. */
  public static Decision<Compliance> check(SocialOrganisation o, Policy policy, LocalDate asOf) {
    Checks.required(o, "OrganisationRules.check", "organisation");
    Checks.required(policy, "OrganisationRules.check", "policy");
    Checks.required(asOf, "OrganisationRules.check", "asOf");
    return ORGANISATION.evaluate(o.id(), o, policy, asOf);
  }

  private static Verdict creditCode(SocialOrganisation o, RuleContext c) {
    if (o.status() != SocialOrganisation.Status.REGISTERED) {
      return c.notApplicable(Text.of("备案的社区社会组织", "a filed community organisation"));
    }
    return c.check(
        o.creditCode() != null,
        o.creditCode() != null
            ? Text.of("统一社会信用代码 " + o.creditCode(), "credit code " + o.creditCode())
            : Text.of("登记的社会组织未录入统一社会信用代码", "a registered organisation without its credit code"),
        ComparedValue.of("credit code", o.creditCode() == null ? "none" : "recorded", "recorded"));
  }

  private static Verdict inspection(SocialOrganisation o, RuleContext c) {
    if (o.status() != SocialOrganisation.Status.REGISTERED) {
      return c.notApplicable(
          Text.of("备案的社区社会组织不参加年检", "a filed organisation has no annual inspection"));
    }
    Optional<Integer> month = c.find(INSPECTION_MONTH);
    if (month.isEmpty()) {
      return c.notApplicable(Text.of("政策未规定年检截止月份", "the policy sets no month for the inspection"));
    }
    LocalDate asOf = c.asOf();
    int dueYear = asOf.getMonthValue() > month.get() ? asOf.getYear() - 1 : asOf.getYear() - 2;
    if (o.since().getYear() > dueYear) {
      return c.notApplicable(
          Text.of(
              o.since().getYear() + "年登记，尚无应检年度",
              "registered in " + o.since().getYear() + ": no year due yet"));
    }
    Integer last = o.lastInspection();
    boolean ok = last != null && last >= dueYear;
    return c.check(
        ok,
        Text.of(
            "应已完成 " + dueYear + " 年度检查，最近 " + (last == null ? "无" : last + " 年度"),
            "the inspection of "
                + dueYear
                + " is due; last passed: "
                + (last == null ? "none" : last)),
        ComparedValue.of("last inspection", last == null ? "none" : last, "≥ " + dueYear));
  }

  private static Verdict evaluation(SocialOrganisation o, RuleContext c) {
    LocalDate announced = o.evaluationAnnounced();
    if (announced == null) {
      return c.notApplicable(Text.of("未参加评估", "no evaluation grade"));
    }
    GradeValidity validity = c.use(GRADE_VALIDITY);
    LocalDate last = validity.lastDay(announced);
    boolean ok = !c.asOf().isAfter(last);
    return c.check(
        ok,
        Text.of(
            announced + " 公告的评估等级有效至 " + last + (ok ? "" : "，已过期"),
            "the grade announced "
                + announced
                + " is valid until "
                + last
                + (ok ? "" : ": expired")),
        ComparedValue.of("valid until", last, "≥ " + c.asOf()));
  }
}
