package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.assessment.WorkerAssessment;
import io.github.jiceng.governance.care.CareDue;
import io.github.jiceng.governance.care.CareVisit;
import io.github.jiceng.governance.committee.AttendanceBasis;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.ConsultationForm;
import io.github.jiceng.governance.consultation.ConsultationParty;
import io.github.jiceng.governance.consultation.CouncilProject;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.consultation.Vote;
import io.github.jiceng.governance.consultation.VoterGroup;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.organisation.CoBuildingAgreement;
import io.github.jiceng.governance.organisation.SocialOrganisation;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.CreditCode;
import io.github.jiceng.governance.people.MaskedResident;
import io.github.jiceng.governance.points.EntryRefusedException;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsProgram;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The community-life sections of the demo: 城南社区's empty-nest elderly visited in June and who is
 * overdue on 1 July under the sample care rounds; a household's account in a moral points bank
 * under a village's sample rules — scored in March, redeemed once in the quarter, a second
 * redemption refused and explained; a residents' meeting of 城南社区 on parking, counted in three
 * residents' groups and decided by the meeting rules, and a residents' council of 1,020 households
 * whose lift project is approved and under way; the community's social organisations and a school's
 * co-building agreement checked on a day; two community workers assessed under the district's
 * scheme, residents' satisfaction weighing half.
 */
final class LifeDemo {
  static final String CARE_FILE = "xuanzhou-care.yaml";
  static final String POINTS_FILE = "village-points.yaml";
  static final String CONSULTATION_FILE = "xuanzhou-consultation.yaml";
  static final String ORGANISATIONS_FILE = "xuanzhou-organisations.yaml";
  static final String ASSESSMENT_FILE = "xuanzhou-assessment.yaml";
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private LifeDemo() {}

  private static Governance as(GovernanceStore store, String file, LocalDate day) {
    Policy policy = AccessPolicyFile.read(SampleFiles.text(file), file).parameters();
    Clock clock = Clock.fixed(day.atStartOfDay(CHINA).plusHours(10).toInstant(), CHINA);
    return Governance.builder().store(store).policy(policy).clock(clock).build().asSystem();
  }

  static void care(GovernanceStore store, PrintStream out) {
    LocalDate june30 = LocalDate.of(2026, 6, 30);
    Governance june = as(store, CARE_FILE, june30);
    List<MaskedResident> elderly =
        june.grids().residentsWithTag(CHENGNAN, CareTag.EMPTY_NEST_ELDERLY);
    // grid workers visited every elderly resident but every tenth in June
    int visited = 0;
    for (int i = 0; i < elderly.size(); i++) {
      if (i % 10 != 0) {
        june.care()
            .record(
                CareVisit.of(
                    "CN-VISIT-" + (i + 1),
                    elderly.get(i).id(),
                    CHENGNAN,
                    CareTag.EMPTY_NEST_ELDERLY,
                    CareVisit.Kind.VISIT,
                    june30.minusDays(i % 28),
                    "chengnan-grid-worker"));
        visited++;
      }
    }
    LocalDate july3 = LocalDate.of(2026, 7, 3);
    List<CareDue> due = as(store, CARE_FILE, july3).care().overdue(CHENGNAN, july3);
    out.println("== 关爱走访 / Care visits: 城南社区, as of " + july3 + " (" + CARE_FILE + ") ==");
    out.println(
        "空巢老人 / empty-nest elderly: "
            + elderly.size()
            + ", visited in June: "
            + visited
            + ", overdue on "
            + july3
            + ": "
            + due.size());
    for (CareDue d : due.subList(0, Math.min(3, due.size()))) {
      out.println(
          "  "
              + d.resident().name()
              + " ("
              + d.resident().id()
              + ") "
              + d.decision().result("CARE-CONTACT-DUE").orElseThrow().reason().zh());
    }
  }

  static void points(GovernanceStore store, PrintStream out) {
    Governance march = as(store, POINTS_FILE, LocalDate.of(2026, 3, 31));
    PointsAccount a =
        march
            .points()
            .open(
                PointsAccount.open(
                    "CN-P-0001", CHENGNAN, PointsProgram.MORAL_BANK, "CN-G01-H0001"));
    a = march.points().score(a.id(), a.version(), "care-parent", YearMonth.of(2026, 3), "照料八旬母亲");
    a = march.points().score(a.id(), a.version(), "clean-lane", YearMonth.of(2026, 3), null);
    a = march.points().redeem(a.id(), a.version(), 4, "兑换大米一袋");
    out.println("== 道德积分银行 / Moral points bank: 城南社区 (" + POINTS_FILE + ") ==");
    out.println(
        "account "
            + a.id()
            + ": scored 5 + 2 in March, redeemed 4 on 2026-03-31, balance "
            + a.balance()
            + " points, "
            + a.entries()
            + " entries");
    try {
      march.points().redeem(a.id(), a.version(), 2, null);
    } catch (EntryRefusedException refused) {
      out.println("a second redemption in the quarter is refused:");
      out.print(refused.decision().explain());
    }
  }

  static void consultation(GovernanceStore store, PrintStream out) {
    LocalDate held = LocalDate.of(2026, 5, 20);
    Governance may = as(store, CONSULTATION_FILE, held);
    Consultation parking =
        Consultation.of(
            "CN-XS-2026-01",
            CHENGNAN,
            "parking",
            ConsultationParty.OWNERS_COMMITTEE,
            ConsultationForm.RESIDENTS_MEETING,
            Set.of(
                ConsultationParty.OWNERS_COMMITTEE,
                ConsultationParty.PROPERTY_SERVICE,
                ConsultationParty.STAKEHOLDERS),
            held,
            new Vote(
                ConsultationForm.RESIDENTS_MEETING,
                AttendanceBasis.HOUSEHOLDS,
                List.of(
                    new VoterGroup("第一居民小组", 320, 210, 190, 15, 5),
                    new VoterGroup("第二居民小组", 280, 190, 150, 30, 10),
                    new VoterGroup("第三居民小组", 300, 160, 120, 30, 10)),
                held.minusDays(10)));
    Decision<Compliance> decision = may.consultations().record(parking);
    out.println("== 社区协商 / Consultation: 城南社区, " + held + " (" + CONSULTATION_FILE + ") ==");
    Vote vote = parking.voteTaken().orElseThrow();
    out.println(
        "小区停车管理 / parking, 居民会议 by household: "
            + vote.present()
            + " of "
            + vote.eligible()
            + " households attended, "
            + vote.votesFor()
            + " for — "
            + decision.outcome().label().zh()
            + " / "
            + decision.outcome().label().en());
    for (VoterGroup g : vote.groups()) {
      out.println(
          "  "
              + g.name()
              + ": "
              + g.present()
              + "/"
              + g.eligible()
              + " attended, "
              + g.votesFor()
              + " for, "
              + g.votesAgainst()
              + " against, "
              + g.abstentions()
              + " abstained");
    }
    out.println("  " + decision.result("MEETING-QUORUM").orElseThrow().reason().zh());
    out.println("  " + decision.result("MEETING-MAJORITY").orElseThrow().reason().zh());
    Governance june = as(store, CONSULTATION_FILE, LocalDate.of(2026, 6, 1));
    ResidentsCouncil council =
        june.consultations()
            .addCouncil(
                new ResidentsCouncil(
                    "CN-RC-1",
                    CHENGNAN,
                    "城南第一居民理事会",
                    1020,
                    List.of("CN-G01-R0001", "CN-G02-R0001", "CN-G03-R0001"),
                    LocalDate.of(2026, 1, 10),
                    0));
    CouncilProject lift =
        june.consultations()
            .approveProject(
                CouncilProject.approve(
                    "CN-RC-1-P1", council.id(), "老旧小区加装电梯", LocalDate.of(2026, 6, 1)));
    Governance july = as(store, CONSULTATION_FILE, LocalDate.of(2026, 7, 1));
    lift = july.consultations().advanceProject(lift.id(), lift.version());
    out.println(
        "居民理事会 / residents' council "
            + council.name()
            + ": "
            + july.consultations()
                .checkCouncil(council.id(), LocalDate.of(2026, 7, 1))
                .result("COUNCIL-HOUSEHOLDS")
                .orElseThrow()
                .reason()
                .zh());
    out.println(
        "  project "
            + lift.title()
            + ": "
            + lift.stage().label().zh()
            + " / "
            + lift.stage().label().en()
            + " since "
            + lift.reached(lift.stage()).orElseThrow());
  }

  static void organisations(GovernanceStore store, PrintStream out) {
    LocalDate day = LocalDate.of(2026, 7, 1);
    Governance july = as(store, ORGANISATIONS_FILE, day);
    july.organisations()
        .add(
            new SocialOrganisation(
                "CN-ORG-1",
                CHENGNAN,
                "城南社区志愿者协会",
                SocialOrganisation.Status.REGISTERED,
                CreditCode.of("51341802MJ0000001M"),
                LocalDate.of(2020, 5, 1),
                2024,
                LocalDate.of(2021, 12, 20),
                0));
    july.organisations()
        .add(
            new SocialOrganisation(
                "CN-ORG-2",
                CHENGNAN,
                "城南社区夕阳红舞蹈队",
                SocialOrganisation.Status.FILED,
                null,
                LocalDate.of(2024, 3, 1),
                null,
                null,
                0));
    july.organisations()
        .addAgreement(
            new CoBuildingAgreement(
                "CN-CB-1",
                CHENGNAN,
                "宣城市第二中学",
                null,
                List.of("节假日开放操场", "教师志愿服务"),
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 8, 31),
                true,
                null,
                0));
    out.println(
        "== 社会组织与共驻共建 / Social organisations and co-building: 城南社区, as of "
            + day
            + " ("
            + ORGANISATIONS_FILE
            + ") ==");
    for (Decision<Compliance> d : july.organisations().needingAttention(CHENGNAN, day)) {
      out.println("needs attention: " + d.subject() + " — " + firstReason(d));
    }
    for (Decision<Compliance> d : july.organisations().agreementsOf(CHENGNAN, day)) {
      out.println(d.subject() + ": " + d.outcome().label().zh() + " — " + firstReason(d));
    }
    Governance assessed = as(store, ASSESSMENT_FILE, day);
    out.println();
    out.println("== 社区工作者考核 / Workers' assessment: 城南社区, 2026H1 (" + ASSESSMENT_FILE + ") ==");
    int[][] scores = {{92, 80, 90}, {30, 85, 90}};
    for (int i = 0; i < scores.length; i++) {
      WorkerAssessment a =
          assessed
              .assessments()
              .record(
                  WorkerAssessment.of(
                      "CN-WA-2026H1-" + (i + 1),
                      CHENGNAN,
                      "CN-W-" + (i + 1),
                      "2026H1",
                      java.util.Map.of(
                          "satisfaction",
                          scores[i][0],
                          "tasks",
                          scores[i][1],
                          "conduct",
                          scores[i][2]),
                      day,
                      "street-assessor"));
      Decision<Compliance> d = assessed.assessments().check(a.id(), day);
      out.println(
          "  "
              + a.scores().workerId()
              + ": "
              + d.outcome().label().zh()
              + " — "
              + d.result("ASSESS-PASS").orElseThrow().reason().zh());
    }
  }

  private static String firstReason(Decision<Compliance> d) {
    return d.decidingRules().get(0).reason().zh();
  }
}
