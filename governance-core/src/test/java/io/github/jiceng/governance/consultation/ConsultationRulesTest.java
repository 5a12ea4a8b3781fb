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

  /** The sample catalogue, examples/policies/xuanzhou-consultation.yaml, read as it ships. */
  private static final String FILE = sample();

  private static String sample() {
    try {
      return java.nio.file.Files.readString(
          java.nio.file.Path.of("..", "examples", "policies", "xuanzhou-consultation.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

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
