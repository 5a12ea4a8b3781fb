package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A consultation held on one matter of the catalogue: who raised it, in which form, who took part,
 * on which day, and the meeting's vote when one was taken. Recorded once and never changed; {@link
 * ConsultationRules#check} decides it against the catalogue and meeting rules in force on its day.
 *
 * @param id its key, at most 64 characters
 * @param community the community or village that held it
 * @param matter the matter's code in the catalogue
 * @param raisedBy who raised it
 * @param form how it was consulted on
 * @param consulted who took part
 * @param held the day it was held
 * @param vote the meeting's vote, or null when none was taken
 * @param version the stored version: 0 before it is stored, 1 after (it never changes)
 */
public record Consultation(
    String id,
    DivisionCode community,
    String matter,
    ConsultationParty raisedBy,
    ConsultationForm form,
    Set<ConsultationParty> consulted,
    LocalDate held,
    @Nullable Vote vote,
    long version)
    implements Versioned<Consultation> {
  private static final String SUBJECT = "Consultation";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public Consultation {
    Checks.key(id, SUBJECT, "id");
    if (id.length() > 64) {
      throw InvalidInputException.of(SUBJECT, "id", "must be at most 64 characters");
    }
    Checks.required(community, SUBJECT, "community");
    Checks.key(matter, SUBJECT, "matter");
    if (matter.length() > 40) {
      throw InvalidInputException.of(SUBJECT, "matter", "must be at most 40 characters");
    }
    Checks.required(raisedBy, SUBJECT, "raisedBy");
    Checks.required(form, SUBJECT, "form");
    Checks.required(consulted, SUBJECT, "consulted");
    EnumSet<ConsultationParty> parties = EnumSet.noneOf(ConsultationParty.class);
    consulted.forEach(p -> parties.add(Checks.required(p, SUBJECT, "consulted")));
    consulted = java.util.Collections.unmodifiableSet(parties);
    Checks.required(held, SUBJECT, "held");
    Checks.version(version, SUBJECT);
    if (vote != null) {
      if (vote.form() != form) {
        throw InvalidInputException.of(
            SUBJECT,
            "vote",
            "was taken by a " + vote.form().label().en() + ", not by the consultation's form");
      }
      if (vote.noticeDate() != null && vote.noticeDate().isAfter(held)) {
        throw InvalidInputException.of(SUBJECT, "vote", "notice is dated after the day held");
      }
    }
  }

  /** A consultation not yet stored. */
  public static Consultation of(
      String id,
      DivisionCode community,
      String matter,
      ConsultationParty raisedBy,
      ConsultationForm form,
      Set<ConsultationParty> consulted,
      LocalDate held,
      @Nullable Vote vote) {
    return new Consultation(id, community, matter, raisedBy, form, consulted, held, vote, 0);
  }

  @Override
  public Consultation withVersion(long newVersion) {
    return new Consultation(
        id, community, matter, raisedBy, form, consulted, held, vote, newVersion);
  }

  /** The meeting's vote, if one was taken. */
  public Optional<Vote> voteTaken() {
    return Optional.ofNullable(vote);
  }
}
