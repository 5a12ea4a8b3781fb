package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A meeting that was held (or is planned) and one decision put to it: how many could attend, how
 * many did, how many voted for. {@link CommitteeRules#checkMeeting} says whether it was quorate,
 * whether the decision passed and, for villagers' meetings, whether notice was given in time.
 *
 * @param kind the kind of meeting
 * @param basis how attendance is counted; must be allowed for the kind
 * @param eligible how many could attend (adults, households, group representatives, ...)
 * @param present how many attended
 * @param votesFor how many present voted for the decision
 * @param date the day of the meeting
 * @param noticeDate the day notice was given, or {@code null} if none is recorded
 */
public record Meeting(
    MeetingKind kind,
    AttendanceBasis basis,
    int eligible,
    int present,
    int votesFor,
    LocalDate date,
    @Nullable LocalDate noticeDate) {
  private static final String SUBJECT = "Meeting";

  public Meeting {
    Checks.required(kind, SUBJECT, "kind");
    Checks.required(basis, SUBJECT, "basis");
    Checks.required(date, SUBJECT, "date");
    if (!kind.allowedBases().contains(basis)) {
      throw InvalidInputException.of(
          SUBJECT, "basis", basis + " is not a way to count a " + kind.label().en());
    }
    if (eligible <= 0) {
      throw InvalidInputException.of(SUBJECT, "eligible", "must be positive");
    }
    if (present < 0 || present > eligible) {
      throw InvalidInputException.of(SUBJECT, "present", "must be between 0 and eligible");
    }
    if (votesFor < 0 || votesFor > present) {
      throw InvalidInputException.of(SUBJECT, "votesFor", "must be between 0 and present");
    }
    if (noticeDate != null && noticeDate.isAfter(date)) {
      throw InvalidInputException.of(SUBJECT, "noticeDate", "must not be after the meeting date");
    }
  }

  /** The day notice was given, if recorded. */
  public Optional<LocalDate> notice() {
    return Optional.ofNullable(noticeDate);
  }
}
