package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * One round of a residents' committee election (居民委员会选举), as counted: what {@link
 * ElectionRules#RESIDENTS_ELECTION} decides.
 *
 * @param way how the committee is elected (the residents' committee law's three ways)
 * @param groups the residents' groups, for election by group representatives (else 0)
 * @param representatives the group representatives elected to vote, for that way (else 0)
 * @param electors who may vote in the way chosen: registered voters, household representatives, or
 *     group representatives; 1 to 10,000,000
 * @param ballots the ballots cast, at most the electors
 * @param seats the seats to fill, 1 to 50
 * @param candidates the candidates with their votes, keys distinct
 * @param day the day of the vote
 */
public record ResidentsElection(
    Way way,
    int groups,
    int representatives,
    int electors,
    int ballots,
    int seats,
    List<Candidate> candidates,
    LocalDate day)
    implements ElectionRound {
  private static final String SUBJECT = "ResidentsElection";

  /**
   * The three ways of the 《城市居民委员会组织法》第八条: by all residents who may vote, by one representative of
   * each household, or — as the residents wish — by two or three representatives of each residents'
   * group.
   */
  public enum Way {
    /** All residents who may vote (全体有选举权的居民), directly. */
    ALL_RESIDENTS,
    /** One representative of each household (每户派代表). */
    HOUSEHOLD_REPRESENTATIVES,
    /** Representatives of each residents' group (每个居民小组选举代表二至三人). */
    GROUP_REPRESENTATIVES
  }

  /**
   * Checks the count adds up.
   *
   * @throws InvalidInputException naming the field that does not
   */
  public ResidentsElection {
    Checks.required(way, SUBJECT, "way");
    Checks.required(day, SUBJECT, "day");
    candidates = Checks.listOf(candidates, SUBJECT, "candidates");
    if (electors < 1 || electors > 10_000_000) {
      throw InvalidInputException.of(SUBJECT, "electors", "must be 1 to 10000000");
    }
    if (ballots < 0 || ballots > electors) {
      throw InvalidInputException.of(
          SUBJECT, "ballots", ballots + " ballots cast by " + electors + " electors");
    }
    if (seats < 1 || seats > 50) {
      throw InvalidInputException.of(SUBJECT, "seats", "must be 1 to 50");
    }
    if (groups < 0 || representatives < 0) {
      throw InvalidInputException.of(SUBJECT, "groups", "must not be negative");
    }
    if (way == Way.GROUP_REPRESENTATIVES && (groups == 0 || representatives != electors)) {
      throw InvalidInputException.of(
          SUBJECT, "representatives", "elect by group representatives: they are the electors");
    }
    Candidate.checkCount(SUBJECT, candidates, ballots);
  }

  @Override
  public LocalDate votedOn() {
    return day;
  }

  @Override
  public int electorCount() {
    return electors;
  }

  @Override
  public int ballotCount() {
    return ballots;
  }

  /** Never: the residents' committee law's rounds are counted as one (no national second round). */
  @Override
  public boolean secondRound() {
    return false;
  }

  /** Whether all residents who may vote elect the committee (全体有选举权的居民直接选举). */
  @Override
  public boolean direct() {
    return way == Way.ALL_RESIDENTS;
  }
}
