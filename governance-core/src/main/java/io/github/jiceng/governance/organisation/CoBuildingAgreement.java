package io.github.jiceng.governance.organisation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.CreditCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A co-building agreement (共驻共建协议) between a community and a unit resident in it — an office, a
 * school, a company — saying what the unit commits to the community (its hall for meetings, its
 * volunteers, funds). Seed report 002: "与社区签订共驻共建、共建共享协议"; seed report 004 asks that every unit's
 * party organisation report to the community's (辖区单位党组织属地报到). {@link CoBuildingRules} checks it on
 * a day.
 *
 * @param id its key, at most 64 characters
 * @param community the community
 * @param unit the unit's name, 1 to 100 characters (an organisation's, not a person's)
 * @param unitCode the unit's unified social credit code (GB 32100), or null if not recorded
 * @param commitments what the unit commits, 1 to 20 items of 1 to 100 characters, distinct
 * @param signed the day it was signed
 * @param until the last day it runs
 * @param unitHasPartyOrganisation whether the unit has a party organisation of its own
 * @param partyReported the day the unit's party organisation reported to the community's (报到), or
 *     null if it has not
 * @param version the stored version; 0 before it is stored
 */
public record CoBuildingAgreement(
    String id,
    DivisionCode community,
    String unit,
    @Nullable CreditCode unitCode,
    List<String> commitments,
    LocalDate signed,
    LocalDate until,
    boolean unitHasPartyOrganisation,
    @Nullable LocalDate partyReported,
    long version)
    implements Versioned<CoBuildingAgreement> {
  private static final String SUBJECT = "CoBuildingAgreement";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public CoBuildingAgreement {
    Checks.key(id, SUBJECT, "id");
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    Checks.required(community, SUBJECT, "community");
    Checks.required(unit, SUBJECT, "unit");
    if (unit.isBlank() || unit.length() > 100) {
      throw InvalidInputException.of(SUBJECT, "unit", "must be 1 to 100 characters");
    }
    commitments = Checks.listOf(commitments, SUBJECT, "commitments");
    if (commitments.isEmpty() || commitments.size() > 20) {
      throw InvalidInputException.of(SUBJECT, "commitments", "must be 1 to 20");
    }
    HashSet<String> seen = new HashSet<>();
    for (String c : commitments) {
      if (c.isBlank() || c.length() > 100 || !seen.add(c)) {
        throw InvalidInputException.of(
            SUBJECT, "commitments", "must be distinct texts of 1 to 100 characters");
      }
    }
    Checks.required(signed, SUBJECT, "signed");
    Checks.required(until, SUBJECT, "until");
    if (until.isBefore(signed)) {
      throw InvalidInputException.of(SUBJECT, "until", "must not be before signed");
    }
    if (partyReported != null && !unitHasPartyOrganisation) {
      throw InvalidInputException.of(
          SUBJECT, "partyReported", "a unit without a party organisation has nothing to report");
    }
    Checks.version(version, SUBJECT);
  }

  @Override
  public CoBuildingAgreement withVersion(long newVersion) {
    return new CoBuildingAgreement(
        id,
        community,
        unit,
        unitCode,
        commitments,
        signed,
        until,
        unitHasPartyOrganisation,
        partyReported,
        newVersion);
  }
}
