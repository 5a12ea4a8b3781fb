package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.access.AccessList;
import io.github.jiceng.governance.access.AccessParameters;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.access.WorkItem;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.grid.Building;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridAssignment;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridPost;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.party.Approval;
import io.github.jiceng.governance.party.CrossAppointment;
import io.github.jiceng.governance.party.LeaderRole;
import io.github.jiceng.governance.party.MemberPoints;
import io.github.jiceng.governance.party.PartyLeader;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.party.PlacementKind;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.PhoneNumber;
import io.github.jiceng.governance.people.Relation;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Small, valid sample records for tests: a district (宣州区), a street and communities under it, and
 * committees for them. The names come from the project's seed reports; the codes are illustrative,
 * not official.
 */
public final class SampleData {
  /** 宣州区, the district of the samples. */
  public static final DivisionCode DISTRICT = DivisionCode.of("341802000000");

  /** 澄江街道, a street of the district. */
  public static final DivisionCode STREET = DivisionCode.of("341802001000");

  /** The term of the sample committees: 2021-05-01 to 2026-04-30. */
  public static final Term TERM = Term.ofYears(LocalDate.of(2021, 5, 1), 5);

  private SampleData() {}

  /** 宣州区, not yet stored. */
  public static AdministrativeDivision district() {
    return new AdministrativeDivision(DISTRICT, "宣州区", DivisionLevel.DISTRICT, 0);
  }

  /** 澄江街道, not yet stored. */
  public static AdministrativeDivision street() {
    return new AdministrativeDivision(STREET, "澄江街道", DivisionLevel.STREET, 0);
  }

  /** The code of community number {@code n} (1-199) in the sample street. */
  public static DivisionCode communityCode(int n) {
    return DivisionCode.of(String.format("341802001%03d", n));
  }

  /** Community number {@code n} of the sample street, not yet stored. */
  public static AdministrativeDivision community(int n, String name) {
    return new AdministrativeDivision(communityCode(n), name, DivisionLevel.COMMUNITY, 0);
  }

  /**
   * A residents' committee of 7 members (director, deputy, five members) and two residents' groups
   * for community {@code n}, with {@code households} households; not yet stored.
   */
  public static Committee residentsCommittee(int n, String name, int households) {
    return Committee.builder(communityCode(n).value() + "-RC", CommitteeKind.RESIDENTS)
        .division(communityCode(n))
        .name(name)
        .households(households)
        .term(TERM)
        .member("张华", CommitteeRole.DIRECTOR)
        .member("李敏", CommitteeRole.DEPUTY_DIRECTOR)
        .member("王芳", CommitteeRole.MEMBER)
        .member("刘洋", CommitteeRole.MEMBER)
        .member("陈静", CommitteeRole.MEMBER)
        .member("杨帆", CommitteeRole.MEMBER)
        .member("赵磊", CommitteeRole.MEMBER)
        .group("第一居民小组", households / 2)
        .group("第二居民小组", households - households / 2)
        .build();
  }

  /** The sample task-access policy: a few items of each list, on the national calendar. */
  public static AccessPolicy accessPolicy(String version) {
    Citation local = Citation.of("宣州区社区工作事项准入办法（示例）");
    EffectivePeriod from2025 = EffectivePeriod.from(LocalDate.of(2025, 1, 1));
    return AccessPolicy.builder("xuanzhou-access", version)
        .title("宣州区社区工作事项准入清单（示例）")
        .basedOn(NationalDefaults.policy())
        .parameter(
            AccessParameters.LEAD_WORKING_DAYS,
            ParameterVersion.of(30, from2025, Citation.of("北京市西城区社区工作事项准入制度"), "30 working days"))
        .parameter(
            AccessParameters.DECISION_WORKING_DAYS,
            ParameterVersion.of(15, from2025, Citation.of("北京市西城区社区工作事项准入制度"), "15 working days"))
        .item(
            WorkItem.builder(AccessList.DUTY, "D-01", "组织居民委员会换届选举")
                .departments("区民政局")
                .basis(local)
                .period(from2025)
                .build())
        .item(
            WorkItem.builder(AccessList.ASSIST, "X-01", "城乡居民基本医疗保险参保登记")
                .departments("区医保局")
                .basis(local)
                .period(from2025)
                .with("参保登记系统权限", "按参保人数核拨")
                .build())
        .item(
            WorkItem.builder(AccessList.NEGATIVE, "N-01", "招商引资任务")
                .departments("区商务局")
                .basis(local)
                .period(from2025)
                .build())
        .item(
            WorkItem.builder(AccessList.CERTIFICATE, "C-01", "居住证明")
                .departments("区公安分局")
                .basis(local)
                .period(from2025)
                .build())
        .build();
  }

  /**
   * A task request from 区民政局 for the sample duty item D-01 in community {@code n}, applied
   * 2026-03-02 to start 2026-05-06, with a form, an inspection, a certificate and a demand; not yet
   * stored.
   */
  public static TaskRequest taskRequest(String id, int n) {
    return TaskRequest.builder(id)
        .department("区民政局")
        .title("居民委员会换届选举准备")
        .item("D-01")
        .communities(communityCode(n))
        .forms("F-01")
        .inspection(Inspection.unified("换届工作考评"))
        .certificates("C-01")
        .demands("PHOTO")
        .appliedOn(LocalDate.of(2026, 3, 2))
        .period(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 30))
        .build();
  }

  /**
   * The party organisations of community {@code n}, in the seeds' pattern "党委建在社区、党支部建在网格、
   * 党小组建在楼栋": a general branch (approved) with two grid branches — the first with a committee and a
   * party group in building 3, the second with a secretary only — and a joint branch of two shops.
   * The general branch's secretary is also the committee's director (一肩挑). Not yet stored.
   */
  public static PartyTree partyTree(int n) {
    String community = communityCode(n).value();
    LocalDate admitted = LocalDate.of(2012, 7, 1);
    LocalDate confirmed = LocalDate.of(2013, 7, 1);
    PartyOrganization group =
        PartyOrganization.builder(community + "-P-B1-G3", PartyOrganizationKind.GROUP)
            .name("3号楼党小组")
            .placement(PlacementKind.BUILDING, "3号楼")
            .leader(PartyLeader.of("孙丽", LeaderRole.GROUP_LEADER, TERM))
            .replaceMembers(partyMembers(community + "-M1G", 3, admitted, confirmed))
            .build();
    List<PartyMember> firstGrid = partyMembers(community + "-M1", 26, admitted, confirmed);
    firstGrid.set(
        0,
        firstGrid
            .get(0)
            .asMobile()
            .withPoints(MemberPoints.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 12)));
    firstGrid.add(PartyMember.probationary(community + "-M1P", "钱进", LocalDate.of(2026, 1, 10)));
    PartyOrganization gridOne =
        PartyOrganization.builder(community + "-P-B1", PartyOrganizationKind.BRANCH)
            .name("第一网格党支部")
            .placement(PlacementKind.GRID, "第一网格")
            .term(TERM)
            .leader("王建国", LeaderRole.SECRETARY)
            .leader("李梅", LeaderRole.ORGANIZATION_MEMBER)
            .leader("赵军", LeaderRole.PUBLICITY_MEMBER)
            .leader("周强", LeaderRole.DISCIPLINE_MEMBER)
            .replaceMembers(firstGrid)
            .child(group)
            .build();
    PartyOrganization gridTwo =
        PartyOrganization.builder(community + "-P-B2", PartyOrganizationKind.BRANCH)
            .name("第二网格党支部")
            .placement(PlacementKind.GRID, "第二网格")
            .term(TERM)
            .leader("吴刚", LeaderRole.SECRETARY)
            .replaceMembers(partyMembers(community + "-M2", 5, admitted, confirmed))
            .build();
    List<PartyMember> shops = new ArrayList<>();
    shops.add(PartyMember.full(community + "-M3a", "郑洁", admitted, confirmed).inUnit("城东超市"));
    shops.add(PartyMember.full(community + "-M3b", "冯涛", admitted, confirmed).inUnit("城东超市"));
    shops.add(
        PartyMember.full(community + "-M3c", "陈晨", admitted, confirmed)
            .inUnit("宣城银行城东支行")
            .asReportingInService());
    PartyOrganization joint =
        PartyOrganization.builder(community + "-P-J1", PartyOrganizationKind.JOINT_BRANCH)
            .name("商圈联合党支部")
            .placement(PlacementKind.RESIDENT_UNITS, "城东超市", "宣城银行城东支行")
            .term(Term.ofYears(LocalDate.of(2024, 5, 1), 3))
            .leader("郑洁", LeaderRole.SECRETARY)
            .replaceMembers(shops)
            .build();
    PartyOrganization general =
        PartyOrganization.builder(community + "-P", PartyOrganizationKind.GENERAL_BRANCH)
            .name("中共城东社区总支部委员会")
            .placement(PlacementKind.COMMUNITY, "城东社区")
            .term(TERM)
            .setupApproval(Approval.of("中共澄江街道工作委员会", LocalDate.of(2021, 4, 20)))
            .leader(
                PartyLeader.of("张华", LeaderRole.SECRETARY, TERM)
                    .alsoOn(CrossAppointment.of(community + "-RC", CommitteeRole.DIRECTOR)))
            .leader("刘洋", LeaderRole.DEPUTY_SECRETARY)
            .leader("陈静", LeaderRole.ORGANIZATION_MEMBER)
            .replaceMembers(partyMembers(community + "-M0", 17, admitted, confirmed))
            .child(gridOne)
            .child(gridTwo)
            .child(joint)
            .build();
    return PartyTree.of(communityCode(n), general);
  }

  private static List<PartyMember> partyMembers(
      String prefix, int count, LocalDate admitted, LocalDate confirmed) {
    List<PartyMember> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      members.add(PartyMember.full(prefix + "-" + i, "党员" + i, admitted, confirmed));
    }
    return members;
  }

  // ---- grids, households, residents ----

  /** The object code the sample grid codes start with (CJ/T 348: community management). */
  public static final String GRID_OBJECT_CODE = "100100";

  /** The code of grid {@code sequence} of community {@code n}. */
  public static GridCode gridCode(int n, int sequence) {
    return GridCode.of(GRID_OBJECT_CODE, communityCode(n), sequence);
  }

  /**
   * Grid {@code sequence} of community {@code n} ("第一网格", …, as the sample party tree names its
   * grid branches) with two buildings and a primary and a backup worker since 2024-01-01; not yet
   * stored.
   */
  public static Grid grid(int n, int sequence) {
    String prefix = String.format("C%03d-G%02d", n, sequence);
    LocalDate since = LocalDate.of(2024, 1, 1);
    return Grid.comprehensive(gridCode(n, sequence), communityCode(n), gridName(sequence))
        .withBuildings(
            new Building(prefix + "-B1", "锦绣苑" + sequence + "栋", 3),
            new Building(prefix + "-B2", "锦绣苑" + (sequence + 10) + "栋", 2))
        .assign(GridAssignment.of(prefix + "-W1", "王网格", GridPost.PRIMARY, since))
        .assign(GridAssignment.of(prefix + "-W2", "李替补", GridPost.BACKUP, since));
  }

  /** "第一网格" to "第十网格", then "第11网格" and on. */
  public static String gridName(int sequence) {
    String numerals = "一二三四五六七八九十";
    return "第"
        + (sequence >= 1 && sequence <= 10
            ? String.valueOf(numerals.charAt(sequence - 1))
            : String.valueOf(sequence))
        + "网格";
  }

  /**
   * The {@code i}-th sample identity number (0 to 9,989,999), all distinct and valid: region
   * 341802, a birth date from 1950 on, a sequence and the MOD 11-2 check character.
   */
  public static String identityNumber(int i) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 20_000);
    String body =
        "341802"
            + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", i / 20_000 + 1);
    return body + IdentityNumber.checkCharacter(body);
  }

  /**
   * {@code count} households of grid {@code sequence} of community {@code n}, in the grid's first
   * building, with ids {@code C001-G01-H0001} and on; not yet stored.
   */
  public static List<Household> households(int n, int sequence, int count) {
    String prefix = String.format("C%03d-G%02d", n, sequence);
    List<Household> households = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      households.add(
          Household.inBuilding(
              prefix + String.format("-H%04d", i),
              communityCode(n),
              gridCode(n, sequence),
              prefix + "-B1",
              String.valueOf(1 + i % 3),
              "宣城市宣州区澄江街道锦绣苑" + sequence + "栋" + (1 + i % 3) + "单元" + (100 + i) + "室"));
    }
    return households;
  }

  /**
   * {@code perHousehold} residents for each household — a head, then spouse, children — with
   * identity numbers {@link #identityNumber} from {@code firstNumber} on; every tenth resident is
   * tagged empty-nest elderly and every fifth has a phone; not yet stored.
   */
  public static List<Resident> residents(
      List<Household> households, int perHousehold, int firstNumber) {
    List<Resident> residents = new ArrayList<>(households.size() * perHousehold);
    int number = firstNumber;
    for (Household household : households) {
      for (int j = 0; j < perHousehold; j++) {
        Relation relation = j == 0 ? Relation.HEAD : j == 1 ? Relation.SPOUSE : Relation.CHILD;
        Resident resident =
            Resident.of(
                household.id() + "-" + (j + 1),
                household.id(),
                "居民" + number,
                identityNumber(number),
                relation);
        if (number % 10 == 0) {
          resident = resident.tagged(CareTag.EMPTY_NEST_ELDERLY);
        }
        if (number % 5 == 0) {
          resident = resident.withPhone(PhoneNumber.of(String.format("139%08d", number)));
        }
        residents.add(resident);
        number++;
      }
    }
    return residents;
  }
}
