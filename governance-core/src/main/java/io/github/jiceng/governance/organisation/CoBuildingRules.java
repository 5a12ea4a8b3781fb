package io.github.jiceng.governance.organisation;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rules on a co-building agreement (共驻共建), each explained: {@value #IN_FORCE} — the agreement
 * runs on the day asked (signed, not yet past its last day); {@value #PARTY_REPORTED} — a unit with
 * a party organisation has reported it to the community's (seed report 004:
 * "建立辖区单位党组织属地报到制度。辖区各类党组织都要到所在社区党组织报到"). Neither takes a parameter: the term of an agreement is
 * the agreement's own, and no source sets a deadline for reporting.
 */
public final class CoBuildingRules {
  private CoBuildingRules() {}

  /** Rule id: the agreement runs on the day. */
  public static final String IN_FORCE = "COBUILD-IN-FORCE";

  /** Rule id: the unit's party organisation reported to the community's. */
  public static final String PARTY_REPORTED = "COBUILD-PARTY-REPORTED";

  private static final Citation CO_BUILDING =
      Citation.of("区民政局社区建设工作报告（种子报告002）", "与社区签订共驻共建、共建共享协议");
  private static final Citation REPORTING = Citation.of("基层治理法治化调研报告（种子报告004）", "建立辖区单位党组织属地报到制度");

  /** The rules on an agreement. */
  public static final RuleSet<CoBuildingAgreement, Compliance> CO_BUILDING_RULES =
      new RuleSet<>(
          "co-building-rules",
          List.of(
              Rule.of(
                  IN_FORCE,
                  Text.of("共驻共建协议在有效期内", "the agreement runs on the day"),
                  List.of(CO_BUILDING),
                  CoBuildingRules::inForce),
              Rule.of(
                  PARTY_REPORTED,
                  Text.of("驻区单位党组织已到社区报到", "the unit's party organisation has reported"),
                  List.of(REPORTING),
                  CoBuildingRules::partyReported)),
          Compliance.combiner());

  /** Decides {@code agreement} on {@code asOf}. */
  public static Decision<Compliance> check(
      CoBuildingAgreement agreement, Policy policy, LocalDate asOf) {
    Checks.required(agreement, "CoBuildingRules.check", "agreement");
    Checks.required(policy, "CoBuildingRules.check", "policy");
    Checks.required(asOf, "CoBuildingRules.check", "asOf");
    return CO_BUILDING_RULES.evaluate(
        "co-building agreement " + agreement.id(), agreement, policy, asOf);
  }

  private static Verdict inForce(CoBuildingAgreement a, RuleContext c) {
    LocalDate day = c.asOf();
    if (day.isBefore(a.signed())) {
      return c.violated(
          Text.of(
              "协议 " + a.signed() + " 签订，" + day + " 尚未生效",
              "signed on " + a.signed() + ", not yet in force on " + day),
          ComparedValue.of("day", day, "from " + a.signed()));
    }
    long over = ChronoUnit.DAYS.between(a.until(), day);
    return c.check(
        over <= 0,
        over <= 0
            ? Text.of(
                "协议有效期 " + a.signed() + " 至 " + a.until(),
                "in force from " + a.signed() + " to " + a.until())
            : Text.of(
                "协议 " + a.until() + " 到期，已过期 " + over + " 天",
                "ran out on " + a.until() + ", " + over + " days ago"),
        ComparedValue.of("day", day, "to " + a.until()));
  }

  private static Verdict partyReported(CoBuildingAgreement a, RuleContext c) {
    if (!a.unitHasPartyOrganisation()) {
      return c.notApplicable(Text.of("单位无党组织", "the unit has no party organisation"));
    }
    LocalDate reported = a.partyReported();
    boolean ok = reported != null && !reported.isAfter(c.asOf());
    return c.check(
        ok,
        ok
            ? Text.of(
                "单位党组织 " + reported + " 到社区报到", "its party organisation reported on " + reported)
            : Text.of(
                "单位党组织未到社区党组织报到", "its party organisation has not reported to the community's"),
        ComparedValue.of("reported", ok ? reported : "no", "yes"));
  }
}
