package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;

/**
 * A request to recall a villagers' committee member (罢免) and its vote, as counted: what {@link
 * ElectionRules#RECALL} decides.
 *
 * @param registeredVoters the villagers registered to vote, 1 to 1,000,000
 * @param requestingVoters the registered voters who signed the request (联名)
 * @param representatives the village's representatives (村民代表), 0 if it has none
 * @param requestingRepresentatives the representatives who signed the request
 * @param ballotsCast the ballots cast on the recall
 * @param votesFor the ballots for recalling
 */
public record Recall(
    int registeredVoters,
    int requestingVoters,
    int representatives,
    int requestingRepresentatives,
    int ballotsCast,
    int votesFor) {
  /**
   * Checks the counts add up.
   *
   * @throws InvalidInputException naming the count that does not
   */
  public Recall {
    if (registeredVoters < 1 || registeredVoters > 1_000_000) {
      throw InvalidInputException.of("Recall", "registeredVoters", "must be 1 to 1000000");
    }
    if (requestingVoters < 0 || requestingVoters > registeredVoters) {
      throw InvalidInputException.of(
          "Recall", "requestingVoters", "must be 0 to the registered voters");
    }
    if (representatives < 0
        || requestingRepresentatives < 0
        || requestingRepresentatives > representatives) {
      throw InvalidInputException.of(
          "Recall", "requestingRepresentatives", "must be 0 to the representatives");
    }
    if (ballotsCast < 0 || ballotsCast > registeredVoters) {
      throw InvalidInputException.of("Recall", "ballotsCast", "must be 0 to the registered voters");
    }
    if (votesFor < 0 || votesFor > ballotsCast) {
      throw InvalidInputException.of("Recall", "votesFor", "must be 0 to the ballots cast");
    }
  }
}
