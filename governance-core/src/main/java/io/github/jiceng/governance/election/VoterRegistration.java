package io.github.jiceng.governance.election;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;

/**
 * One person's registration on a village's register of voters (登记参加选举的村民名单), as {@link
 * ElectionRules#VOTER} checks it against 《村民委员会组织法》第十三条.
 *
 * @param birthDate the person's birth date (their age is counted on the election day)
 * @param electionDay the day of the election
 * @param deprivedOfPoliticalRights whether they are deprived of political rights by law
 * @param kind on which of the three grounds they are registered
 * @param askedToVote whether they asked to vote here (the second and third grounds need it)
 * @param monthsResident months they have lived in the village (the third ground needs a year)
 * @param admittedByMeeting whether the villagers' meeting or representative meeting agreed (the
 *     third ground needs it)
 * @param registeredElsewhere whether they are registered in another village as well
 */
public record VoterRegistration(
    LocalDate birthDate,
    LocalDate electionDay,
    boolean deprivedOfPoliticalRights,
    Ground kind,
    boolean askedToVote,
    int monthsResident,
    boolean admittedByMeeting,
    boolean registeredElsewhere) {

  /** The three grounds of registration (第十三条第二款). */
  public enum Ground {
    /** Registered (户籍) in the village and living there. */
    REGISTERED_AND_LIVING,
    /** Registered in the village, living away, and asking to vote. */
    REGISTERED_AWAY,
    /** Not registered in the village, living there a year or more, asking, and admitted. */
    LIVING_NOT_REGISTERED
  }

  public VoterRegistration {
    Checks.required(birthDate, "VoterRegistration", "birthDate");
    Checks.required(electionDay, "VoterRegistration", "electionDay");
    Checks.required(kind, "VoterRegistration", "kind");
    if (birthDate.isAfter(electionDay)) {
      throw InvalidInputException.of(
          "VoterRegistration", "birthDate", "must not be after the election day");
    }
    if (monthsResident < 0 || monthsResident > 1500) {
      throw InvalidInputException.of("VoterRegistration", "monthsResident", "must be 0 to 1500");
    }
  }
}
