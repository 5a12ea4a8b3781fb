package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.convert;
import static io.github.jiceng.governance.testkit.cases.CaseFile.date;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.texts;

import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.party.Approval;
import io.github.jiceng.governance.party.LeaderRole;
import io.github.jiceng.governance.party.PartyLeader;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PartyRules;
import io.github.jiceng.governance.party.PlacementKind;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The party family: a case describes one party organisation by its numbers — kind, placement,
 * members, leaders, term, approvals — and is checked against the setup rules ({@link
 * PartyRules#SETUP}).
 *
 * <pre>
 * organization:
 *   kind: branch                  # committee, general-branch, branch, joint-branch, group
 *   placement: grid               # community (default), grid, building, resident-units
 *   places: [城东超市, 城东药房]     # optional; a joint branch's units
 *   full-members: 45              # members without a unit, full on the date
 *   probationary-members: 6       # default 0
 *   unit-members: {城东超市: 3}     # optional: full members working for a unit
 *   secretaries: 1                # default 1 (for a group: group leaders)
 *   deputies: 0                   # default 0
 *   committee-members: 3          # default 0: seats besides secretary and deputies
 *   term: {start: 2021-09-01, end: 2026-08-31}   # optional; leaders hold office during it
 *   election-approved: 2026-08-01 # optional: approval of an early or late election
 *   setup-approved: 2021-08-15    # optional: approval of a general branch or committee
 * </pre>
 */
final class PartyCases extends ComplianceCases {
  private static final Set<String> ORGANIZATION =
      Set.of(
          "kind",
          "placement",
          "places",
          "full-members",
          "probationary-members",
          "unit-members",
          "secretaries",
          "deputies",
          "committee-members",
          "term",
          "election-approved",
          "setup-approved");
  private static final LocalDate ADMITTED = LocalDate.of(2000, 7, 1);
  private static final LocalDate CONFIRMED = LocalDate.of(2001, 7, 1);
  private static final String APPROVER = "上级党组织";

  @Override
  public String id() {
    return "party";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("organization");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return PartyRules.SETUP;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return PartyRules.checkSetup((PartyOrganization) input, policy, asOf).decision();
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "organization"), ORGANIZATION, "organization");
    Map<String, CaseNode> f = m.fields();
    PartyOrganizationKind kind =
        choice(
            required(m, "kind", "organization.kind"),
            "organization.kind",
            PartyOrganizationKind.class);
    PlacementKind placement =
        f.containsKey("placement")
            ? choice(f.get("placement"), "organization.placement", PlacementKind.class)
            : PlacementKind.COMMUNITY;
    List<String> places =
        f.containsKey("places") ? texts(f.get("places"), "organization.places") : List.of(caseName);
    Term term =
        f.containsKey("term") ? CommitteeCases.term(f.get("term"), "organization.term") : null;
    // Without a term, leaders hold office on any date a case may ask about.
    Term office =
        term != null ? term : Term.of(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
    List<PartyMember> members = members(m, number);
    List<PartyLeader> leaders = new ArrayList<>();
    LeaderRole head =
        kind == PartyOrganizationKind.GROUP ? LeaderRole.GROUP_LEADER : LeaderRole.SECRETARY;
    addLeaders(leaders, count(m, "secretaries", 1), head, office);
    addLeaders(leaders, count(m, "deputies", 0), LeaderRole.DEPUTY_SECRETARY, office);
    addLeaders(leaders, count(m, "committee-members", 0), LeaderRole.COMMITTEE_MEMBER, office);
    Approval election =
        f.containsKey("election-approved")
            ? Approval.of(
                APPROVER, date(f.get("election-approved"), "organization.election-approved"))
            : null;
    Approval setup =
        f.containsKey("setup-approved")
            ? Approval.of(APPROVER, date(f.get("setup-approved"), "organization.setup-approved"))
            : null;
    return convert(
        m,
        "organization",
        node ->
            new PartyOrganization(
                "CASE-" + number,
                kind,
                caseName.length() > 100 ? caseName.substring(0, 100) : caseName,
                new io.github.jiceng.governance.party.Placement(placement, places),
                term,
                election,
                setup,
                leaders,
                members,
                List.of()));
  }

  private static List<PartyMember> members(Mapping m, int number) {
    List<PartyMember> members = new ArrayList<>();
    String prefix = "C" + number + "-";
    for (int i = 1; i <= count(m, "full-members", 0); i++) {
      members.add(PartyMember.full(prefix + "F" + i, "党员" + i, ADMITTED, CONFIRMED));
    }
    for (int i = 1; i <= count(m, "probationary-members", 0); i++) {
      // Admitted long ago and never confirmed: probationary on any date a case asks about.
      members.add(PartyMember.probationary(prefix + "P" + i, "预备党员" + i, ADMITTED));
    }
    CaseNode units = m.fields().get("unit-members");
    if (units != null) {
      Mapping perUnit = mapping(units, unitNames(units), "'organization.unit-members'");
      int u = 0;
      for (Map.Entry<String, CaseNode> unit : perUnit.fields().entrySet()) {
        u++;
        int count = number(unit.getValue(), "organization.unit-members." + unit.getKey());
        for (int i = 1; i <= count; i++) {
          members.add(
              PartyMember.full(
                      prefix + "U" + u + "-" + i, unit.getKey() + "党员" + i, ADMITTED, CONFIRMED)
                  .inUnit(unit.getKey()));
        }
      }
    }
    return members;
  }

  /** Any unit name is allowed as a key of {@code unit-members}. */
  private static Set<String> unitNames(CaseNode node) {
    return node instanceof Mapping map ? map.fields().keySet() : Set.of();
  }

  private static int count(Mapping m, String key, int absent) {
    CaseNode node = m.fields().get(key);
    return node == null ? absent : number(node, "organization." + key);
  }

  private static void addLeaders(List<PartyLeader> into, int count, LeaderRole role, Term term) {
    for (int i = 1; i <= count; i++) {
      into.add(PartyLeader.of(role.label().zh() + i, role, term));
    }
  }
}
