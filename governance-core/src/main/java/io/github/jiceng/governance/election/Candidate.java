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
}
