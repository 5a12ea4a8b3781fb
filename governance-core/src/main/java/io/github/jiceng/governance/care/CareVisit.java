package io.github.jiceng.governance.care;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.policy.Text;
import java.time.LocalDate;

/**
 * A visit to, or a talk with, a resident who needs care, as the worker records it. It holds no
 * personal data but the resident's key: what was said stays in the worker's own records.
 *
 * @param id its key, at most 64 characters
 * @param residentId the resident's key
 * @param community the resident's community
 * @param tag the care the contact is for
 * @param kind a visit at home or a talk
 * @param on the day it happened
 * @param by the worker's actor id
 * @param version the stored version; 0 before it is stored
 */
public record CareVisit(
    String id,
    String residentId,
    DivisionCode community,
    CareTag tag,
    Kind kind,
    LocalDate on,
    String by,
    long version)
    implements Versioned<CareVisit> {
  private static final String SUBJECT = "CareVisit";

  /** What kind of contact. */
  public enum Kind {
    /** A visit at home (走访、入户). */
    VISIT(Text.of("走访", "visit")),
    /** A talk (谈话、帮教谈话). */
    TALK(Text.of("谈话", "talk"));

    private final Text label;

    Kind(Text label) {
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
  public CareVisit {
    Checks.key(id, SUBJECT, "id");
    Checks.key(residentId, SUBJECT, "residentId");
    Checks.required(community, SUBJECT, "community");
    Checks.required(tag, SUBJECT, "tag");
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(on, SUBJECT, "on");
    Checks.key(by, SUBJECT, "by");
    Checks.version(version, SUBJECT);
    if (id.length() > 64 || residentId.length() > 64 || by.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "and the keys must be at most 64 characters");
    }
  }

  /** A new contact, not yet stored. */
  public static CareVisit of(
      String id,
      String residentId,
      DivisionCode community,
      CareTag tag,
      Kind kind,
      LocalDate on,
      String by) {
    return new CareVisit(id, residentId, community, tag, kind, on, by, 0);
  }

  @Override
  public CareVisit withVersion(long newVersion) {
    return new CareVisit(id, residentId, community, tag, kind, on, by, newVersion);
  }
}
