package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.committee.AttendanceBasis;
import io.github.jiceng.governance.consultation.Consultation;
import io.github.jiceng.governance.consultation.ConsultationForm;
import io.github.jiceng.governance.consultation.ConsultationParty;
import io.github.jiceng.governance.consultation.CouncilProject;
import io.github.jiceng.governance.consultation.ProjectStage;
import io.github.jiceng.governance.consultation.ResidentsCouncil;
import io.github.jiceng.governance.consultation.Vote;
import io.github.jiceng.governance.consultation.VoterGroup;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consultation part of the storage contract, run by {@link GovernanceStoreContract} as its
 * {@code Consultations} group: a consultation round-trips with its vote's groups in order and is
 * stored once; councils keep their members in order and their community; projects keep their stage
 * days; versions guard updates; references are checked.
 */
public abstract class ConsultationsContract extends AreaContract {
  private static final LocalDate HELD = LocalDate.of(2026, 5, 20);

  private static Consultation voted(String id, DivisionCode community, LocalDate held) {
    return Consultation.of(
        id,
        community,
        "parking",
        ConsultationParty.RESIDENTS,
        ConsultationForm.RESIDENTS_REPRESENTATIVE_MEETING,
        Set.of(ConsultationParty.OWNERS_COMMITTEE, ConsultationParty.PROPERTY_SERVICE),
        held,
        new Vote(
            ConsultationForm.RESIDENTS_REPRESENTATIVE_MEETING,
            AttendanceBasis.REPRESENTATIVES,
            List.of(
                new VoterGroup("第三居民小组", 20, 18, 15, 2, 1),
                new VoterGroup("第一居民小组", 25, 21, 12, 9, 0)),
            held.minusDays(7)));
  }

  private static ResidentsCouncil council(String id, DivisionCode community, List<String> members) {
    return new ResidentsCouncil(
        id, community, "城南第一居民理事会", 1020, members, LocalDate.of(2026, 1, 10), 0);
  }

  @Test
  @DisplayName(
      "a consultation round-trips with its vote's groups in their order, one without a vote and"
          + " without parties too; an id is stored once")
  void consultationsRoundTrip() {
    DivisionCode one = community(1);
    Consultation stored = store().consultations().record(voted("C-2", one, HELD));
    Consultation talk =
        store()
            .consultations()
            .record(
                Consultation.of(
                    "C-1",
                    one,
                    "garden",
                    ConsultationParty.COUNCIL,
                    ConsultationForm.TALK,
                    Set.of(),
                    HELD.minusDays(30),
                    null));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(store().consultations().find("C-2")).contains(stored);
    assertThat(store().consultations().find("C-2").orElseThrow().voteTaken().orElseThrow().groups())
        .extracting(VoterGroup::name)
        .containsExactly("第三居民小组", "第一居民小组");
    assertThat(store().consultations().find("C-1")).contains(talk);
    assertThat(store().consultations().findByCommunity(one)).containsExactly(talk, stored);
    assertThatThrownBy(() -> store().consultations().record(voted("C-2", one, HELD)))
        .isInstanceOf(DuplicateKeyException.class);
    DivisionCode missing = DivisionCode.of(one.value().substring(0, 9) + "196");
    assertThatThrownBy(() -> store().consultations().record(voted("C-9", missing, HELD)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().consultations().find("C-9")).isEmpty();
  }

  @Test
  @DisplayName(
      "a council keeps its members in order; an update needs the version read, replaces the"
          + " members and never moves the council to another community")
  void councils() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    ResidentsCouncil v1 =
        store().consultations().addCouncil(council("RC-1", one, List.of("R-9", "R-2")));

    assertThat(store().consultations().findCouncil("RC-1")).contains(v1);
    ResidentsCouncil grown =
        new ResidentsCouncil(
            "RC-1", one, v1.name(), 1100, List.of("R-2", "R-5", "R-7"), v1.established(), 1);
    ResidentsCouncil v2 = store().consultations().updateCouncil(grown);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(store().consultations().findCouncil("RC-1")).contains(v2);
    assertThatThrownBy(() -> store().consultations().updateCouncil(grown))
        .isInstanceOf(WriteConflictException.class);
    ResidentsCouncil moved =
        new ResidentsCouncil("RC-1", two, v1.name(), 1100, List.of(), v1.established(), 2);
    assertThatThrownBy(() -> store().consultations().updateCouncil(moved))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().consultations().councilsOf(one)).containsExactly(v2);
    assertThat(store().consultations().councilsOf(two)).isEmpty();
    assertThatThrownBy(() -> store().consultations().addCouncil(council("RC-1", one, List.of())))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  @DisplayName(
      "a project keeps each stage's day; moving it on needs the version read; it needs its"
          + " council")
  void projects() {
    DivisionCode one = community(1);
    store().consultations().addCouncil(council("RC-1", one, List.of()));
    CouncilProject approved =
        store()
            .consultations()
            .addProject(CouncilProject.approve("PJ-1", "RC-1", "加装电梯", LocalDate.of(2026, 2, 1)));
    CouncilProject underWay =
        store().consultations().updateProject(approved.advance(LocalDate.of(2026, 3, 1)));
    CouncilProject closed =
        store().consultations().updateProject(underWay.advance(LocalDate.of(2026, 6, 30)));

    assertThat(closed.stage()).isEqualTo(ProjectStage.CLOSED);
    assertThat(store().consultations().findProject("PJ-1")).contains(closed);
    assertThat(
            store()
                .consultations()
                .findProject("PJ-1")
                .orElseThrow()
                .reached(ProjectStage.UNDER_WAY))
        .contains(LocalDate.of(2026, 3, 1));
    assertThatThrownBy(
            () -> store().consultations().updateProject(underWay.advance(LocalDate.of(2026, 7, 1))))
        .isInstanceOf(WriteConflictException.class);
    assertThat(store().consultations().projectsOf("RC-1")).containsExactly(closed);
    assertThatThrownBy(
            () ->
                store()
                    .consultations()
                    .addProject(
                        CouncilProject.approve("PJ-2", "RC-9", "x", LocalDate.of(2026, 2, 1))))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().consultations().findProject("PJ-2")).isEmpty();
  }
}
