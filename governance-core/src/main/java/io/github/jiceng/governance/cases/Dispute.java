package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dispute mediated on the three lines (矛盾纠纷三级调解): "small matters stay in the group, big ones in
 * the village" (小事不出组、大事不出村). A small one starts with the household heads, a major one with the
 * committee; each line that cannot settle it hands it to the next, and what the committee cannot
 * settle is referred to the judicial process. Every attempt is kept with its outcome. Immutable:
 * {@link #mediated} gives the dispute after one more attempt.
 *
 * @param id the dispute's key
 * @param community the community or village
 * @param subject what it is about, at most 500 characters; it concerns people, so it is never
 *     printed by {@code toString}
 * @param major whether it is a big matter (大事), which starts with the committee
 * @param reportedOn the day it was brought
 * @param attempts every attempt so far, in order
 */
public record Dispute(
    String id,
    DivisionCode community,
    String subject,
    boolean major,
    LocalDate reportedOn,
    List<Attempt> attempts) {
  private static final String SUBJECT = "Dispute";

  /**
   * One attempt at one line.
   *
   * @param line the line that tried
   * @param on the day
   * @param settled whether the parties settled (调解成功)
   * @param note what was agreed or why it failed, at most 500 characters, or null
   */
  public record Attempt(MediationLine line, LocalDate on, boolean settled, @Nullable String note) {
    /** Checks the fields. */
    public Attempt {
      Checks.required(line, "Dispute.Attempt", "line");
      Checks.required(on, "Dispute.Attempt", "on");
      if (note != null && note.length() > 500) {
        throw InvalidInputException.of("Dispute.Attempt", "note", "must be at most 500 characters");
      }
    }
  }

  /**
   * Checks the dispute and its attempts: each at the line the one before handed it to, none after a
   * settlement or a referral, none before it was brought or before the one before.
   *
   * @throws InvalidInputException naming the attempt ({@code attempts[2]}) that is out of place
   */
  public Dispute {
    Checks.key(id, SUBJECT, "id");
    Checks.required(community, SUBJECT, "community");
    Checks.required(subject, SUBJECT, "subject");
    Checks.required(reportedOn, SUBJECT, "reportedOn");
    attempts = Checks.listOf(attempts, SUBJECT, "attempts");
    if (subject.isBlank() || subject.length() > 500) {
      throw InvalidInputException.of(SUBJECT, "subject", "must be 1 to 500 characters");
    }
    MediationLine expected = major ? MediationLine.COMMITTEE : MediationLine.HOUSEHOLD_HEAD;
    LocalDate last = reportedOn;
    for (int i = 0; i < attempts.size(); i++) {
      Attempt a = attempts.get(i);
      String field = "attempts[" + i + "]";
      if (expected == null) {
        throw InvalidInputException.of(
            SUBJECT, field, "comes after the dispute was settled or referred");
      }
      if (a.line() != expected) {
        throw InvalidInputException.of(SUBJECT, field, "must be at the " + expected + " line");
      }
      if (a.on().isBefore(last)) {
        throw InvalidInputException.of(
            SUBJECT, field, "must not be before " + last + " (the attempt or the report before)");
      }
      last = a.on();
      expected = a.settled() || a.line() == MediationLine.JUDICIAL ? null : next(a.line());
    }
  }

  private static MediationLine next(MediationLine line) {
    return MediationLine.values()[line.ordinal() + 1];
  }

  /** A dispute brought on {@code day}, not yet mediated. */
  public static Dispute brought(
      String id, DivisionCode community, String subject, boolean major, LocalDate day) {
    return new Dispute(id, community, subject, major, day, List.of());
  }

  /** The line that is to try next, or empty once settled or referred. */
  public Optional<MediationLine> nextLine() {
    if (attempts.isEmpty()) {
      return Optional.of(major ? MediationLine.COMMITTEE : MediationLine.HOUSEHOLD_HEAD);
    }
    Attempt last = attempts.get(attempts.size() - 1);
    return last.settled() || last.line() == MediationLine.JUDICIAL
        ? Optional.empty()
        : Optional.of(next(last.line()));
  }

  /**
   * The dispute after the next line's attempt on {@code day}: {@code settled} or not. Referral to
   * the judicial process is an attempt at the {@link MediationLine#JUDICIAL} line.
   *
   * @throws InvalidInputException if the dispute is already settled or referred, or the day is
   *     before the last attempt
   */
  public Dispute mediated(LocalDate day, boolean settled, @Nullable String note) {
    Checks.required(day, SUBJECT, "day");
    MediationLine line =
        nextLine()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "dispute " + id, "attempts", "the dispute is settled or referred already"));
    List<Attempt> more = new ArrayList<>(attempts);
    more.add(new Attempt(line, day, settled && line != MediationLine.JUDICIAL, note));
    return new Dispute(id, community, subject, major, reportedOn, more);
  }

  /** The line that settled it, if one did. */
  public Optional<MediationLine> settledBy() {
    return attempts.stream().filter(Attempt::settled).map(Attempt::line).findFirst();
  }

  /** Whether it went to the judicial process. */
  public boolean referred() {
    return attempts.stream().anyMatch(a -> a.line() == MediationLine.JUDICIAL);
  }

  /** The id, place, scale and how it stands; never the subject. */
  @Override
  public String toString() {
    return "Dispute["
        + id
        + " at "
        + community
        + (major ? ", major" : ", small")
        + settledBy().map(l -> ", settled by " + l).orElse(referred() ? ", referred" : ", open")
        + "]";
  }
}
