package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.party.Approval;
import io.github.jiceng.governance.party.CrossAppointment;
import io.github.jiceng.governance.party.LeaderRole;
import io.github.jiceng.governance.party.PartyLeader;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PartySetupCheck;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.party.PlacementKind;
import io.github.jiceng.governance.policy.Compliance;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The party-organisation part of the demo: 城东社区's organisations in the seeds' pattern
 * "党委建在社区、党支部建在网格、党小组建在楼栋", stored, checked as of a date, and printed as a tree with each
 * organisation's result, the recommendations, and one check explained in full. Member counts and
 * names are illustrative.
 */
final class PartyDemo {
  private static final DivisionCode CHENGDONG = DivisionCode.of("341802001001");
  private static final LocalDate ADMITTED = LocalDate.of(2012, 7, 1);
  private static final LocalDate CONFIRMED = LocalDate.of(2013, 7, 1);
  private static final Term TERM = Term.of(LocalDate.of(2021, 7, 1), LocalDate.of(2026, 6, 30));

  private PartyDemo() {}

  static void run(Governance governance, LocalDate asOf, PrintStream out) {
    PartyTree tree = governance.party().add(PartyTree.of(CHENGDONG, chengdong()));
    List<PartySetupCheck> checks = governance.party().checkTree(tree, asOf);

    out.println("== 党组织 / Party organisations: 城东社区, as of " + asOf + " ==");
    for (PartySetupCheck check : checks) {
      PartyOrganization o = check.organization();
      int reporting = o.reportingMembersOn(asOf); // membership elsewhere: listed, never counted
      out.printf(
          "%s%s %s [%s] %d 名党员 / members (%d 正式 / full)%s  %s%n",
          "  ".repeat(depth(tree.root(), o.id())),
          o.kind().label().zh(),
          o.name(),
          o.placement(),
          o.membersOn(asOf),
          o.fullMembersOn(asOf),
          reporting == 0 ? "" : " + " + reporting + " 在职党员报到 / reporting in service",
          check.outcome() == Compliance.COMPLIANT
              ? "✓ " + check.outcome().label().zh()
              : "✗ " + String.join(", ", check.decision().decidingRuleIds()));
    }
    tree.oneShoulderOn(asOf)
        .ifPresent(
            secretary ->
                out.println(
                    "一肩挑 / one person in both posts: "
                        + secretary.name()
                        + " — 党委书记兼居委会主任"
                        + " (party secretary and residents' committee director)"));
    out.println("交叉任职 / cross-appointed leaders: " + tree.crossAppointedOn(asOf).size());
    out.println("建议 / Recommendations:");
    for (PartySetupCheck check : checks) {
      check
          .recommendations()
          .forEach(
              r ->
                  out.println(
                      "  " + check.organization().name() + ": " + r + " / " + r.advice().en()));
    }
    out.println();
    PartySetupCheck second =
        checks.stream()
            .filter(c -> c.organization().id().equals("CD-P-B2"))
            .findFirst()
            .orElseThrow();
    out.println("== 为什么 / Why: " + second.organization().name() + " ==");
    out.println(second.explain());
  }

  private static int depth(PartyOrganization from, String id) {
    if (from.id().equals(id)) {
      return 0;
    }
    for (PartyOrganization child : from.children()) {
      int below = depth(child, id);
      if (below >= 0) {
        return below + 1;
      }
    }
    return -1;
  }

  /**
   * 城东社区: a basic-level committee over three grid branches (the second too large, the third past
   * its term), party groups in buildings (one too small), and a joint branch of the shops.
   */
  static PartyOrganization chengdong() {
    PartyOrganization grid1 =
        branch("CD-P-B1", "第一网格党支部", "第一网格", 24, TERM)
            .leader("李梅", LeaderRole.ORGANIZATION_MEMBER)
            .leader("赵军", LeaderRole.PUBLICITY_MEMBER)
            .child(group("CD-P-B1-G3", "3号楼党小组", "3号楼", 4))
            .child(group("CD-P-B1-G5", "5号楼党小组", "5号楼", 2))
            .build();
    PartyOrganization grid2 =
        branch("CD-P-B2", "第二网格党支部", "第二网格", 51, TERM)
            .leader("钱进", LeaderRole.ORGANIZATION_MEMBER)
            .leader("孙浩", LeaderRole.PUBLICITY_MEMBER)
            .leader("周强", LeaderRole.DISCIPLINE_MEMBER)
            .build();
    Term pastTerm = Term.of(LocalDate.of(2021, 3, 2), LocalDate.of(2026, 3, 1));
    PartyOrganization grid3 = branch("CD-P-B3", "第三网格党支部", "第三网格", 6, pastTerm).build();
    List<PartyMember> shops = new ArrayList<>();
    shops.add(PartyMember.full("CD-J-1", "郑洁", ADMITTED, CONFIRMED).inUnit("城东超市"));
    shops.add(PartyMember.full("CD-J-2", "冯涛", ADMITTED, CONFIRMED).inUnit("城东超市"));
    shops.add(
        PartyMember.full("CD-J-3", "陈晨", ADMITTED, CONFIRMED)
            .inUnit("宣城银行城东支行")
            .asReportingInService());
    shops.add(PartyMember.probationary("CD-J-4", "韩雪", LocalDate.of(2026, 5, 4)).inUnit("城东药房"));
    PartyOrganization joint =
        PartyOrganization.builder("CD-P-J1", PartyOrganizationKind.JOINT_BRANCH)
            .name("城东商圈联合党支部")
            .placement(PlacementKind.RESIDENT_UNITS, "城东超市", "宣城银行城东支行", "城东药房")
            .term(Term.of(LocalDate.of(2024, 5, 1), LocalDate.of(2027, 4, 30)))
            .leader("郑洁", LeaderRole.SECRETARY)
            .replaceMembers(shops)
            .build();
    return PartyOrganization.builder("CD-P", PartyOrganizationKind.COMMITTEE)
        .name("中共城东社区委员会")
        .placement(PlacementKind.COMMUNITY, "城东社区")
        .term(TERM)
        .setupApproval(Approval.of("中共宣州区委", LocalDate.of(2021, 6, 10)))
        .leader(
            PartyLeader.of("城东主任", LeaderRole.SECRETARY, TERM)
                .alsoOn(CrossAppointment.of(CHENGDONG.value() + "-RC", CommitteeRole.DIRECTOR)))
        .leader(
            PartyLeader.of("城东副主任", LeaderRole.DEPUTY_SECRETARY, TERM)
                .alsoOn(
                    CrossAppointment.of(CHENGDONG.value() + "-RC", CommitteeRole.DEPUTY_DIRECTOR)))
        .leader("刘洋", LeaderRole.ORGANIZATION_MEMBER)
        .leader("陈静", LeaderRole.PUBLICITY_MEMBER)
        .leader("杨帆", LeaderRole.DISCIPLINE_MEMBER)
        .replaceMembers(members("CD-M0", "党委", 11))
        .child(grid1)
        .child(grid2)
        .child(grid3)
        .child(joint)
        .build();
  }

  private static PartyOrganization.Builder branch(
      String id, String name, String grid, int full, Term term) {
    return PartyOrganization.builder(id, PartyOrganizationKind.BRANCH)
        .name(name)
        .placement(PlacementKind.GRID, grid)
        .term(term)
        .leader(name.substring(0, 4) + "书记", LeaderRole.SECRETARY)
        .replaceMembers(members(id, name.substring(0, 4), full));
  }

  private static PartyOrganization group(String id, String name, String building, int full) {
    return PartyOrganization.builder(id, PartyOrganizationKind.GROUP)
        .name(name)
        .placement(PlacementKind.BUILDING, building)
        .leader(PartyLeader.of(building + "组长", LeaderRole.GROUP_LEADER, TERM))
        .replaceMembers(members(id, building, full))
        .build();
  }

  private static List<PartyMember> members(String idPrefix, String namePrefix, int count) {
    List<PartyMember> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      members.add(PartyMember.full(idPrefix + "-" + i, namePrefix + "党员" + i, ADMITTED, CONFIRMED));
    }
    return members;
  }
}
