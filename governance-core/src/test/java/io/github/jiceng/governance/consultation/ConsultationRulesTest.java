package io.github.jiceng.governance.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.AttendanceBasis;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.PolicyCheckException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsultationRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 5, 20);
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");

  /** examples/policies/xuanzhou-consultation.yaml. */
  private static final String FILE =
      """
        # 宣州区城乡社区协商事项目录（示例） — the catalogue the consultation tests and the demo run under.
        # Source: seed report 002 asks every community to draw up its catalogue of matters for consultation
        # ("督促各社区制定具体协商事项目录") and to set up residents' councils of about 1,000 households; it lists
        # no matters. The four matters below (three for 城南社区, one for a village), their forms and
        # parties, and the date are the example's. A villagers' meeting's ten days' notice is the national
        # law's, in the defaults.
        policy: xuanzhou-consultation
        version: "2026.1"
        title: 宣州区城乡社区协商事项目录（示例）
        based-on: national
        parameters:
          consultation.catalogue:
            - value:
                - {code: parking, name: 小区停车管理, name-en: parking in the estate,
                   forms: [residents-meeting, council, hearing],
                   raised-by: [committee, residents, council, owners-committee],
                   consult: [owners-committee, property-service, stakeholders],
                   decided-by: residents-meeting}
                - {code: elevator, name: 老旧小区加装电梯, name-en: lifts for old buildings,
                   forms: [council, talk],
                   raised-by: [residents, council],
                   consult: [stakeholders]}
                - {code: public-space, name: 公共空间改造, name-en: redoing a public space,
                   forms: [residents-meeting, online],
                   raised-by: [party-organisation, committee],
                   consult: [resident-units, social-organisations]}
                - {code: village-road, name: 村道修建筹资, name-en: raising funds for the village road,
                   forms: [villagers-meeting, villagers-representative-meeting],
                   raised-by: [committee, residents],
                   decided-by: villagers-meeting}
              from: 2026-01-01
              citation: {document: 宣州区城乡社区协商事项目录（示例）, article: 种子报告002“督促各社区制定具体协商事项目录”（事项为示例）}
        items: []
        """;

  private static ConsultationCatalogue catalogue(AccessPolicy policy) {
    return policy
        .parameters()
        .parameter(ConsultationRules.CATALOGUE)
        .orElseThrow()
        .at(DAY)
        .orElseThrow()
        .value();
  }

  @Test
  @DisplayName("a catalogue written back to a file reads the same, every field of every matter")
  void catalogueRoundTrip() {
    AccessPolicy policy = AccessPolicyFile.read(FILE, "xuanzhou-consultation.yaml");
    AccessPolicy again = AccessPolicyFile.read(AccessPolicyFile.write(policy), "again.yaml");

    assertThat(catalogue(again)).isEqualTo(catalogue(policy));
    ConsultationMatter parking = catalogue(again).find("parking").orElseThrow();
    assertThat(parking.decidingForm()).contains(ConsultationForm.RESIDENTS_MEETING);
    assertThat(parking.consult())
        .containsExactly(
            ConsultationParty.OWNERS_COMMITTEE,
            ConsultationParty.PROPERTY_SERVICE,
            ConsultationParty.STAKEHOLDERS);
    assertThat(catalogue(again).find("elevator").orElseThrow().decidingForm()).isEmpty();
  }

  @Test
  @DisplayName(
      "a matter decided by a form it may not be consulted in, and an unknown party, are named"
          + " with their line")
  void badCatalogues() {
    String undecidable =
        FILE.replace("decided-by: residents-meeting}", "decided-by: villagers-meeting}");
    assertThatThrownBy(() -> AccessPolicyFile.read(undecidable, "bad.yaml"))
        .isInstanceOf(PolicyCheckException.class)
        .hasMessageContaining("bad.yaml:14")
        .hasMessageContaining("decidedBy");
    String unknown = FILE.replace("consult: [stakeholders]}", "consult: [landlords]}");
    assertThatThrownBy(() -> AccessPolicyFile.read(unknown, "bad.yaml"))
        .isInstanceOf(PolicyCheckException.class)
        .hasMessageContaining("'landlords' is not one of")
        .hasMessageContaining("owners-committee");
  }

  @Test
  @DisplayName(
      "votes are checked as counted: a basis the meeting does not use, a vote by another form,"
          + " groups named twice, notice after the day held")
  void votesAreChecked() {
    VoterGroup group = new VoterGroup("一组", 100, 60, 50, 5, 5);
    assertThatThrownBy(
            () ->
                new Vote(
                    ConsultationForm.VILLAGERS_MEETING,
                    AttendanceBasis.GROUP_REPRESENTATIVES,
                    List.of(group),
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("basis");
    assertThatThrownBy(
            () -> new Vote(ConsultationForm.HEARING, AttendanceBasis.ADULTS, List.of(group), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not a meeting that votes");
    assertThatThrownBy(
            () ->
                new Vote(
                    ConsultationForm.RESIDENTS_MEETING,
                    AttendanceBasis.HOUSEHOLDS,
                    List.of(group, group),
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than once");
    Vote vote =
        new Vote(
            ConsultationForm.RESIDENTS_MEETING,
            AttendanceBasis.HOUSEHOLDS,
            List.of(group),
            DAY.plusDays(1));
    assertThatThrownBy(
            () ->
                Consultation.of(
                    "C-1",
                    CHENGNAN,
                    "parking",
                    ConsultationParty.COMMITTEE,
                    ConsultationForm.RESIDENTS_MEETING,
                    Set.of(),
                    DAY,
                    vote))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("notice is dated after the day held");
    assertThatThrownBy(
            () ->
                Consultation.of(
                    "C-1",
                    CHENGNAN,
                    "parking",
                    ConsultationParty.COMMITTEE,
                    ConsultationForm.COUNCIL,
                    Set.of(),
                    DAY,
                    vote))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not by the consultation's form");
  }

  @Test
  @DisplayName(
      "without a catalogue in the policy nothing can be checked against it: the rules do not"
          + " apply and the decision says which parameter is missing")
  void noCatalogue() {
    Decision<Compliance> decision =
        ConsultationRules.check(
            Consultation.of(
                "C-1",
                CHENGNAN,
                "parking",
                ConsultationParty.COMMITTEE,
                ConsultationForm.TALK,
                Set.of(),
                DAY,
                null),
            NationalDefaults.policy());

    assertThat(decision.result(ConsultationRules.LISTED).orElseThrow().verdict())
        .isEqualTo(io.github.jiceng.governance.policy.Verdict.NOT_APPLICABLE);
    assertThat(decision.explain()).contains("consultation.catalogue");
  }

  @Test
  @DisplayName("a project moves on one stage at a time and never before the stage it is at")
  void projectStages() {
    CouncilProject p = CouncilProject.approve("PJ-1", "RC-1", "加装电梯", DAY);

    assertThatThrownBy(() -> p.advance(DAY.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("before approved");
    CouncilProject accepted = p.advance(DAY).advance(DAY).advance(DAY.plusDays(30));
    assertThat(accepted.stage()).isEqualTo(ProjectStage.ACCEPTED);
    assertThat(accepted.reached(ProjectStage.CLOSED)).contains(DAY);
  }
}
