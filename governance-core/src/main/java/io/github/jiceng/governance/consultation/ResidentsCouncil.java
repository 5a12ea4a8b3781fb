package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * A residents' council (居民理事会): a self-governing unit under the community's committee, of about a
 * thousand households (seed report 002: "按照1000户左右规模设立自治单元，组建社区居民理事会"), with its own members and
 * projects. {@link ConsultationRules#checkCouncil} checks its size.
 *
 * @param id its key, at most 64 characters
 * @param community the community whose committee it is under
 * @param name its name, 1 to 50 characters (a place, never a person)
 * @param households the households of its unit, 1 to 100,000
 * @param members its members' keys in the caller's records (never names or identity numbers),
 *     distinct, at most 50
 * @param established the day it was set up
 * @param version the stored version; 0 before it is stored
 */
public record ResidentsCouncil(
    String id,
    DivisionCode community,
    String name,
    int households,
    List<String> members,
    LocalDate established,
    long version)
    implements Versioned<ResidentsCouncil> {
  private static final String SUBJECT = "ResidentsCouncil";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public ResidentsCouncil {
    Checks.key(id, SUBJECT, "id");
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    Checks.required(community, SUBJECT, "community");
    Checks.key(name, SUBJECT, "name");
    if (name.isBlank() || name.length() > 50) {
      throw InvalidInputException.of(SUBJECT, "name", "must be 1 to 50 characters");
    }
    if (households < 1 || households > 100_000) {
      throw InvalidInputException.of(SUBJECT, "households", "must be 1 to 100000");
    }
    members = Checks.listOf(members, SUBJECT, "members");
    if (members.size() > 50) {
      throw InvalidInputException.of(SUBJECT, "members", "must be at most 50");
    }
    HashSet<String> seen = new HashSet<>();
    for (String member : members) {
      Checks.key(member, SUBJECT, "members");
      if (member.length() > 64 || !seen.add(member)) {
        throw InvalidInputException.of(
            SUBJECT, "members", "must be distinct keys of at most 64 characters");
      }
    }
    Checks.required(established, SUBJECT, "established");
    Checks.version(version, SUBJECT);
  }

  @Override
  public ResidentsCouncil withVersion(long newVersion) {
    return new ResidentsCouncil(id, community, name, households, members, established, newVersion);
  }
}
