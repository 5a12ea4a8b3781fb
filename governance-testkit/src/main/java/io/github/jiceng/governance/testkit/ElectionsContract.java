package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionFigures;
import io.github.jiceng.governance.election.ElectionRecord;
import io.github.jiceng.governance.election.Objection;
import io.github.jiceng.governance.election.ProxyRelation;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.election.VillageElection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The elections part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * Elections} group: counted rounds of both kinds round-trip whole (a village's with its objections,
 * proxies and election committee), in order; each round is recorded once, even by two writers at
 * once; an election needs its committee and keeps it from being deleted; and an area's figures
 * count committees, voters and the party trees' cross-appointments as every store does.
 */
public abstract class ElectionsContract extends AreaContract {
  private static final LocalDate VOTE = LocalDate.of(2021, 4, 20);
  private static final LocalDate SECOND = VOTE.plusDays(7);

  private Committee residents(int n) {
    community(n);
    return store().committees().insert(SampleData.residentsCommittee(n, "社区" + n + "居民委员会", 2600));
  }

  private Committee villagers(int n) {
    DivisionCode code = community(n);
    return store()
        .committees()
        .insert(
            Committee.builder(code.value() + "-VC", CommitteeKind.VILLAGERS)
                .division(code)
                .name("水东村民委员会")
                .households(420)
                .term(SampleData.TERM)
                .member("张华", CommitteeRole.DIRECTOR)
                .member("李敏", CommitteeRole.MEMBER)
                .member("王芳", CommitteeRole.MEMBER)
                .build());
  }

  private static ElectionRecord residentsRound(
      String committee, int electors, int ballots, boolean woman) {
    return new ElectionRecord(
        committee,
        new ResidentsElection(
            ResidentsElection.Way.ALL_RESIDENTS,
            0,
            0,
            electors,
            ballots,
            2,
            List.of(
                new Candidate("c-1", ballots - 10, woman, false),
                new Candidate("c-2", ballots - 20, false, false),
                new Candidate("c-3", 5, true, false)),
            VOTE),
        true,
        List.of("c-1", "c-2"));
  }

  private static ElectionRecord byRepresentatives(String committee) {
    return new ElectionRecord(
        committee,
        new ResidentsElection(
            ResidentsElection.Way.GROUP_REPRESENTATIVES,
            2,
            5,
            5,
            5,
            1,
            List.of(new Candidate("r-1", 4, false, false), new Candidate("r-2", 1, false, false)),
            VOTE),
        false,
        List.of());
  }

  private static ElectionRecord firstVillageRound(String committee) {
    return new ElectionRecord(
        committee,
        new VillageElection(
            1186,
            VOTE.minusDays(25),
            VOTE,
            List.of(new Objection(VOTE.minusDays(23), VOTE.minusDays(21))),
            3,
            List.of(
                new Candidate("v-1", 700, false, false),
                new Candidate("v-2", 650, false, true),
                new Candidate("v-3", 480, true, false),
                new Candidate("v-4", 300, false, false)),
            1003,
            false,
            true,
            true,
            true,
            true,
            List.of(ProxyRelation.SPOUSE, ProxyRelation.CHILD),
            true,
            List.of(),
            List.of("e-chair", "e-1", "e-2")),
        true,
        List.of("v-1", "v-2"));
  }

  private static ElectionRecord secondVillageRound(String committee) {
    return new ElectionRecord(
        committee,
        new VillageElection(
            1186,
            VOTE.minusDays(25),
            SECOND,
            List.of(),
            1,
            List.of(
                new Candidate("v-3", 520, true, false), new Candidate("v-4", 400, false, false)),
            980,
            true,
            true,
            true,
            true,
            true,
            List.of(),
            true,
            List.of(
                new Candidate("v-1", 700, false, false), new Candidate("v-2", 650, false, true))),
        true,
        List.of("v-3"));
  }

  @Test
  @DisplayName(
      "a village's two rounds and a residents' round come back whole, by day then round, the"
          + " elected most votes first")
  void roundTrip() {
    Committee village = villagers(1);
    Committee rc = residents(2);
    store().committees().recordElection(secondVillageRound(village.id()));
    store().committees().recordElection(firstVillageRound(village.id()));
    store().committees().recordElection(residentsRound(rc.id(), 4000, 3000, true));

    assertThat(store().committees().electionsOf(village.id()))
        .containsExactly(firstVillageRound(village.id()), secondVillageRound(village.id()));
    assertThat(store().committees().electionsOf(rc.id()))
        .containsExactly(residentsRound(rc.id(), 4000, 3000, true));
    assertThat(store().committees().electionsOf("nobody")).isEmpty();
  }

  @Test
  @DisplayName(
      "a round is recorded once, needs its committee, and keeps the committee from being deleted")
  void onceAndReferences() {
    Committee rc = residents(1);
    store().committees().recordElection(residentsRound(rc.id(), 4000, 3000, true));

    assertThatThrownBy(
            () -> store().committees().recordElection(residentsRound(rc.id(), 4000, 2999, true)))
        .isInstanceOf(DuplicateKeyException.class)
        .hasMessageContaining("round 1 of 2021-04-20 is already recorded");
    assertThat(store().committees().electionsOf(rc.id()))
        .containsExactly(residentsRound(rc.id(), 4000, 3000, true));
    assertThatThrownBy(
            () -> store().committees().recordElection(residentsRound("nobody", 100, 90, true)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThatThrownBy(() -> store().committees().delete(rc.id(), rc.version()))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().committees().find(rc.id())).isPresent();
  }

  @Test
  @DisplayName("two clerks recording one count at once: exactly one is stored")
  void twoClerksAtOnce() throws Exception {
    Committee rc = residents(1);
    List<Boolean> stored =
        GovernanceStoreContract.runTogether(
            2,
            clerk ->
                () -> {
                  try {
                    store()
                        .committees()
                        .recordElection(residentsRound(rc.id(), 4000, 3000 - clerk, true));
                    return true;
                  } catch (DuplicateKeyException lost) {
                    return false;
                  }
                });

    assertThat(stored).containsExactlyInAnyOrder(true, false);
    assertThat(store().committees().electionsOf(rc.id())).hasSize(1);
  }

  @Test
  @DisplayName(
      "an area's figures: committees, direct elections, voters, woman members and the party's"
          + " cross-appointments, within the area and the period")
  void figures() {
    Committee village = villagers(1);
    Committee rc = residents(2);
    Committee byGroups = residents(3);
    store().committees().recordElection(firstVillageRound(village.id()));
    store().committees().recordElection(secondVillageRound(village.id()));
    store().committees().recordElection(residentsRound(rc.id(), 4000, 3000, false));
    store().committees().recordElection(byRepresentatives(byGroups.id()));
    store().partyTrees().insert(SampleData.partyTree(2));
    DivisionCode street = SampleData.STREET;
    LocalDate from = LocalDate.of(2021, 1, 1);
    LocalDate to = LocalDate.of(2021, 12, 31);

    ElectionFigures all = store().committees().electionFigures(street, true, from, to);

    // the village and the residents' committee voted directly; the third by representatives
    assertThat(all).isEqualTo(new ElectionFigures(3, 2, 1186 + 4000, 1003 + 3000, 2, 1, 1, 1, 1));
    assertThat(store().committees().electionFigures(street, false, from, to))
        .isEqualTo(ElectionFigures.NONE);
    assertThat(store().committees().electionFigures(SampleData.communityCode(2), false, from, to))
        .isEqualTo(new ElectionFigures(1, 1, 4000, 3000, 1, 0, 1, 1, 1));
    // before the second round no woman is elected yet, and the party leaders' term has not begun
    assertThat(store().committees().electionFigures(street, true, from, VOTE))
        .isEqualTo(new ElectionFigures(3, 2, 5186, 4003, 2, 0, 1, 0, 0));
    // after the party leaders' term the cross-appointments are no longer in office
    assertThat(
            store()
                .committees()
                .electionFigures(street, true, SECOND.plusDays(1), LocalDate.of(2026, 5, 1)))
        .isEqualTo(new ElectionFigures(0, 0, 0, 0, 0, 0, 1, 0, 0));
  }
}
