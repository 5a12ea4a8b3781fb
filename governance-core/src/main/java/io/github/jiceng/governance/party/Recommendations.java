package io.github.jiceng.governance.party;

import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a setup decision into advice. Each violated rule says what would mend it; an organisation
 * large enough for a higher form is told so even when it is compliant, because forming it is a
 * choice (with approval), not a duty.
 */
final class Recommendations {
  private Recommendations() {}

  static List<Recommendation> of(
      PartyOrganization o, Decision<Compliance> decision, Policy policy, LocalDate asOf) {
    Advice advice = new Advice(o, policy, asOf);
    if (decision.outcome() == Compliance.NON_COMPLIANT) {
      decision.decidingRuleIds().forEach(advice::forViolated);
    }
    if (o.kind().isBranch() || o.kind() == PartyOrganizationKind.GENERAL_BRANCH) {
      advice.higherForm();
    }
    return advice.found;
  }

  private static final class Advice {
    private final PartyOrganization o;
    private final Policy policy;
    private final LocalDate asOf;
    private final List<Recommendation> found = new ArrayList<>();

    Advice(PartyOrganization o, Policy policy, LocalDate asOf) {
      this.o = o;
      this.policy = policy;
      this.asOf = asOf;
    }

    private void add(String ruleId, String zh, String en) {
      found.add(new Recommendation(ruleId, Text.of(zh, en)));
    }

    void forViolated(String ruleId) {
      int members = o.membersOn(asOf);
      int full = o.fullMembersOn(asOf);
      switch (ruleId) {
        case PartyRules.BRANCH_FULL_MEMBERS ->
            add(
                ruleId,
                "正式党员 " + full + " 名：与邻近单位成立联合党支部",
                full + " full members: form a joint branch with neighbouring units");
        case PartyRules.JOINT_UNITS ->
            add(
                ruleId,
                "覆盖 "
                    + o.placement().places().size()
                    + " 个单位：拆分为每个不超过 "
                    + value(PartyRegulations.JOINT_BRANCH_MAX_UNITS)
                    + " 个单位的联合党支部",
                "covers "
                    + o.placement().places().size()
                    + " units: split into joint branches of at most "
                    + value(PartyRegulations.JOINT_BRANCH_MAX_UNITS)
                    + " units");
        case PartyRules.JOINT_OWN_BRANCH -> {
          Map<String, Integer> units =
              PartyRules.unitsWithOwnBranchSize(
                  o, asOf, value(PartyRegulations.BRANCH_MIN_FULL_MEMBERS));
          units.forEach(
              (unit, count) ->
                  add(
                      ruleId,
                      unit + " 有正式党员 " + count + " 名：单独成立党支部",
                      unit + " has " + count + " full members: set up its own branch"));
        }
        case PartyRules.GENERAL_BRANCH_SETUP, PartyRules.COMMITTEE_SETUP -> setup(ruleId, members);
        case PartyRules.SECRETARY ->
            add(
                ruleId,
                "选举（或指定）一名" + (o.kind() == PartyOrganizationKind.GROUP ? "党小组组长" : "书记"),
                "elect (or appoint) exactly one "
                    + (o.kind() == PartyOrganizationKind.GROUP ? "group leader" : "secretary"));
        case PartyRules.BRANCH_LEADERSHIP -> leadership(ruleId, full);
        case PartyRules.GROUP_SIZE ->
            add(
                ruleId,
                "党员 " + members + " 名：补充党员或与其他党小组合并",
                members + " members: add members or merge with another group");
        case PartyRules.TERM_LENGTH -> termLength(ruleId);
        case PartyRules.TERM_CURRENT -> overdue(ruleId);
        default -> {
          // Branch size is answered by higherForm(), which also covers compliant organisations.
        }
      }
    }

    private void setup(String ruleId, int members) {
      boolean committee = ruleId.equals(PartyRules.COMMITTEE_SETUP);
      int above =
          value(
              committee
                  ? PartyRegulations.COMMITTEE_MEMBERS_ABOVE
                  : PartyRegulations.GENERAL_BRANCH_MEMBERS_ABOVE);
      if (members <= above) {
        add(
            ruleId,
            "党员 " + members + " 名，未超过 " + above + " 名：改设为" + (committee ? "党总支或党支部" : "党支部"),
            members
                + " members, not more than "
                + above
                + ": reorganise as a "
                + (committee ? "general branch or branch" : "branch"));
      }
      Approval approval = o.setupApproval();
      if (approval == null || approval.on().isAfter(asOf)) {
        add(ruleId, "报上级党组织批准设立", "obtain the higher level's approval of the setup");
      }
    }

    private void leadership(String ruleId, int full) {
      int from = value(PartyRegulations.BRANCH_COMMITTEE_FULL_MEMBERS);
      if (full >= from) {
        IntRange usual = value(PartyRegulations.BRANCH_COMMITTEE_USUAL_SIZE);
        IntRange size = value(PartyRegulations.BRANCH_COMMITTEE_SIZE);
        add(
            ruleId,
            "正式党员 " + full + " 名：选举 " + usual + " 人（最多 " + size.max() + " 人）的支部委员会",
            full
                + " full members: elect a branch committee of "
                + usual
                + " (at most "
                + size.max()
                + ")");
      } else {
        add(
            ruleId,
            "正式党员不足 " + from + " 名：不设支部委员会，设书记 1 名，必要时副书记 1 名",
            "fewer than "
                + from
                + " full members: no committee; a secretary and, if needed, one deputy");
      }
    }

    private void termLength(String ruleId) {
      Term term = o.term();
      if (term == null) {
        add(ruleId, "记录本届届期", "record the current term");
        return;
      }
      int maxShift = policy.value(PartyRegulations.ELECTION_MAX_SHIFT_YEARS, term.start());
      add(
          ruleId,
          "提前或延期换届须报上级党组织批准，且不超过 " + maxShift + " 年",
          "an early or late election needs the higher level's approval and may move by at most "
              + maxShift
              + " year(s)");
    }

    private void overdue(String ruleId) {
      Term term = o.term();
      if (term == null) {
        return;
      }
      long days = ChronoUnit.DAYS.between(term.end(), asOf);
      add(
          ruleId,
          "届期已于 " + term.end() + " 届满：换届逾期 " + days + " 天，尽快换届或报批延期",
          "term ended "
              + term.end()
              + ": election overdue by "
              + Term.days(days)
              + "; hold it or obtain approval to postpone");
    }

    void higherForm() {
      int members = o.membersOn(asOf);
      Integer generalAbove = policy.findValue(PartyRegulations.GENERAL_BRANCH_MEMBERS_ABOVE, asOf);
      Integer committeeAbove = policy.findValue(PartyRegulations.COMMITTEE_MEMBERS_ABOVE, asOf);
      if (committeeAbove != null && members > committeeAbove) {
        add(
            PartyRules.COMMITTEE_SETUP,
            "党员 " + members + " 名：经上级党组织批准，可成立基层党委",
            members
                + " members: may form a basic-level committee with the higher level's approval");
      } else if (o.kind().isBranch() && generalAbove != null && members > generalAbove) {
        add(
            PartyRules.GENERAL_BRANCH_SETUP,
            "党员 " + members + " 名：经上级党组织批准，可成立党总支",
            members + " members: may form a general branch with the higher level's approval");
      }
    }

    private <V> V value(io.github.jiceng.governance.policy.ParameterKey<V> key) {
      return policy.value(key, asOf);
    }
  }
}
