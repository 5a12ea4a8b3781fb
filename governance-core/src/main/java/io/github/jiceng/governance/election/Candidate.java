package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;

/**
 * A nominated candidate (候选人) and the votes counted for them.
 *
 * @param key the candidate's key in the caller's records (never a name or an identity number), at
 *     most 64 characters
 * @param votes the votes counted for them, 0 or more
 * @param woman whether the candidate is a woman (the committee must have a woman member)
 * @param smallerEthnicGroup whether the candidate belongs to one of the village's smaller ethnic
 *     groups (人数较少的民族)
 */
public record Candidate(String key, int votes, boolean woman, boolean smallerEthnicGroup) {
  public Candidate {
    Checks.key(key, "Candidate", "key");
    if (key.length() > 64) {
      throw InvalidInputException.of("Candidate", "key", "must be at most 64 characters");
    }
    if (votes < 0) {
      throw InvalidInputException.of("Candidate", "votes", "must not be negative");
    }
  }

  /**
   * Checks one round's candidates as counted: 1 to 200, keys distinct, none with more votes than
   * the ballots cast.
   *
   * @return the votes of all of them together
   * @throws InvalidInputException naming {@code subject}'s candidates field
   */
  static long checkCount(String subject, java.util.List<Candidate> candidates, int ballots) {
    if (candidates.isEmpty() || candidates.size() > 200) {
      throw InvalidInputException.of(subject, "candidates", "must be 1 to 200");
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    long votes = 0;
    for (Candidate c : candidates) {
      if (!keys.add(c.key())) {
        throw InvalidInputException.of(
            subject, "candidates", "name candidate " + c.key() + " more than once");
      }
      if (c.votes() > ballots) {
        throw InvalidInputException.of(
            subject,
            "candidates",
            "candidate "
                + c.key()
                + " has "
                + c.votes()
                + " votes, more than the "
                + ballots
                + " ballots cast");
      }
      votes += c.votes();
    }
    return votes;
  }
}
