package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.election.ElectionFigures;
import io.github.jiceng.governance.election.ElectionRecord;
import io.github.jiceng.governance.election.ElectionRound;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.Recall;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.election.VillageElection;
import io.github.jiceng.governance.election.VoterRegistration;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The elections desk (换届选举、罢免): decides a committee election's round, a recall and a voter's
 * registration under the committee laws and the province's measures in force on the day; records
 * each counted round once, with who was elected; and gives a street's or district's figures —
 * turnout, direct elections, woman members, "一肩挑" and cross-appointments. Obtain it from {@code
 * Governance.elections()}. Thread-safe when the store is.
 */
public final class ElectionDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy, clock and validator. */
  public ElectionDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /** Decides a villagers' committee round under the law in force on its election day. */
  public Decision<Compliance> check(VillageElection round) {
    return ElectionRules.check(required(round, "round"), setup.policy());
  }

  /** Decides a residents' committee round under the law and province in force on its day. */
  public Decision<Compliance> check(ResidentsElection round) {
    return ElectionRules.check(required(round, "round"), setup.policy());
  }

  /** Decides a recall voted on {@code day} under the law in force then. */
  public Decision<Compliance> check(Recall recall, LocalDate day) {
    return ElectionRules.check(required(recall, "recall"), setup.policy(), required(day, "day"));
  }

  /** Decides whether a villager may be registered to vote, under the law of the election day. */
  public Decision<Compliance> check(VoterRegistration registration) {
    return ElectionRules.check(required(registration, "registration"), setup.policy());
  }

  /**
   * Decides every registration on a village's register under the law of its election day, in the
   * register's order, each decision naming its voter by the masked identity number.
   */
  public List<Decision<Compliance>> check(
      io.github.jiceng.governance.election.VoterRegister register) {
    return ElectionRules.check(required(register, "register"), setup.policy());
  }

  /**
   * Records a counted round of the committee's election, voted no later than today, for a committee
   * the caller's scope covers, audited. Who was elected is worked out under the rules in force on
   * the day of the vote, and stored with the count: the record is never changed. A villagers'
   * committee is recorded with a {@link VillageElection}, a residents' committee with a {@link
   * ResidentsElection}.
   *
   * @return the record stored
   * @throws InvalidInputException if the round is of the other kind of committee, or in the future
   * @throws io.github.jiceng.governance.base.NotFoundException if the committee is not recorded or
   *     not in the caller's scope
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the committee's round of that
   *     day is already recorded (another clerk recorded the same count first)
   */
  public ElectionRecord record(String committeeId, ElectionRound round) {
    required(round, "round");
    if (round.votedOn().isAfter(setup.today())) {
      throw InvalidInputException.of("round", "votedOn", "must not be after today");
    }
    return store.inTransaction(
        tx -> {
          Committee c =
              CommitteeDesk.committeeInScope(setup, tx, committeeId, "record an election of");
          CommitteeKind kind =
              round instanceof VillageElection ? CommitteeKind.VILLAGERS : CommitteeKind.RESIDENTS;
          if (c.kind() != kind) {
            throw InvalidInputException.of(
                "round",
                "kind",
                "committee "
                    + c.id()
                    + " is a "
                    + c.kind().label().en()
                    + "; the round is a "
                    + kind.label().en()
                    + "'s");
          }
          ElectionRecord counted = ElectionRecord.counted(c.id(), round, setup.policy());
          tx.committees().recordElection(counted);
          setup.audit(tx, AuditAction.ELECTION, c.id(), summary(counted));
          return counted;
        });
  }

  private static String summary(ElectionRecord e) {
    ElectionRound r = e.round();
    return "round "
        + e.roundNumber()
        + " of "
        + r.votedOn()
        + ": "
        + r.ballotCount()
        + " of "
        + r.electorCount()
        + " voted; "
        + (e.decided() ? e.elected().size() + " of " + r.seats() + " seats filled" : "undecided");
  }

  /**
   * The committee's recorded rounds, by day then round; empty if it is not recorded or not in the
   * caller's scope.
   */
  public List<ElectionRecord> rounds(String committeeId) {
    return CommitteeDesk.visible(setup, store, committeeId)
        .map(c -> store.committees().electionsOf(c.id()))
        .orElse(List.of());
  }

  /**
   * The election figures of the committees within {@code area} (a district, street or community)
   * that the caller's scope covers, for the rounds voted from {@code from} to {@code to}
   * (inclusive), with the party leaders in office on {@code to}. A JDBC store counts in the
   * database.
   *
   * @throws InvalidInputException if {@code to} is before {@code from}
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the scope covers nothing of
   *     {@code area}
   */
  public ElectionFigures figures(DivisionCode area, LocalDate from, LocalDate to) {
    required(area, "area");
    required(from, "from");
    required(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("ElectionDesk.figures", "to", "must not be before 'from'");
    }
    return ElectionFigures.sum(
        DeskSetup.withinReach(
            setup.reach(store),
            area,
            a -> List.of(store.committees().electionFigures(a, true, from, to)),
            a -> List.of(store.committees().electionFigures(a, false, from, to)),
            Comparator.comparingLong(ElectionFigures::committeesElected),
            "read the election figures of"));
  }

  @Override
  public String toString() {
    return "ElectionDesk[" + setup + "]";
  }
}
