package io.github.jiceng.governance.party;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleResult;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyRulesTest {
  private static final Policy NATIONAL = NationalDefaults.policy();
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final Term TERM = Term.ofYears(LocalDate.of(2021, 9, 1), 5);
  private static final LocalDate ADMITTED = LocalDate.of(2015, 7, 1);
  private static final LocalDate CONFIRMED = LocalDate.of(2016, 7, 1);

  /** {@code full} full members then {@code probationary} probationary ones, ids prefixed. */
  static List<PartyMember> members(String prefix, int full, int probationary) {
    List<PartyMember> members = new ArrayList<>();
    for (int i = 1; i <= full; i++) {
      members.add(PartyMember.full(prefix + "-F" + i, "党员" + prefix + i, ADMITTED, CONFIRMED));
    }
    for (int i = 1; i <= probationary; i++) {
      members.add(
          PartyMember.probationary(
              prefix + "-P" + i, "预备党员" + prefix + i, LocalDate.of(2026, 1, 10)));
    }
    return members;
  }

  /** A grid branch with a secretary (and a committee when {@code committee}). */
  static PartyOrganization.Builder branch(int full, int probationary, boolean committee) {
    PartyOrganization.Builder b =
        PartyOrganization.builder("B1", PartyOrganizationKind.BRANCH)
            .name("城东社区第一网格党支部")
            .placement(PlacementKind.GRID, "第一网格")
            .term(TERM)
            .replaceMembers(members("B1", full, probationary))
            .leader("王建国", LeaderRole.SECRETARY);
    if (committee) {
      b.leader("李梅", LeaderRole.ORGANIZATION_MEMBER).leader("赵军", LeaderRole.PUBLICITY_MEMBER);
    }
    return b;
  }

  private static PartySetupCheck check(PartyOrganization o) {
    return PartyRules.checkSetup(o, NATIONAL, AS_OF);
  }

  private static RuleResult rule(PartySetupCheck check, String id) {
    return check.result(id).orElseThrow();
  }

  @ParameterizedTest(name = "{0} full members → {1}")
  @CsvSource({"2, VIOLATED", "3, SATISFIED"})
  @DisplayName("a branch needs 3 full members (2 is one short; probationary members do not count)")
  void branchNeedsThreeFullMembers(int full, Verdict expected) {
    PartySetupCheck check = check(branch(full, 4, false).build());

    RuleResult result = rule(check, PartyRules.BRANCH_FULL_MEMBERS);
    assertThat(result.verdict()).isEqualTo(expected);
    assertThat(result.citations())
        .extracting(Citation::toString)
        .containsExactly("《中国共产党支部工作条例（试行）》 第二章 组织设置");
    if (expected == Verdict.VIOLATED) {
      assertThat(check.recommendations())
          .extracting(r -> r.advice().en())
          .contains("2 full members: form a joint branch with neighbouring units");
    }
  }

  @Test
  @DisplayName("a probationary member counts as full from the day of confirmation")
  void confirmationDate() {
    PartyMember third =
        PartyMember.full("B1-F3", "孙丽", LocalDate.of(2025, 7, 1), AS_OF.plusDays(1));
    List<PartyMember> list = new ArrayList<>(members("B1", 2, 0));
    list.add(third);
    PartyOrganization o = branch(0, 0, false).replaceMembers(list).build();

    assertThat(
            rule(PartyRules.checkSetup(o, NATIONAL, AS_OF), PartyRules.BRANCH_FULL_MEMBERS)
                .verdict())
        .isEqualTo(Verdict.VIOLATED);
    assertThat(
            rule(
                    PartyRules.checkSetup(o, NATIONAL, AS_OF.plusDays(1)),
                    PartyRules.BRANCH_FULL_MEMBERS)
                .verdict())
        .isEqualTo(Verdict.SATISFIED);
  }

  @ParameterizedTest(name = "{0} full members, committee {1} → {2}")
  @CsvSource({
    "6, false, SATISFIED", // below 7: a secretary alone is right
    "6, true,  VIOLATED", // below 7: no committee seats
    "7, false, VIOLATED", // 7: a committee of 3-7 must be elected
    "7, true,  SATISFIED"
  })
  @DisplayName("7 full members call for a branch committee; 6 for a secretary and at most a deputy")
  void branchLeadershipAtSeven(int full, boolean committee, Verdict expected) {
    PartySetupCheck check = check(branch(full, 0, committee).build());

    assertThat(rule(check, PartyRules.BRANCH_LEADERSHIP).verdict()).isEqualTo(expected);
    if (full == 7 && !committee) {
      assertThat(check.recommendations())
          .extracting(r -> r.advice().en())
          .contains("7 full members: elect a branch committee of 3–5 (at most 7)");
    }
  }

  @Test
  @DisplayName("a branch without a committee may have one deputy secretary, not two")
  void oneDeputy() {
    PartyOrganization one = branch(5, 0, false).leader("钱进", LeaderRole.DEPUTY_SECRETARY).build();
    PartyOrganization two = one.toBuilder().leader("孙浩", LeaderRole.DEPUTY_SECRETARY).build();

    assertThat(rule(check(one), PartyRules.BRANCH_LEADERSHIP).verdict())
        .isEqualTo(Verdict.SATISFIED);
    assertThat(rule(check(two), PartyRules.BRANCH_LEADERSHIP).verdict())
        .isEqualTo(Verdict.VIOLATED);
  }

  @ParameterizedTest(name = "{0} committee seats → {1}")
  @CsvSource({"2, VIOLATED", "3, SATISFIED", "7, SATISFIED", "8, VIOLATED"})
  @DisplayName("a branch committee has 3 to 7 members")
  void committeeSize(int seats, Verdict expected) {
    PartyOrganization.Builder b = branch(20, 0, false);
    for (int i = 1; i < seats; i++) {
      b.leader("委员" + i, LeaderRole.COMMITTEE_MEMBER);
    }
    assertThat(rule(check(b.build()), PartyRules.BRANCH_LEADERSHIP).verdict()).isEqualTo(expected);
  }

  @Test
  @DisplayName(
      "50 members are within the branch norm; 51 are not, and may form a general branch with approval")
  void branchSizeAtFifty() {
    PartySetupCheck fifty = check(branch(45, 5, true).build());
    PartySetupCheck fiftyOne = check(branch(45, 6, true).build());

    assertThat(rule(fifty, PartyRules.BRANCH_SIZE).verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(fifty.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(fifty.recommendations()).isEmpty();
    assertThat(rule(fiftyOne, PartyRules.BRANCH_SIZE).verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(fiftyOne.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(fiftyOne.recommendations())
        .extracting(Recommendation::toString)
        .containsExactly("[PARTY-GENERAL-BRANCH-SETUP] 党员 51 名：经上级党组织批准，可成立党总支");
    assertThat(fiftyOne.explain(Language.EN))
        .contains("✗ PARTY-BRANCH-SIZE", "51 members; a branch normally has at most 50")
        .contains(
            "→ [PARTY-GENERAL-BRANCH-SETUP] 51 members: may form a general branch with the higher level's approval");
  }

  private static PartyOrganization generalBranch(int branches, int membersEach, Approval approval) {
    PartyOrganization.Builder g =
        PartyOrganization.builder("G1", PartyOrganizationKind.GENERAL_BRANCH)
            .name("城东社区党总支")
            .placement(PlacementKind.COMMUNITY, "城东社区")
            .term(TERM)
            .leader("周红", LeaderRole.SECRETARY);
    if (approval != null) {
      g.setupApproval(approval);
    }
    for (int i = 1; i <= branches; i++) {
      g.child(
          PartyOrganization.builder("B" + i, PartyOrganizationKind.BRANCH)
              .name("第" + i + "网格党支部")
              .placement(PlacementKind.GRID, "第" + i + "网格")
              .term(TERM)
              .leader("书记" + i, LeaderRole.SECRETARY)
              .leader("组织委员" + i, LeaderRole.ORGANIZATION_MEMBER)
              .leader("宣传委员" + i, LeaderRole.PUBLICITY_MEMBER)
              .replaceMembers(members("B" + i, membersEach, 0))
              .build());
    }
    return g.build();
  }

  @Test
  @DisplayName(
      "a general branch needs more than 50 members in its branches and the higher level's approval")
  void generalBranchSetup() {
    Approval approval = Approval.of("中共澄江街道工作委员会", LocalDate.of(2021, 8, 15));

    PartySetupCheck fifty = check(generalBranch(2, 25, approval));
    PartySetupCheck fiftyOne = check(generalBranch(3, 17, approval));
    PartySetupCheck unapproved = check(generalBranch(3, 17, null));

    assertThat(rule(fifty, PartyRules.GENERAL_BRANCH_SETUP).verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(fifty.recommendations())
        .extracting(r -> r.advice().en())
        .containsExactly("50 members, not more than 50: reorganise as a branch");
    assertThat(rule(fiftyOne, PartyRules.GENERAL_BRANCH_SETUP).verdict())
        .isEqualTo(Verdict.SATISFIED);
    assertThat(rule(fiftyOne, PartyRules.GENERAL_BRANCH_SETUP).reason().en())
        .isEqualTo("51 members (more than 50 needed); approved by 中共澄江街道工作委员会 2021-08-15");
    assertThat(rule(unapproved, PartyRules.GENERAL_BRANCH_SETUP).verdict())
        .isEqualTo(Verdict.VIOLATED);
    assertThat(unapproved.recommendations())
        .extracting(r -> r.advice().en())
        .containsExactly("obtain the higher level's approval of the setup");
  }

  @Test
  @DisplayName(
      "100 members are too few for a basic-level committee, 101 enough; a general branch of 101 is told it may become one")
  void committeeSetupAtHundred() {
    Approval approval = Approval.of("中共宣州区委", LocalDate.of(2021, 8, 15));
    PartyOrganization hundred = generalBranch(4, 25, approval).toBuilder().build();
    PartyOrganization committee100 = asCommittee(hundred, approval);
    PartyOrganization committee101 =
        asCommittee(
            generalBranch(4, 25, approval).toBuilder()
                .members(PartyMember.full("X-1", "新党员", ADMITTED, CONFIRMED))
                .build(),
            approval);

    assertThat(rule(check(committee100), PartyRules.COMMITTEE_SETUP).verdict())
        .isEqualTo(Verdict.VIOLATED);
    assertThat(rule(check(committee101), PartyRules.COMMITTEE_SETUP).verdict())
        .isEqualTo(Verdict.SATISFIED);
    assertThat(check(hundred).recommendations()).isEmpty();
    PartyOrganization general101 =
        hundred.toBuilder().members(PartyMember.full("X-1", "新党员", ADMITTED, CONFIRMED)).build();
    assertThat(check(general101).recommendations())
        .extracting(r -> r.advice().en())
        .containsExactly(
            "101 members: may form a basic-level committee with the higher level's approval");
  }

  private static PartyOrganization asCommittee(PartyOrganization general, Approval approval) {
    PartyOrganization.Builder c =
        PartyOrganization.builder("C1", PartyOrganizationKind.COMMITTEE)
            .name("中共城东社区委员会")
            .placement(PlacementKind.COMMUNITY, "城东社区")
            .term(TERM)
            .setupApproval(approval)
            .leader("周红", LeaderRole.SECRETARY)
            .replaceMembers(general.members())
            .replaceChildren(general.children());
    return c.build();
  }

  @ParameterizedTest(name = "term ending {0}, as of {1} → {2}")
  @CsvSource({
    "2026-06-29, 2026-06-29, SATISFIED",
    "2026-06-29, 2026-06-30, VIOLATED",
    "2026-06-30, 2026-06-30, SATISFIED"
  })
  @DisplayName("a term is current through its last day and overdue from the next")
  void termEnd(LocalDate lastDay, LocalDate asOf, Verdict expected) {
    Term term = Term.of(lastDay.minusYears(5).plusDays(1), lastDay);
    PartyOrganization o = branch(5, 0, false).term(term).build();

    PartySetupCheck check = PartyRules.checkSetup(o, NATIONAL, asOf);

    assertThat(rule(check, PartyRules.TERM_CURRENT).verdict()).isEqualTo(expected);
    if (expected == Verdict.VIOLATED) {
      assertThat(check.recommendations())
          .extracting(r -> r.advice().en())
          .containsExactly(
              "term ended 2026-06-29: election overdue by 1 day; hold it or obtain approval to postpone");
    }
  }

  @Test
  @DisplayName("community branches have 5-year terms; a resident unit's branch has 3")
  void termLengthByPlacement() {
    PartyOrganization community = branch(5, 0, false).build();
    PartyOrganization unit =
        branch(5, 0, false).placement(PlacementKind.RESIDENT_UNITS, "宣城市第二中学").build();

    assertThat(rule(check(community), PartyRules.TERM_LENGTH).verdict())
        .isEqualTo(Verdict.SATISFIED);
    RuleResult unitResult = rule(check(unit), PartyRules.TERM_LENGTH);
    assertThat(unitResult.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(unitResult.parameters().get(0).parameterId())
        .isEqualTo("party.term-years.other-branch");
    PartyOrganization threeYears =
        unit.toBuilder().term(Term.ofYears(LocalDate.of(2024, 9, 1), 3)).build();
    assertThat(rule(check(threeYears), PartyRules.TERM_LENGTH).verdict())
        .isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName(
      "a late election is lawful with approval and within a year, not without approval or beyond a year")
  void movedElection() {
    Approval approval = Approval.of("中共澄江街道工作委员会", LocalDate.of(2026, 8, 1));
    Term sixMonthsLate = Term.of(LocalDate.of(2021, 9, 1), LocalDate.of(2027, 2, 28));
    Term twoYearsLate = Term.of(LocalDate.of(2021, 9, 1), LocalDate.of(2028, 8, 31));
    LocalDate asOf = LocalDate.of(2026, 9, 1);

    PartyOrganization unapproved = branch(5, 0, false).term(sixMonthsLate).build();
    PartyOrganization approved = unapproved.toBuilder().electionApproval(approval).build();
    PartyOrganization tooLate = approved.toBuilder().term(twoYearsLate).build();

    assertThat(
            rule(PartyRules.checkSetup(unapproved, NATIONAL, asOf), PartyRules.TERM_LENGTH)
                .verdict())
        .isEqualTo(Verdict.VIOLATED);
    RuleResult ok = rule(PartyRules.checkSetup(approved, NATIONAL, asOf), PartyRules.TERM_LENGTH);
    assertThat(ok.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(ok.reason().en())
        .contains("election 180 days late", "approved by 中共澄江街道工作委员会 2026-08-01");
    assertThat(
            rule(PartyRules.checkSetup(tooLate, NATIONAL, asOf), PartyRules.TERM_LENGTH).verdict())
        .isEqualTo(Verdict.VIOLATED);
  }

  @ParameterizedTest(name = "{0} units → {1}")
  @CsvSource({"5, SATISFIED", "6, VIOLATED"})
  @DisplayName("a joint branch covers at most 5 units")
  void jointBranchUnits(int units, Verdict expected) {
    String[] names = new String[units];
    for (int i = 0; i < units; i++) {
      names[i] = "商户" + (i + 1);
    }
    PartyOrganization joint = jointBranch(names).build();

    assertThat(rule(check(joint), PartyRules.JOINT_UNITS).verdict()).isEqualTo(expected);
  }

  private static PartyOrganization.Builder jointBranch(String... units) {
    List<PartyMember> members = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      members.add(
          PartyMember.full("J-" + i + "a", "党员甲" + i, ADMITTED, CONFIRMED).inUnit(units[i]));
      members.add(
          PartyMember.full("J-" + i + "b", "党员乙" + i, ADMITTED, CONFIRMED).inUnit(units[i]));
    }
    return PartyOrganization.builder("J1", PartyOrganizationKind.JOINT_BRANCH)
        .name("城东社区商圈联合党支部")
        .placement(PlacementKind.RESIDENT_UNITS, units)
        .term(Term.ofYears(LocalDate.of(2024, 9, 1), 3)) // a unit organisation: 3-year terms
        .replaceMembers(members)
        .leader("吴刚", LeaderRole.SECRETARY);
  }

  @Test
  @DisplayName("a unit in a joint branch with 3 full members of its own must form its own branch")
  void jointBranchUnitWithThree() {
    PartyOrganization two = jointBranch("宣城银行城东支行", "城东超市").build();
    PartyOrganization three =
        two.toBuilder()
            .members(PartyMember.full("J-0c", "党员丙", ADMITTED, CONFIRMED).inUnit("宣城银行城东支行"))
            .build();

    assertThat(rule(check(two), PartyRules.JOINT_OWN_BRANCH).verdict())
        .isEqualTo(Verdict.SATISFIED);
    PartySetupCheck checked = check(three);
    assertThat(rule(checked, PartyRules.JOINT_OWN_BRANCH).verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(checked.recommendations())
        .extracting(r -> r.advice().zh())
        .containsExactly("宣城银行城东支行 有正式党员 3 名：单独成立党支部");
  }

  @ParameterizedTest(name = "{0} full + {1} probationary → {2}")
  @CsvSource({"2, 0, VIOLATED", "1, 2, SATISFIED", "0, 3, VIOLATED", "3, 0, SATISFIED"})
  @DisplayName("a party group has at least 3 members, at least one of them full")
  void groupSize(int full, int probationary, Verdict expected) {
    PartyOrganization group =
        PartyOrganization.builder("G-3", PartyOrganizationKind.GROUP)
            .name("3号楼党小组")
            .placement(PlacementKind.BUILDING, "3号楼")
            .replaceMembers(members("G3", full, probationary))
            .leader(PartyLeader.of("郑强", LeaderRole.GROUP_LEADER, TERM))
            .build();

    PartySetupCheck check = check(group);

    assertThat(rule(check, PartyRules.GROUP_SIZE).verdict()).isEqualTo(expected);
    assertThat(rule(check, PartyRules.TERM_LENGTH).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(rule(check, PartyRules.SECRETARY).verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName("an organisation needs exactly one secretary in office on the date")
  void oneSecretary() {
    PartyOrganization none = branch(5, 0, false).build().toBuilder().build();
    PartyOrganization withoutSecretary =
        new PartyOrganization(
            none.id(),
            none.kind(),
            none.name(),
            none.placement(),
            none.term(),
            null,
            null,
            List.of(
                PartyLeader.of(
                    "王建国",
                    LeaderRole.SECRETARY,
                    Term.of(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 3, 31)))),
            none.members(),
            List.of());

    assertThat(rule(check(none), PartyRules.SECRETARY).verdict()).isEqualTo(Verdict.SATISFIED);
    PartySetupCheck vacant = check(withoutSecretary);
    assertThat(rule(vacant, PartyRules.SECRETARY).verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(rule(vacant, PartyRules.SECRETARY).citations())
        .extracting(Citation::toString)
        .allMatch(c -> c.contains("支部工作条例"));
  }

  @Test
  @DisplayName("before the 2018 regulations the setup rules report themselves not applicable")
  void beforeRegulations() {
    PartyOrganization o =
        branch(2, 0, false).term(Term.ofYears(LocalDate.of(2015, 9, 1), 3)).build();

    PartySetupCheck check = PartyRules.checkSetup(o, NATIONAL, LocalDate.of(2017, 6, 30));

    assertThat(rule(check, PartyRules.BRANCH_FULL_MEMBERS).verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(rule(check, PartyRules.BRANCH_FULL_MEMBERS).reason().en())
        .contains("party.branch.min-full-members");
  }

  @Test
  @DisplayName("a city override of the branch norm is used from its date, with its citation")
  void cityOverride() {
    Policy city =
        Policy.builder("xuancheng", "2026.1")
            .basedOn(NATIONAL)
            .override(
                PartyRegulations.BRANCH_MAX_MEMBERS,
                ParameterVersion.of(
                    40,
                    EffectivePeriod.from(LocalDate.of(2026, 1, 1)),
                    Citation.of("宣城市城市社区党组织建设规范（示例）", "第五条"),
                    "Xuancheng 2026"))
            .build();
    PartyOrganization fortyFive = branch(45, 0, true).build();

    RuleResult before =
        rule(
            PartyRules.checkSetup(fortyFive, city, LocalDate.of(2025, 12, 31)),
            PartyRules.BRANCH_SIZE);
    RuleResult after =
        rule(
            PartyRules.checkSetup(fortyFive, city, LocalDate.of(2026, 1, 1)),
            PartyRules.BRANCH_SIZE);

    assertThat(before.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(after.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(after.cites("宣城市城市社区党组织建设规范")).isTrue();
  }

  @Test
  @DisplayName(
      "the national numbers cite where they are written: the 50/100 thresholds the rural regulation's art. 5, terms the 2018 opinion")
  void nationalNumbersCiteTheirSources() {
    Citation generalBranch =
        NATIONAL.valueAt(PartyRegulations.GENERAL_BRANCH_MEMBERS_ABOVE, AS_OF).citation();
    Citation committee =
        NATIONAL.valueAt(PartyRegulations.COMMITTEE_MEMBERS_ABOVE, AS_OF).citation();
    Citation term = NATIONAL.valueAt(PartyRegulations.TERM_YEARS_COMMITTEE, AS_OF).citation();
    Citation shift = NATIONAL.valueAt(PartyRegulations.ELECTION_MAX_SHIFT_YEARS, AS_OF).citation();

    assertThat(List.of(generalBranch, committee))
        .allSatisfy(
            c -> {
              assertThat(c.document()).isEqualTo("《中国共产党农村基层组织工作条例》(2019)");
              assertThat(c.article()).startsWith("第五条").contains("《中国共产党章程》第三十条");
            });
    assertThat(term).isEqualTo(Citation.of("中共中央办公厅《关于党的基层组织任期的意见》(2018-07-12)", "一"));
    assertThat(shift).isEqualTo(Citation.of("中共中央办公厅《关于党的基层组织任期的意见》(2018-07-12)", "二"));
  }

  @ParameterizedTest(name = "{0} is in force from {1}")
  @CsvSource({
    // the opinion on terms took effect when published
    "party.term-years.committee, 2018-07-12",
    "party.term-years.community, 2018-07-12",
    "party.term-years.other-branch, 2018-07-12",
    "party.election.max-shift-years, 2018-07-12",
    // the rural regulation, published 2019-01-10
    "party.general-branch.members-above, 2019-01-10",
    "party.committee.members-above, 2019-01-10",
    // the branch regulation, issued 2018-10-28
    "party.branch.min-full-members, 2018-10-28",
    "party.branch.max-members, 2018-10-28",
    "party.branch-committee.full-members, 2018-10-28",
    "party.group.min-members, 2018-10-28"
  })
  @DisplayName(
      "every party parameter starts on the day its own document took effect, not a day earlier")
  void parametersStartWithTheirDocuments(String id, LocalDate from) {
    var key =
        PartyRegulations.keys().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();

    assertThat(NATIONAL.findValue(key, from)).isNotNull();
    assertThat(NATIONAL.findValue(key, from.minusDays(1))).isNull();
  }

  @Test
  @DisplayName(
      "a community branch elected 2018-09-01 for 3 years is judged by the opinion on terms (5 years): violated")
  void termAfterTheOpinionBeforeTheBranchRegulation() {
    PartyOrganization o =
        branch(5, 0, false).term(Term.ofYears(LocalDate.of(2018, 9, 1), 3)).build();

    RuleResult result =
        rule(PartyRules.checkSetup(o, NATIONAL, LocalDate.of(2020, 6, 30)), PartyRules.TERM_LENGTH);

    assertThat(result.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(result.cites("关于党的基层组织任期的意见")).isTrue();
  }

  @Test
  @DisplayName(
      "an organisation elected before 2018-07-12 keeps its term (transitional rule); the reason names the term's start")
  void termBeforeTheOpinionKeepsItsLength() {
    PartyOrganization o =
        branch(5, 0, false).term(Term.ofYears(LocalDate.of(2018, 7, 11), 3)).build();

    RuleResult result =
        rule(PartyRules.checkSetup(o, NATIONAL, LocalDate.of(2020, 6, 30)), PartyRules.TERM_LENGTH);

    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.reason().en())
        .contains("began on 2018-07-11")
        .contains("keep their current term")
        .doesNotContain("2020-06-30");
  }

  @Test
  @DisplayName("a not-applicable reason names the day looked up, not the day asked")
  void notApplicableNamesTheDayLookedUp() {
    PartyOrganization o =
        branch(5, 0, false)
            .term(Term.of(LocalDate.of(2019, 9, 1), LocalDate.of(2025, 8, 31)))
            .build();
    Policy withoutShift =
        Policy.builder("no-shift", "1")
            .define(
                PartyRegulations.TERM_YEARS_COMMUNITY,
                ParameterVersion.of(
                    5,
                    EffectivePeriod.from(LocalDate.of(2019, 1, 1)),
                    Citation.of("示例"),
                    "from 2019"))
            .define(
                PartyRegulations.ELECTION_MAX_SHIFT_YEARS,
                ParameterVersion.of(
                    1,
                    EffectivePeriod.from(LocalDate.of(2020, 1, 1)),
                    Citation.of("示例"),
                    "from 2020"))
            .build();

    RuleResult result =
        rule(
            PartyRules.checkSetup(o, withoutShift, LocalDate.of(2024, 6, 30)),
            PartyRules.TERM_LENGTH);

    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.reason().en())
        .contains("no value in force on 2019-09-01")
        .contains("asked as of 2024-06-30");
  }

  @ParameterizedTest(name = "{0} own full members + {1} reporting → {2}")
  @CsvSource({"2, 3, VIOLATED", "3, 0, SATISFIED", "3, 3, SATISFIED"})
  @DisplayName(
      "in-service members reporting to the community never count towards the 3-member threshold, and are named apart")
  void reportingMembersDoNotCount(int own, int reporting, Verdict expected) {
    List<PartyMember> members = new ArrayList<>(members("B1", own, 0));
    members.addAll(
        members("R", reporting, 0).stream().map(PartyMember::asReportingInService).toList());
    PartyOrganization o = branch(0, 0, false).replaceMembers(members).build();

    RuleResult result = rule(check(o), PartyRules.BRANCH_FULL_MEMBERS);

    assertThat(result.verdict()).isEqualTo(expected);
    assertThat(o.fullMembersOn(AS_OF)).isEqualTo(own);
    assertThat(o.reportingMembersOn(AS_OF)).isEqualTo(reporting);
    if (reporting > 0) {
      assertThat(result.reason().en())
          .contains("plus " + reporting + " in-service members reporting");
      assertThat(result.reason().zh()).contains("在职党员到社区报到 " + reporting + " 名");
      assertThat(result.compared()).anySatisfy(v -> assertThat(v.quantity()).contains("reporting"));
    } else {
      assertThat(result.reason().en()).doesNotContain("reporting");
    }
  }

  @Test
  @DisplayName(
      "7, 50 and 100: reporting members lift no branch into a committee, a general branch or a party committee")
  void reportingMembersLiftNoThreshold() {
    List<PartyMember> members = new ArrayList<>(members("B1", 6, 0));
    members.addAll(members("R", 60, 0).stream().map(PartyMember::asReportingInService).toList());
    PartyOrganization o = branch(0, 0, false).replaceMembers(members).build();

    PartySetupCheck check = check(o);

    assertThat(rule(check, PartyRules.BRANCH_LEADERSHIP).reason().en())
        .startsWith("6 full members (fewer than 7");
    assertThat(rule(check, PartyRules.BRANCH_LEADERSHIP).verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(rule(check, PartyRules.BRANCH_SIZE).verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(check.recommendations())
        .noneSatisfy(r -> assertThat(r.advice().en()).containsIgnoringCase("general branch"));
  }
}
