package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;

/**
 * One voter group's count at a meeting (a residents' group, a building, the households of a
 * council): how many could attend, attended, and voted for, against or abstained.
 *
 * @param name the group's name, 1 to 50 characters (a place or a group, never a person)
 * @param eligible how many could attend, 1 to 1,000,000
 * @param present how many attended, at most {@code eligible}
 * @param votesFor votes for the decision
 * @param votesAgainst votes against
 * @param abstentions abstentions; the three add up to at most {@code present}
 */
public record VoterGroup(
    String name, int eligible, int present, int votesFor, int votesAgainst, int abstentions) {
  private static final String SUBJECT = "VoterGroup";

  /**
   * Checks the counts add up.
   *
   * @throws InvalidInputException naming the count that does not
   */
  public VoterGroup {
    Checks.key(name, SUBJECT, "name");
    if (name.isBlank() || name.length() > 50) {
      throw InvalidInputException.of(SUBJECT, "name", "must be 1 to 50 characters");
    }
    if (eligible < 1 || eligible > 1_000_000) {
      throw InvalidInputException.of(SUBJECT, "eligible", "must be 1 to 1000000");
    }
    if (present < 0 || present > eligible) {
      throw InvalidInputException.of(
          SUBJECT, "present", present + " present of " + eligible + " eligible");
    }
    if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
      throw InvalidInputException.of(SUBJECT, "votesFor", "no count may be negative");
    }
    long cast = (long) votesFor + votesAgainst + abstentions;
    if (cast > present) {
      throw InvalidInputException.of(
          SUBJECT,
          "votesFor",
          "for, against and abstentions add up to "
              + cast
              + ", more than the "
              + present
              + " present");
    }
  }
}
