package io.github.jiceng.governance.organisation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.CreditCode;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A social organisation that serves a community.
 *
 * @param id its key, at most 64 characters
 * @param community the community it serves
 * @param name its name, 1 to 100 characters (an organisation's name, not a person's)
 * @param status registered or filed
 * @param creditCode its unified social credit code (GB 32100), which a registered organisation has;
 *     null for a filed one without
 * @param since the day it was registered or filed
 * @param lastInspection the year of the last annual inspection passed (年检), or null
 * @param evaluationAnnounced the day its evaluation grade was announced (评估等级公告), or null
 * @param version the stored version; 0 before it is stored
 */
public record SocialOrganisation(
    String id,
    DivisionCode community,
    String name,
    Status status,
    @Nullable CreditCode creditCode,
    LocalDate since,
    @Nullable Integer lastInspection,
    @Nullable LocalDate evaluationAnnounced,
    long version)
    implements Versioned<SocialOrganisation> {
  private static final String SUBJECT = "SocialOrganisation";

  /** How the organisation stands with the authorities. */
  public enum Status {
    /** Registered with the civil affairs department (登记): a social group or service institution. */
    REGISTERED(Text.of("登记", "registered")),
    /** Filed with the street or the community (备案), as a community-based organisation. */
    FILED(Text.of("备案", "filed"));

    private final Text label;

    Status(Text label) {
      this.label = label;
    }

    /** The name in Chinese and English. */
    public Text label() {
      return label;
    }
  }

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public SocialOrganisation {
    Checks.key(id, SUBJECT, "id");
    Checks.required(community, SUBJECT, "community");
    Checks.required(name, SUBJECT, "name");
    Checks.required(status, SUBJECT, "status");
    Checks.required(since, SUBJECT, "since");
    Checks.version(version, SUBJECT);
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    if (name.isBlank() || name.length() > 100) {
      throw InvalidInputException.of(SUBJECT, "name", "must be 1 to 100 characters");
    }
    if (lastInspection != null && (lastInspection < 1949 || lastInspection > 2199)) {
      throw InvalidInputException.of(SUBJECT, "lastInspection", "must be a year from 1949 to 2199");
    }
  }

  /** The key, status, name and credit code: an organisation's, all public. */
  @Override
  public String toString() {
    return "SocialOrganisation["
        + id
        + " "
        + status
        + " "
        + name
        + (creditCode == null ? "" : " " + creditCode.value())
        + ", v"
        + version
        + "]";
  }

  @Override
  public SocialOrganisation withVersion(long newVersion) {
    return new SocialOrganisation(
        id,
        community,
        name,
        status,
        creditCode,
        since,
        lastInspection,
        evaluationAnnounced,
        newVersion);
  }
}
