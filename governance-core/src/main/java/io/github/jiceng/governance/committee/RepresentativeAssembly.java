package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.base.InvalidInputException;

/**
 * The composition of a villagers' representative meeting (村民代表会议): the village's households and the
 * meeting's members. {@link CommitteeRules#checkRepresentativeAssembly} checks it against the law
 * (one representative per 5–15 households, villagers' representatives at least 4/5, women at least
 * 1/3).
 *
 * @param households households in the village
 * @param members all members of the meeting (villagers' representatives plus committee members)
 * @param villagerRepresentatives the members who are elected villagers' representatives
 * @param women the members who are women
 */
public record RepresentativeAssembly(
    int households, int members, int villagerRepresentatives, int women) {
  private static final String SUBJECT = "RepresentativeAssembly";

  public RepresentativeAssembly {
    if (households <= 0) {
      throw InvalidInputException.of(SUBJECT, "households", "must be positive");
    }
    if (members <= 0) {
      throw InvalidInputException.of(SUBJECT, "members", "must be positive");
    }
    if (villagerRepresentatives < 0 || villagerRepresentatives > members) {
      throw InvalidInputException.of(
          SUBJECT, "villagerRepresentatives", "must be between 0 and members");
    }
    if (women < 0 || women > members) {
      throw InvalidInputException.of(SUBJECT, "women", "must be between 0 and members");
    }
  }
}
