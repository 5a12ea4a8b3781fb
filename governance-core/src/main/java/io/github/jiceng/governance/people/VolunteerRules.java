package io.github.jiceng.governance.people;

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
import java.time.Year;
import java.util.List;

/**
 * Recognition of volunteers (志愿服务激励): a volunteer who gives at least a set number of services in a
 * year earns the year's volunteer certificate (志愿服务证). The default, 100 services a year, is the
 * incentive scheme of a county civil-affairs bureau (seed report 001: "根据服务次数量化考核
 * (年不少于100次)，年终发放志愿服务证"). The report is undated; the library assumes the scheme in force from
 * 2000-01-01 ({@link #ASSUMED_FROM}). A city sets its own with {@link Policy.Builder#override}.
 */
public final class VolunteerRules {
  private VolunteerRules() {}

  /** The date from which the default is assumed in force: the seed report is undated. */
  public static final java.time.LocalDate ASSUMED_FROM = java.time.LocalDate.of(2000, 1, 1);

  /** Rule id: the volunteer gave enough services in the year. */
  public static final String RECOGNITION = "VOLUNTEER-SERVICES";

  /** Services a year that earn recognition (年服务不少于100次). */
  public static final ParameterKey<Integer> MIN_SERVICES_PER_YEAR =
      ParameterKey.of(
          "volunteer.recognition.min-services-per-year",
          Integer.class,
          Text.of("志愿者年度服务次数下限", "services a year that earn a volunteer's recognition"));

  /** A volunteer's services in one year: what the recognition rule looks at. */
  public record ServiceYear(String volunteerId, Year year, int services) {}

  /** The recognition rule. */
  public static final RuleSet<ServiceYear, Compliance> RULES =
      new RuleSet<>(
          "volunteer-rules",
          List.of(
              Rule.of(
                  RECOGNITION,
                  Text.of("年度志愿服务次数达到标准", "enough services in the year for recognition"),
                  List.of(),
                  VolunteerRules::services)),
          Compliance.combiner());

  /** Every parameter key of these rules, for loaders that read parameters by id. */
  public static List<ParameterKey<?>> keys() {
    return List.of(MIN_SERVICES_PER_YEAR);
  }

  /** Adds the default (seed 001's 100 services a year) to {@code policy}. */
  public static Policy.Builder addDefaults(Policy.Builder policy) {
    Checks.required(policy, "VolunteerRules.addDefaults", "policy");
    return policy.define(
        MIN_SERVICES_PER_YEAR,
        ParameterVersion.of(
            100,
            EffectivePeriod.from(ASSUMED_FROM),
            Citation.of("县民政局《加强社区建设思考》（志愿者服务激励机制）", "根据服务次数量化考核（年不少于100次）"),
            "sample local practice (undated; assumed from 2000-01-01)"));
  }

  /**
   * Decides whether {@code volunteer}'s services in {@code year} earn recognition, under the value
   * in force on the last day of the year.
   */
  public static Decision<Compliance> checkRecognition(
      Volunteer volunteer, Year year, Policy policy) {
    Checks.required(volunteer, "VolunteerRules.checkRecognition", "volunteer");
    Checks.required(year, "VolunteerRules.checkRecognition", "year");
    return checkRecognition(volunteer.id(), year, volunteer.servicesIn(year), policy);
  }

  /**
   * Decides whether {@code services} given in {@code year} earn recognition, under the value in
   * force on the last day of the year: the same rule for services counted from a {@link Volunteer}
   * record and from a time bank's ledger ({@code Governance.points().recognition}).
   *
   * @param volunteerId the volunteer's key (or the time bank account's), never a name
   * @throws io.github.jiceng.governance.base.InvalidInputException if {@code services} is negative
   */
  public static Decision<Compliance> checkRecognition(
      String volunteerId, Year year, int services, Policy policy) {
    Checks.key(volunteerId, "VolunteerRules.checkRecognition", "volunteerId");
    Checks.required(year, "VolunteerRules.checkRecognition", "year");
    Checks.required(policy, "VolunteerRules.checkRecognition", "policy");
    if (services < 0) {
      throw io.github.jiceng.governance.base.InvalidInputException.of(
          "VolunteerRules.checkRecognition", "services", "must not be negative");
    }
    ServiceYear facts = new ServiceYear(volunteerId, year, services);
    return RULES.evaluate(
        "volunteer " + volunteerId + " " + year,
        facts,
        policy,
        year.atMonthDay(java.time.MonthDay.of(12, 31)));
  }

  private static Verdict services(ServiceYear facts, RuleContext context) {
    int min = context.use(MIN_SERVICES_PER_YEAR);
    boolean ok = facts.services() >= min;
    return context.check(
        ok,
        Text.of(
            facts.year() + " 年服务 " + facts.services() + " 次，标准不少于 " + min + " 次",
            facts.services()
                + " services in "
                + facts.year()
                + "; recognition needs at least "
                + min),
        ComparedValue.of("services in " + facts.year(), facts.services(), "≥ " + min));
  }
}
