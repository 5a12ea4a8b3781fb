package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.committee.AttendanceBasis;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.ConsultationForm;
import io.github.jiceng.governance.consultation.ConsultationParty;
import io.github.jiceng.governance.consultation.ConsultationRules;
import io.github.jiceng.governance.consultation.CouncilProject;
import io.github.jiceng.governance.consultation.ProjectStage;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.consultation.Vote;
import io.github.jiceng.governance.consultation.VoterGroup;
import io.github.jiceng.governance.desk.ConsultationDesk;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsultationDeskTest {
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final DivisionCode TWO = SampleData.communityCode(2);
  private static final LocalDate HELD = LocalDate.of(2026, 5, 20);

  /**
   * 宣州区's catalogue (城南社区's matters and a village's), as
   * examples/policies/xuanzhou-consultation.yaml writes it.
   */
  static final Policy CATALOGUE =
      AccessPolicyFile.read(
              java.nio.file.Path.of("..", "examples", "policies", "xuanzhou-consultation.yaml"))
          .parameters();

  private final Governance facade =
      Governance.builder()
          .store(new InMemoryGovernanceStore())
          .policy(CATALOGUE)
          .clock(Clock.fixed(Instant.parse("2026-07-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
          .build();

  @BeforeEach
  void community() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "城南社区"));
    system.divisions().add(SampleData.community(2, "城北社区"));
    system.scopes().grant("clerk", "社区干部", DataScope.division(ONE));
  }

  /** The parking matter at a residents' meeting of household representatives, in three groups. */
  private static Consultation parking(String id, int firstGroupPresent, LocalDate notice) {
    return Consultation.of(
        id,
        ONE,
        "parking",
        ConsultationParty.OWNERS_COMMITTEE,
        ConsultationForm.RESIDENTS_MEETING,
        Set.of(
            ConsultationParty.OWNERS_COMMITTEE,
            ConsultationParty.PROPERTY_SERVICE,
            ConsultationParty.STAKEHOLDERS),
        HELD,
        new Vote(
            ConsultationForm.RESIDENTS_MEETING,
            AttendanceBasis.HOUSEHOLDS,
            List.of(
                new VoterGroup("第一居民小组", 320, firstGroupPresent, firstGroupPresent - 20, 15, 5),
                new VoterGroup("第二居民小组", 280, 190, 150, 30, 10),
                new VoterGroup("第三居民小组", 300, 160, 120, 30, 10)),
            notice));
  }

  @Test
  @DisplayName(
      "a residents' meeting's vote counted in three groups: 560 of 900 households attended and"
          + " 460 voted for — quorate and carried, the decision explained by the meeting rules")
  void aVoteThatCarries() {
    ConsultationDesk clerk = facade.as("clerk").consultations();

    Decision<Compliance> decision = clerk.record(parking("C-1", 210, HELD.minusDays(10)));

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(decision.decidingRuleIds())
        .contains(
            ConsultationRules.LISTED,
            ConsultationRules.RAISER,
            ConsultationRules.FORM,
            ConsultationRules.PARTIES,
            ConsultationRules.VOTE_TAKEN,
            "MEETING-QUORUM",
            "MEETING-MAJORITY");
    assertThat(decision.result("MEETING-QUORUM").orElseThrow().compared().toString())
        .contains("560");
    assertThat(clerk.find("C-1").orElseThrow().voteTaken().orElseThrow().votesFor()).isEqualTo(460);
    assertThat(clerk.check("C-1").outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(facade.asSystem().audit().about("C-1", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.CONSULTATION);
  }

  @Test
  @DisplayName(
      "a meeting too few attended, a party left out and a form the catalogue does not allow are"
          + " recorded all the same, and each is named")
  void whatWentWrongIsNamed() {
    ConsultationDesk clerk = facade.as("clerk").consultations();

    Decision<Compliance> thin = clerk.record(parking("C-2", 40, HELD.minusDays(10)));
    Decision<Compliance> online =
        clerk.record(
            Consultation.of(
                "C-3",
                ONE,
                "elevator",
                ConsultationParty.COMMITTEE,
                ConsultationForm.ONLINE,
                Set.of(),
                HELD,
                null));

    assertThat(thin.decidingRuleIds()).containsExactly("MEETING-QUORUM");
    assertThat(online.decidingRuleIds())
        .containsExactly(
            ConsultationRules.RAISER, ConsultationRules.FORM, ConsultationRules.PARTIES);
    assertThat(online.explain()).contains("did not take part: those directly concerned");
    assertThat(clerk.of(ONE)).extracting(Consultation::id).containsExactly("C-2", "C-3");
  }

  @Test
  @DisplayName(
      "a matter not in the catalogue, a day after today, another community: refused or named")
  void refusals() {
    ConsultationDesk clerk = facade.as("clerk").consultations();
    Consultation unknown =
        Consultation.of(
            "C-4",
            ONE,
            "fireworks",
            ConsultationParty.RESIDENTS,
            ConsultationForm.TALK,
            Set.of(),
            HELD,
            null);

    assertThat(clerk.record(unknown).decidingRuleIds()).containsExactly(ConsultationRules.LISTED);
    Consultation tomorrow =
        Consultation.of(
            "C-5",
            ONE,
            "elevator",
            ConsultationParty.RESIDENTS,
            ConsultationForm.TALK,
            Set.of(),
            LocalDate.of(2026, 7, 2),
            null);
    assertThatThrownBy(() -> clerk.record(tomorrow))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("held");
    Consultation elsewhere =
        Consultation.of(
            "C-6",
            TWO,
            "elevator",
            ConsultationParty.RESIDENTS,
            ConsultationForm.TALK,
            Set.of(),
            HELD,
            null);
    assertThatThrownBy(() -> clerk.record(elsewhere)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> clerk.check("C-6")).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName(
      "a council of 1,020 households is about 1,000; its project moves from approval to"
          + " acceptance a stage at a time, never past it, each step audited")
  void councilAndProject() {
    ConsultationDesk clerk = facade.as("clerk").consultations();
    ResidentsCouncil council =
        clerk.addCouncil(
            new ResidentsCouncil(
                "RC-1",
                ONE,
                "城南第一居民理事会",
                1020,
                List.of("R-1", "R-2"),
                LocalDate.of(2026, 1, 10),
                0));

    assertThat(clerk.checkCouncil("RC-1", LocalDate.of(2026, 7, 1)).outcome())
        .isEqualTo(Compliance.COMPLIANT);
    CouncilProject p =
        clerk.approveProject(
            CouncilProject.approve("PJ-1", "RC-1", "加装电梯", LocalDate.of(2026, 6, 1)));
    p = clerk.advanceProject(p.id(), p.version());
    p = clerk.advanceProject(p.id(), p.version());
    p = clerk.advanceProject(p.id(), p.version());
    long accepted = p.version();

    assertThat(p.stage()).isEqualTo(ProjectStage.ACCEPTED);
    assertThat(p.reached(ProjectStage.ACCEPTED)).contains(LocalDate.of(2026, 7, 1));
    assertThatThrownBy(() -> clerk.advanceProject("PJ-1", accepted))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no next stage");
    assertThatThrownBy(() -> clerk.advanceProject("PJ-1", accepted - 1))
        .isInstanceOf(WriteConflictException.class);
    assertThat(clerk.projectsOf("RC-1")).containsExactly(p);
    assertThat(facade.asSystem().audit().about("PJ-1", 10)).hasSize(4);
    ResidentsCouncil big =
        clerk.updateCouncil(
            new ResidentsCouncil(
                "RC-1",
                ONE,
                council.name(),
                2400,
                council.members(),
                council.established(),
                council.version()));
    Decision<Compliance> tooBig = clerk.checkCouncil(big.id(), LocalDate.of(2026, 7, 1));
    assertThat(tooBig.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(tooBig.explain()).contains("2400 households; a council's unit has 500–1500");
  }
}
