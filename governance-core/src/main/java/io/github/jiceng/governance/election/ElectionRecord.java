package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Policy;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One round of a committee's election as recorded once counted (选举结果记录), with who the rules in
 * force on its day elected. A record is never changed: a store keeps one per committee, day and
 * round, so of two clerks recording the same count one succeeds and the other is told it is already
 * recorded.
 *
 * @param committeeId the committee elected
 * @param round the counted round: a {@link VillageElection} for a villagers' committee, a {@link
 *     ResidentsElection} for a residents' committee
 * @param decided whether the policy in force set the share of the ballots a candidate needs, so
 *     that who was elected is known (a residents' committee election under no province's numbers is
 *     not)
 * @param elected the keys of the candidates elected, most votes first; empty unless {@code decided}
 */
public record ElectionRecord(
    String committeeId, ElectionRound round, boolean decided, List<String> elected) {
  private static final String SUBJECT = "ElectionRecord";

  /**
   * Checks the elected are candidates of the round, at most its seats.
   *
   * @throws InvalidInputException naming the field that does not hold
   */
  public ElectionRecord {
    Checks.key(committeeId, SUBJECT, "committeeId");
    Checks.required(round, SUBJECT, "round");
    elected = Checks.listOf(elected, SUBJECT, "elected");
    if (!decided && !elected.isEmpty()) {
      throw InvalidInputException.of(
          SUBJECT, "elected", "no one is elected in a round the policy does not decide");
    }
    if (elected.size() > round.seats()) {
      throw InvalidInputException.of(
          SUBJECT, "elected", elected.size() + " elected to " + round.seats() + " seats");
    }
    Set<String> keys = new HashSet<>();
    round.candidates().forEach(c -> keys.add(c.key()));
    Set<String> seen = new HashSet<>();
    for (String key : elected) {
      if (!keys.contains(key)) {
        throw InvalidInputException.of(
            SUBJECT, "elected", "candidate " + key + " was not nominated in this round");
      }
      if (!seen.add(key)) {
        throw InvalidInputException.of(SUBJECT, "elected", "names " + key + " twice");
      }
    }
  }

  /**
   * The record of {@code round} as counted, with those {@link ElectionRules#elected(ElectionRound,
   * Policy)} elects under {@code policy} on its day.
   */
  public static ElectionRecord counted(String committeeId, ElectionRound round, Policy policy) {
    Checks.required(round, SUBJECT, "round");
    Optional<List<Candidate>> elected = ElectionRules.elected(round, policy);
    return new ElectionRecord(
        committeeId,
        round,
        elected.isPresent(),
        elected.map(l -> l.stream().map(Candidate::key).toList()).orElse(List.of()));
  }

  /** The candidates elected, most votes first. */
  public List<Candidate> electedCandidates() {
    return round.byVotes().stream().filter(c -> elected.contains(c.key())).toList();
  }

  /**
   * Whether a woman is among those elected — in a second round of a villagers' committee, also
   * among those its first round elected.
   */
  public boolean electsWoman() {
    boolean before =
        round instanceof VillageElection v && v.electedBefore().stream().anyMatch(Candidate::woman);
    return before || electedCandidates().stream().anyMatch(Candidate::woman);
  }

  /** The round as messages name it: {@code committee 340202001001-RC's round 1 of 2026-05-16}. */
  public String describe() {
    return "committee " + committeeId + "'s round " + roundNumber() + " of " + round.votedOn();
  }

  /** The round number: 1, or 2 for a second round (另行选举). */
  public int roundNumber() {
    return round.secondRound() ? 2 : 1;
  }
}
