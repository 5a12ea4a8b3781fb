package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.IdentityNumber;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A village's register of voters as published (登记参加选举的村民名单): every voter once, each with the ground
 * they are registered on. Its size is the election's registered voters; {@link
 * ElectionRules#check(VoterRegister, io.github.jiceng.governance.policy.Policy)} decides each
 * registration under 《村民委员会组织法》第十三条.
 *
 * @param published the day the register was published
 * @param electionDay the day of the election, the day every registration is asked about
 * @param voters the voters, at most 1,000,000, each identity number once
 */
public record VoterRegister(LocalDate published, LocalDate electionDay, List<Voter> voters) {
  private static final String SUBJECT = "VoterRegister";

  /**
   * One voter on the register. The identity number is personal data: its {@code toString} (and so
   * this record's) is masked.
   *
   * @param identity the voter's identity number, whose birth date is the registration's
   * @param registration the voter's registration
   */
  public record Voter(IdentityNumber identity, VoterRegistration registration) {
    public Voter {
      Checks.required(identity, "Voter", "identity");
      Checks.required(registration, "Voter", "registration");
      if (!identity.birthDate().equals(registration.birthDate())) {
        throw InvalidInputException.of(
            "Voter", "registration.birthDate", "is not the identity number's birth date");
      }
    }

    /** The voter by the masked number and the ground, without the birth date. */
    @Override
    public String toString() {
      return "Voter[identity=" + identity.masked() + ", ground=" + registration.kind() + "]";
    }
  }

  /**
   * Checks every voter is registered once, for this election.
   *
   * @throws InvalidInputException naming the voter registered twice by their masked identity
   *     number, or a registration for another election day
   */
  public VoterRegister {
    Checks.required(published, SUBJECT, "published");
    Checks.required(electionDay, SUBJECT, "electionDay");
    voters = Checks.listOf(voters, SUBJECT, "voters");
    if (published.isAfter(electionDay)) {
      throw InvalidInputException.of(SUBJECT, "published", "must not be after the election day");
    }
    if (voters.size() > 1_000_000) {
      throw InvalidInputException.of(SUBJECT, "voters", "must be at most 1000000");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < voters.size(); i++) {
      Voter v = voters.get(i);
      if (!seen.add(v.identity().value())) {
        throw InvalidInputException.of(
            SUBJECT,
            "voters[" + i + "]",
            "voter " + v.identity().masked() + " is registered twice");
      }
      if (!v.registration().electionDay().equals(electionDay)) {
        throw InvalidInputException.of(
            SUBJECT, "voters[" + i + "].registration.electionDay", "is not the register's");
      }
    }
  }

  /** The registered voters (登记参加选举的村民): the number a round's turnout is counted against. */
  public int size() {
    return voters.size();
  }
}
