package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * One round of a villagers' committee election (村民委员会选举), as counted: what {@link
 * ElectionRules#VILLAGE_ELECTION} decides.
 *
 * @param registeredVoters the villagers on the published register (登记参加选举的村民), 1 to 1,000,000
 * @param registerPublished the day the register was published
 * @param electionDay the day of the vote
 * @param objections the objections to the register and their handling
 * @param seats the seats to fill in this round, 1 to 50
 * @param candidates the candidates of this round with their votes, keys distinct
 * @param ballotsCast the ballots cast (参加投票的村民), at most the registered voters
 * @param secondRound whether this is a second round (另行选举) for seats the first left empty
 * @param severalEthnicGroups whether villagers of several ethnic groups live in the village
 * @param secretBallot whether a secret writing place was set up and the ballot was secret
 * @param publicCount whether the votes were counted in public
 * @param announcedOnSpot whether the result was announced on the spot
 * @param proxies how each proxy vote's proxy was related to the voter (书面委托)
 * @param proxiesPublished whether the election committee published the list of voters and their
 *     proxies
 * @param electedBefore in a second round, those the first round elected: the committee's woman
 *     member and member of a smaller ethnic group are looked for among them too
 * @param electionCommittee the keys of the members of the villagers' election committee (村民选举委员会)
 *     that presided, at most 64 characters each; empty if not recorded
 */
public record VillageElection(
    int registeredVoters,
    LocalDate registerPublished,
    LocalDate electionDay,
    List<Objection> objections,
    int seats,
    List<Candidate> candidates,
    int ballotsCast,
    boolean secondRound,
    boolean severalEthnicGroups,
    boolean secretBallot,
    boolean publicCount,
    boolean announcedOnSpot,
    List<ProxyRelation> proxies,
    boolean proxiesPublished,
    List<Candidate> electedBefore,
    List<String> electionCommittee)
    implements ElectionRound {
  private static final String SUBJECT = "VillageElection";

  /**
   * Checks the count adds up.
   *
   * @throws InvalidInputException naming the field that does not — a vote total above the ballots
   *     cast, a candidate named twice, an objection before the register was published
   */
  public VillageElection {
    Checks.required(registerPublished, SUBJECT, "registerPublished");
    Checks.required(electionDay, SUBJECT, "electionDay");
    objections = Checks.listOf(objections, SUBJECT, "objections");
    candidates = Checks.listOf(candidates, SUBJECT, "candidates");
    proxies = Checks.listOf(proxies, SUBJECT, "proxies");
    electedBefore = Checks.listOf(electedBefore, SUBJECT, "electedBefore");
    electionCommittee = Checks.listOf(electionCommittee, SUBJECT, "electionCommittee");
    if (electionCommittee.size() > 50) {
      throw InvalidInputException.of(SUBJECT, "electionCommittee", "must be at most 50 members");
    }
    if (new java.util.HashSet<>(electionCommittee).size() < electionCommittee.size()) {
      throw InvalidInputException.of(SUBJECT, "electionCommittee", "names a member twice");
    }
    for (String member : electionCommittee) {
      Checks.key(member, SUBJECT, "electionCommittee");
      if (member.length() > 64) {
        throw InvalidInputException.of(
            SUBJECT, "electionCommittee", "a member's key is at most 64 characters");
      }
    }
    if (!secondRound && !electedBefore.isEmpty()) {
      throw InvalidInputException.of(
          SUBJECT, "electedBefore", "only a second round has members elected before it");
    }
    if (registeredVoters < 1 || registeredVoters > 1_000_000) {
      throw InvalidInputException.of(SUBJECT, "registeredVoters", "must be 1 to 1000000");
    }
    if (registerPublished.isAfter(electionDay)) {
      throw InvalidInputException.of(
          SUBJECT, "registerPublished", "must not be after the election day");
    }
    if (seats < 1 || seats > 50) {
      throw InvalidInputException.of(SUBJECT, "seats", "must be 1 to 50");
    }
    if (ballotsCast < 0 || ballotsCast > registeredVoters) {
      throw InvalidInputException.of(
          SUBJECT,
          "ballotsCast",
          ballotsCast + " ballots cast by " + registeredVoters + " registered voters");
    }
    long votes = Candidate.checkCount(SUBJECT, candidates, ballotsCast);
    if (votes > (long) ballotsCast * seats) {
      throw InvalidInputException.of(
          SUBJECT,
          "candidates",
          "the votes add up to "
              + votes
              + ", more than "
              + ballotsCast
              + " ballots × "
              + seats
              + " seats");
    }
    for (Objection o : objections) {
      if (o.raised().isBefore(registerPublished) || o.raised().isAfter(electionDay)) {
        throw InvalidInputException.of(
            SUBJECT, "objections", "an objection is raised between publication and the vote");
      }
    }
    if (proxies.size() > ballotsCast) {
      throw InvalidInputException.of(
          SUBJECT, "proxies", proxies.size() + " proxy votes in " + ballotsCast + " ballots");
    }
  }

  /** One round with no members elected before it: a first round, or a second with none recorded. */
  public VillageElection(
      int registeredVoters,
      LocalDate registerPublished,
      LocalDate electionDay,
      List<Objection> objections,
      int seats,
      List<Candidate> candidates,
      int ballotsCast,
      boolean secondRound,
      boolean severalEthnicGroups,
      boolean secretBallot,
      boolean publicCount,
      boolean announcedOnSpot,
      List<ProxyRelation> proxies,
      boolean proxiesPublished) {
    this(
        registeredVoters,
        registerPublished,
        electionDay,
        objections,
        seats,
        candidates,
        ballotsCast,
        secondRound,
        severalEthnicGroups,
        secretBallot,
        publicCount,
        announcedOnSpot,
        proxies,
        proxiesPublished,
        List.of(),
        List.of());
  }

  /** One round without its election committee recorded. */
  public VillageElection(
      int registeredVoters,
      LocalDate registerPublished,
      LocalDate electionDay,
      List<Objection> objections,
      int seats,
      List<Candidate> candidates,
      int ballotsCast,
      boolean secondRound,
      boolean severalEthnicGroups,
      boolean secretBallot,
      boolean publicCount,
      boolean announcedOnSpot,
      List<ProxyRelation> proxies,
      boolean proxiesPublished,
      List<Candidate> electedBefore) {
    this(
        registeredVoters,
        registerPublished,
        electionDay,
        objections,
        seats,
        candidates,
        ballotsCast,
        secondRound,
        severalEthnicGroups,
        secretBallot,
        publicCount,
        announcedOnSpot,
        proxies,
        proxiesPublished,
        electedBefore,
        List.of());
  }

  @Override
  public LocalDate votedOn() {
    return electionDay;
  }

  @Override
  public int electorCount() {
    return registeredVoters;
  }

  @Override
  public int ballotCount() {
    return ballotsCast;
  }

  /** Always: villagers elect their committee directly (村民直接选举). */
  @Override
  public boolean direct() {
    return true;
  }
}
