package io.github.jiceng.governance.party;

import static io.github.jiceng.governance.party.PartyOrganizationKind.BRANCH;
import static io.github.jiceng.governance.party.PartyOrganizationKind.COMMITTEE;
import static io.github.jiceng.governance.party.PartyOrganizationKind.GENERAL_BRANCH;
import static io.github.jiceng.governance.party.PartyOrganizationKind.GROUP;
import static io.github.jiceng.governance.party.PartyOrganizationKind.JOINT_BRANCH;

import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The setup rules of party organisations, evaluated as of a date under a {@link Policy} whose
 * parameters are those of {@link PartyRegulations}. {@link #checkSetup} returns, for one
 * organisation, a decision naming every rule with its verdict, compared values, parameter version
 * and citation, and the {@link Recommendation}s that follow from it.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>id</th><th>applies to</th><th>requires</th></tr>
 *   <tr><td>{@code PARTY-BRANCH-FULL-MEMBERS}</td><td>branch</td><td>at least 3 full members
 *       (fewer: a joint branch)</td></tr>
 *   <tr><td>{@code PARTY-JOINT-UNITS}</td><td>joint branch</td><td>covers at most 5 units</td></tr>
 *   <tr><td>{@code PARTY-JOINT-OWN-BRANCH}</td><td>joint branch</td><td>no covered unit has 3 full
 *       members of its own (it must form its own branch)</td></tr>
 *   <tr><td>{@code PARTY-BRANCH-SIZE}</td><td>branch, joint branch</td><td>at most 50
 *       members</td></tr>
 *   <tr><td>{@code PARTY-GENERAL-BRANCH-SETUP}</td><td>general branch</td><td>more than 50 members
 *       and the higher level's approval</td></tr>
 *   <tr><td>{@code PARTY-COMMITTEE-SETUP}</td><td>basic-level committee</td><td>more than 100
 *       members and the higher level's approval</td></tr>
 *   <tr><td>{@code PARTY-SECRETARY}</td><td>all</td><td>exactly one secretary (a group: one group
 *       leader) in office</td></tr>
 *   <tr><td>{@code PARTY-BRANCH-LEADERSHIP}</td><td>branch, joint branch</td><td>7 or more full
 *       members: a committee of 3–7; fewer: a secretary and at most one deputy</td></tr>
 *   <tr><td>{@code PARTY-GROUP-SIZE}</td><td>party group</td><td>at least 3 members, at least 1
 *       full</td></tr>
 *   <tr><td>{@code PARTY-TERM-LENGTH}</td><td>all but groups</td><td>a term of the lawful length
 *       (5 years for committees and community organisations, 3 for other branches), moved by at
 *       most 1 year and only with approval</td></tr>
 *   <tr><td>{@code PARTY-TERM-CURRENT}</td><td>all but groups</td><td>the term has not run out
 *       (no overdue election)</td></tr>
 * </table>
 *
 * <p>Members are counted over the organisation's subtree, as of the date: a member counts from
 * admission, and as full from confirmation. In-service members reporting to the community (在职党员到社区
 * 报到) are never counted towards any threshold — their membership stays with their employer's
 * organisation — and every explanation that counts members names them separately.
 */
public final class PartyRules {
  private PartyRules() {}

  /** Rule ids, in the order they are evaluated and reported. */
  public static final String BRANCH_FULL_MEMBERS = "PARTY-BRANCH-FULL-MEMBERS";

  /** See the class documentation. */
  public static final String JOINT_UNITS = "PARTY-JOINT-UNITS";

  /** See the class documentation. */
  public static final String JOINT_OWN_BRANCH = "PARTY-JOINT-OWN-BRANCH";

  /** See the class documentation. */
  public static final String BRANCH_SIZE = "PARTY-BRANCH-SIZE";

  /** See the class documentation. */
  public static final String GENERAL_BRANCH_SETUP = "PARTY-GENERAL-BRANCH-SETUP";

  /** See the class documentation. */
  public static final String COMMITTEE_SETUP = "PARTY-COMMITTEE-SETUP";

  /** See the class documentation. */
  public static final String SECRETARY = "PARTY-SECRETARY";

  /** See the class documentation. */
  public static final String BRANCH_LEADERSHIP = "PARTY-BRANCH-LEADERSHIP";

  /** See the class documentation. */
  public static final String GROUP_SIZE = "PARTY-GROUP-SIZE";

  /** See the class documentation. */
  public static final String TERM_LENGTH = "PARTY-TERM-LENGTH";

  /** See the class documentation. */
  public static final String TERM_CURRENT = "PARTY-TERM-CURRENT";

  private static final Citation SECRETARY_SOURCE =
      Citation.of(PartyRegulations.BRANCH_REGULATION, "第六章 支部委员会建设");

  /** The setup rules every party organisation is checked against. */
  public static final RuleSet<PartyOrganization, Compliance> SETUP =
      new RuleSet<>(
          "party-setup",
          List.of(
              rule(
                  BRANCH_FULL_MEMBERS,
                  "党支部有3名以上正式党员",
                  "a branch has enough full members",
                  PartyRules::branchFullMembers),
              rule(
                  JOINT_UNITS,
                  "联合党支部覆盖单位不超过上限",
                  "a joint branch covers no more units than allowed",
                  PartyRules::jointUnits),
              rule(
                  JOINT_OWN_BRANCH,
                  "正式党员达标的单位单独建支部",
                  "a unit with enough full members has its own branch",
                  PartyRules::jointOwnBranch),
              rule(
                  BRANCH_SIZE,
                  "党支部党员人数不超过上限",
                  "a branch is not larger than the norm",
                  PartyRules::branchSize),
              rule(
                  GENERAL_BRANCH_SETUP,
                  "党总支的人数与批准",
                  "a general branch has the members and the approval it needs",
                  (o, c) ->
                      upgrade(
                          o,
                          c,
                          GENERAL_BRANCH,
                          "general branches",
                          PartyRegulations.GENERAL_BRANCH_MEMBERS_ABOVE)),
              rule(
                  COMMITTEE_SETUP,
                  "基层党委的人数与批准",
                  "a basic-level committee has the members and the approval it needs",
                  (o, c) ->
                      upgrade(
                          o,
                          c,
                          COMMITTEE,
                          "basic-level party committees",
                          PartyRegulations.COMMITTEE_MEMBERS_ABOVE)),
              rule(
                  SECRETARY,
                  "有且只有一名书记（组长）",
                  "exactly one secretary (group leader) in office",
                  PartyRules::secretary),
              rule(
                  BRANCH_LEADERSHIP,
                  "支部委员会或书记、副书记的设置",
                  "a branch has the committee or secretary its size calls for",
                  PartyRules::branchLeadership),
              rule(GROUP_SIZE, "党小组人数", "a party group has enough members", PartyRules::groupSize),
              rule(TERM_LENGTH, "届期符合规定", "the term has the lawful length", PartyRules::termLength),
              rule(TERM_CURRENT, "按期换届", "the term has not run out", PartyRules::termCurrent)),
          Compliance.combiner());

  private static Rule<PartyOrganization> rule(
      String id, String zh, String en, Rule.Check<PartyOrganization> check) {
    List<Citation> citations = id.equals(SECRETARY) ? List.of(SECRETARY_SOURCE) : List.of();
    return Rule.of(id, Text.of(zh, en), citations, check);
  }

  /**
   * Checks one organisation (counting the members of its subtree) against the regulations in force
   * on {@code asOf}, with what it should do about the result.
   */
  public static PartySetupCheck checkSetup(
      PartyOrganization organization, Policy policy, LocalDate asOf) {
    Checks.required(organization, "PartyRules.checkSetup", "organization");
    Checks.required(policy, "PartyRules.checkSetup", "policy");
    Checks.required(asOf, "PartyRules.checkSetup", "asOf");
    Decision<Compliance> decision =
        SETUP.evaluate(
            organization.kind().label().zh() + " " + organization.name(),
            organization,
            policy,
            asOf);
    return new PartySetupCheck(
        organization, decision, Recommendations.of(organization, decision, policy, asOf));
  }

  /** Checks every organisation of {@code tree}, parents before children. */
  public static List<PartySetupCheck> checkTree(PartyTree tree, Policy policy, LocalDate asOf) {
    Checks.required(tree, "PartyRules.checkTree", "tree");
    Checks.required(policy, "PartyRules.checkTree", "policy");
    Checks.required(asOf, "PartyRules.checkTree", "asOf");
    return tree.organizations().stream().map(o -> checkSetup(o, policy, asOf)).toList();
  }

  // ---- branch formation ----

  private static Verdict branchFullMembers(PartyOrganization o, RuleContext c) {
    if (o.kind() != BRANCH) {
      return onlyFor(c, "党支部", "branches");
    }
    int minimum = c.use(PartyRegulations.BRANCH_MIN_FULL_MEMBERS);
    int full = o.fullMembersOn(c.asOf());
    return c.check(
        full >= minimum,
        counted(
            o,
            c,
            Text.of(
                "正式党员 " + full + " 名，成立党支部需 " + minimum + " 名以上",
                full + " full members; a branch needs at least " + minimum)),
        values(o, c, ComparedValue.of("full members", full, "≥ " + minimum)));
  }

  private static Verdict jointUnits(PartyOrganization o, RuleContext c) {
    if (o.kind() != JOINT_BRANCH) {
      return onlyFor(c, "联合党支部", "joint branches");
    }
    int maximum = c.use(PartyRegulations.JOINT_BRANCH_MAX_UNITS);
    int units = o.placement().places().size();
    return c.check(
        units <= maximum,
        Text.of(
            "覆盖 " + units + " 个单位，上限 " + maximum + " 个",
            "covers " + units + " units; at most " + maximum),
        ComparedValue.of("units covered", units, "≤ " + maximum));
  }

  private static Verdict jointOwnBranch(PartyOrganization o, RuleContext c) {
    if (o.kind() != JOINT_BRANCH) {
      return onlyFor(c, "联合党支部", "joint branches");
    }
    int minimum = c.use(PartyRegulations.BRANCH_MIN_FULL_MEMBERS);
    Map<String, Integer> tooLarge = unitsWithOwnBranchSize(o, c.asOf(), minimum);
    if (tooLarge.isEmpty()) {
      return c.satisfied(
          Text.of(
              "各单位正式党员均不足 " + minimum + " 名",
              "every unit has fewer than " + minimum + " full members"),
          ComparedValue.of("largest unit", "< " + minimum + " full members", "< " + minimum));
    }
    return c.violated(
        Text.of(
            "单位 " + tooLarge + " 正式党员达到 " + minimum + " 名，应单独成立党支部",
            "units "
                + tooLarge
                + " have "
                + minimum
                + " or more full members and must form their own branch"),
        ComparedValue.of("full members per unit", tooLarge, "< " + minimum));
  }

  /** The covered units with at least {@code minimum} full members, with their counts. */
  static Map<String, Integer> unitsWithOwnBranchSize(
      PartyOrganization o, LocalDate day, int minimum) {
    Map<String, Integer> perUnit = new TreeMap<>();
    for (PartyMember member : o.allMembers()) {
      if (member.isOwnMember() && member.isFullOn(day) && member.unit() != null) {
        perUnit.merge(member.unit(), 1, Integer::sum);
      }
    }
    perUnit.values().removeIf(count -> count < minimum);
    return perUnit;
  }

  private static Verdict branchSize(PartyOrganization o, RuleContext c) {
    if (!o.kind().isBranch()) {
      return onlyFor(c, "党支部和联合党支部", "branches and joint branches");
    }
    int maximum = c.use(PartyRegulations.BRANCH_MAX_MEMBERS);
    int members = o.membersOn(c.asOf());
    return c.check(
        members <= maximum,
        counted(
            o,
            c,
            Text.of(
                "党员 " + members + " 名，党支部一般不超过 " + maximum + " 名",
                members + " members; a branch normally has at most " + maximum)),
        values(o, c, ComparedValue.of("members", members, "≤ " + maximum)));
  }

  private static Verdict upgrade(
      PartyOrganization o,
      RuleContext c,
      PartyOrganizationKind kind,
      String kindsEn,
      ParameterKey<Integer> above) {
    if (o.kind() != kind) {
      return onlyFor(c, kind.label().zh(), kindsEn);
    }
    int threshold = c.use(above);
    int members = o.membersOn(c.asOf());
    Approval approval = o.setupApproval();
    boolean approved = approval != null && !approval.on().isAfter(c.asOf());
    boolean enough = members > threshold;
    String approvalZh = approved ? "已经 " + approval + " 批准" : "未经上级党组织批准";
    String approvalEn = approved ? "approved by " + approval : "not approved by the higher level";
    return c.check(
        enough && approved,
        counted(
            o,
            c,
            Text.of(
                "党员 " + members + " 名（需超过 " + threshold + " 名），" + approvalZh,
                members + " members (more than " + threshold + " needed); " + approvalEn)),
        values(
            o,
            c,
            ComparedValue.of("members", members, "> " + threshold),
            ComparedValue.of(
                "setup approval",
                approved && approval != null ? approval.toString() : "none",
                "recorded")));
  }

  // ---- leadership ----

  private static Verdict secretary(PartyOrganization o, RuleContext c) {
    LeaderRole post = o.kind() == GROUP ? LeaderRole.GROUP_LEADER : LeaderRole.SECRETARY;
    String postsEn = o.kind() == GROUP ? "group leaders" : "secretaries";
    long holders = o.leadersOn(c.asOf()).stream().filter(l -> l.role() == post).count();
    return c.check(
        holders == 1,
        Text.of(
            "在任" + post.label().zh() + " " + holders + " 名",
            holders + " " + postsEn + " in office"),
        ComparedValue.of(postsEn + " in office", holders, 1));
  }

  private static Verdict branchLeadership(PartyOrganization o, RuleContext c) {
    if (!o.kind().isBranch()) {
      return onlyFor(c, "党支部和联合党支部", "branches and joint branches");
    }
    int from = c.use(PartyRegulations.BRANCH_COMMITTEE_FULL_MEMBERS);
    int full = o.fullMembersOn(c.asOf());
    List<PartyLeader> leaders = o.leadersOn(c.asOf());
    if (full >= from) {
      IntRange size = c.use(PartyRegulations.BRANCH_COMMITTEE_SIZE);
      int seats = leaders.size();
      return c.check(
          size.contains(seats),
          counted(
              o,
              c,
              Text.of(
                  "正式党员 "
                      + full
                      + " 名（"
                      + from
                      + " 名以上应设支部委员会），支委会 "
                      + seats
                      + " 人，规定 "
                      + size
                      + " 人",
                  full
                      + " full members ("
                      + from
                      + " or more elect a committee); committee of "
                      + seats
                      + ", the rule is "
                      + size)),
          values(o, c, ComparedValue.of("branch committee members", seats, size)));
    }
    int deputiesAllowed = c.use(PartyRegulations.BRANCH_DEPUTIES_WITHOUT_COMMITTEE);
    long deputies = leaders.stream().filter(l -> l.role() == LeaderRole.DEPUTY_SECRETARY).count();
    long seats = leaders.stream().filter(l -> l.role().isCommitteeSeat()).count();
    return c.check(
        deputies <= deputiesAllowed && seats == 0,
        counted(
            o,
            c,
            Text.of(
                "正式党员 "
                    + full
                    + " 名（不足 "
                    + from
                    + " 名不设支部委员会），副书记 "
                    + deputies
                    + " 名，委员 "
                    + seats
                    + " 名",
                full
                    + " full members (fewer than "
                    + from
                    + ": no committee); "
                    + deputies
                    + " deputies, "
                    + seats
                    + " committee seats")),
        values(
            o,
            c,
            ComparedValue.of("deputy secretaries", deputies, "≤ " + deputiesAllowed),
            ComparedValue.of("committee seats", seats, 0)));
  }

  private static Verdict groupSize(PartyOrganization o, RuleContext c) {
    if (o.kind() != GROUP) {
      return onlyFor(c, "党小组", "party groups");
    }
    int minimum = c.use(PartyRegulations.GROUP_MIN_MEMBERS);
    int minimumFull = c.use(PartyRegulations.GROUP_MIN_FULL_MEMBERS);
    int members = o.membersOn(c.asOf());
    int full = o.fullMembersOn(c.asOf());
    return c.check(
        members >= minimum && full >= minimumFull,
        counted(
            o,
            c,
            Text.of(
                "党员 "
                    + members
                    + " 名（至少 "
                    + minimum
                    + " 名），其中正式党员 "
                    + full
                    + " 名（至少 "
                    + minimumFull
                    + " 名）",
                members
                    + " members (at least "
                    + minimum
                    + "), "
                    + full
                    + " of them full (at least "
                    + minimumFull
                    + ")")),
        values(
            o,
            c,
            ComparedValue.of("members", members, "≥ " + minimum),
            ComparedValue.of("full members", full, "≥ " + minimumFull)));
  }

  // ---- terms ----

  /**
   * The term length that applies to {@code o}: committees and community organisations 5, others 3.
   */
  static ParameterKey<Integer> termKey(PartyOrganization o) {
    if (o.kind() == COMMITTEE) {
      return PartyRegulations.TERM_YEARS_COMMITTEE;
    }
    return o.placement().isCommunity()
        ? PartyRegulations.TERM_YEARS_COMMUNITY
        : PartyRegulations.TERM_YEARS_OTHER_BRANCH;
  }

  private static Verdict termLength(PartyOrganization o, RuleContext c) {
    if (!o.kind().hasTerms()) {
      return onlyFor(c, "党小组以外的党组织", "organisations other than party groups");
    }
    Term term = o.term();
    if (term == null) {
      return c.violated(
          Text.of("未记录届期", "no term is recorded"), ComparedValue.of("term", "none", "recorded"));
    }
    // A term is judged by the rules in force when it began, as with committees. One that began
    // before the policy has a term length (nationally: before the opinion on terms took effect on
    // 2018-07-12) keeps its length, the opinion's transitional rule; the reason names that day.
    ParameterKey<Integer> lengthKey = termKey(o);
    if (c.policy().findValue(lengthKey, term.start()) == null) {
      return c.notApplicable(
          Text.of(
              "届期 "
                  + term
                  + " 始于 "
                  + term.start()
                  + "，当日 "
                  + lengthKey.id()
                  + " 尚无有效值（任期规定施行前选出的，任满本届）",
              "term "
                  + term
                  + " began on "
                  + term.start()
                  + ", when "
                  + lengthKey.id()
                  + " had no value in force (organisations elected before the rule keep their current term)"));
    }
    int years = c.use(lengthKey, term.start());
    LocalDate regularEnd = term.start().plusYears(years);
    long shiftDays = shiftInDays(term, regularEnd);
    if (shiftDays == 0) {
      return c.satisfied(
          Text.of(
              "届期 " + term + "，每届 " + years + " 年",
              "term " + term + "; " + years + " years a term"),
          ComparedValue.of("last day of term", term.end(), "by " + regularEnd));
    }
    int maxShift = c.use(PartyRegulations.ELECTION_MAX_SHIFT_YEARS, term.start());
    boolean withinShift =
        !term.end().isAfter(regularEnd.plusYears(maxShift))
            && !term.end().isBefore(regularEnd.minusYears(maxShift));
    Approval approval = o.electionApproval();
    boolean approved = approval != null && !approval.on().isAfter(c.asOf());
    String direction = shiftDays > 0 ? "延期" : "提前";
    String directionEn = shiftDays > 0 ? "late" : "early";
    return c.check(
        withinShift && approved,
        Text.of(
            "届期 "
                + term
                + "，每届 "
                + years
                + " 年，"
                + direction
                + " "
                + Math.abs(shiftDays)
                + " 天换届（最多 "
                + maxShift
                + " 年），"
                + (approved ? "已经 " + approval + " 批准" : "未经批准"),
            "term "
                + term
                + "; "
                + years
                + " years a term, election "
                + Math.abs(shiftDays)
                + " days "
                + directionEn
                + " (at most "
                + maxShift
                + " year(s)), "
                + (approved ? "approved by " + approval : "not approved")),
        ComparedValue.of(
            "last day of term",
            term.end(),
            "by " + regularEnd + " ± " + maxShift + " year(s) with approval"),
        ComparedValue.of(
            "election approval",
            approved && approval != null ? approval.toString() : "none",
            "recorded"));
  }

  /**
   * Days the term's end lies after its regular end (negative: before). A term that ends on the
   * anniversary or the day before it is on time: both conventions are common.
   */
  private static long shiftInDays(Term term, LocalDate regularEnd) {
    if (term.end().equals(regularEnd) || term.end().equals(regularEnd.minusDays(1))) {
      return 0;
    }
    return ChronoUnit.DAYS.between(regularEnd, term.end());
  }

  private static Verdict termCurrent(PartyOrganization o, RuleContext c) {
    if (!o.kind().hasTerms()) {
      return onlyFor(c, "党小组以外的党组织", "organisations other than party groups");
    }
    Term term = o.term();
    return term == null
        ? c.notApplicable(Text.of("未记录届期", "no term is recorded"))
        : term.checkCurrent(c);
  }

  // ---- in-service members reporting to the community ----

  /**
   * {@code reason}, followed by the number of in-service members reporting to the community when
   * there are any: they are listed with the organisation but never counted (their membership stays
   * with their employer), and an explanation that left them out silently would look like a
   * miscount.
   */
  private static Text counted(PartyOrganization o, RuleContext c, Text reason) {
    int reporting = o.reportingMembersOn(c.asOf());
    if (reporting == 0) {
      return reason;
    }
    return Text.of(
        reason.zh() + "（另有在职党员到社区报到 " + reporting + " 名，组织关系不在本组织，不计入）",
        reason.en()
            + " (plus "
            + reporting
            + " in-service members reporting to the community, whose membership stays"
            + " with their employer: not counted)");
  }

  /**
   * {@code compared}, with the reporting in-service members as one more value when there are any.
   */
  private static ComparedValue[] values(
      PartyOrganization o, RuleContext c, ComparedValue... compared) {
    int reporting = o.reportingMembersOn(c.asOf());
    if (reporting == 0) {
      return compared;
    }
    ComparedValue[] all = java.util.Arrays.copyOf(compared, compared.length + 1);
    all[compared.length] =
        ComparedValue.of("in-service members reporting (not counted)", reporting, "not counted");
    return all;
  }

  private static Verdict onlyFor(RuleContext c, String zh, String en) {
    return c.notApplicable(Text.of("仅适用于" + zh, "applies to " + en + " only"));
  }
}
