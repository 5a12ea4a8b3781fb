package io.github.jiceng.governance.election;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One counted round of a committee election: a {@link VillageElection} of a villagers' committee or
 * a {@link ResidentsElection} of a residents' committee. What the two have in common is what a
 * store indexes and a district's figures add up.
 */
public sealed interface ElectionRound permits VillageElection, ResidentsElection {

  /** The day of the vote. */
  LocalDate votedOn();

  /**
   * Who could vote in this round: registered voters, or the household or group representatives of a
   * residents' committee elected that way.
   */
  int electorCount();

  /** The ballots cast. */
  int ballotCount();

  /** The seats to fill in this round. */
  int seats();

  /** The candidates with their votes. */
  List<Candidate> candidates();

  /** Whether this is a second round (另行选举) for seats a first round left empty. */
  boolean secondRound();

  /**
   * Whether the electors are the registered voters themselves (直接选举): always for a villagers'
   * committee, for a residents' committee only when all residents who may vote elect it.
   */
  boolean direct();

  /** The candidates by votes, most first (ties by key, for a stable order). */
  default List<Candidate> byVotes() {
    return candidates().stream()
        .sorted(Comparator.comparingInt(Candidate::votes).reversed().thenComparing(Candidate::key))
        .toList();
  }
}
