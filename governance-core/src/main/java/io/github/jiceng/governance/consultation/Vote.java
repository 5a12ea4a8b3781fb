package io.github.jiceng.governance.consultation;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.committee.AttendanceBasis;
import io.github.jiceng.governance.committee.Meeting;
import io.github.jiceng.governance.committee.MeetingKind;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The vote of a meeting on a consulted matter, counted per voter group: the meeting rules of the
 * committee laws decide the totals ({@link #meeting}).
 *
 * @param form the meeting form that voted
 * @param basis how attendance is counted; must be one the meeting allows
 * @param groups the count of each voter group, names distinct, 1 to 500 groups
 * @param noticeDate the day notice of the meeting was given, or null if none is recorded
 */
public record Vote(
    ConsultationForm form,
    AttendanceBasis basis,
    List<VoterGroup> groups,
    @Nullable LocalDate noticeDate) {
  private static final String SUBJECT = "Vote";

  /**
   * Checks the form is a meeting, the basis fits it and the groups are distinct.
   *
   * @throws InvalidInputException naming the field that is wrong
   */
  public Vote {
    Checks.required(form, SUBJECT, "form");
    Checks.required(basis, SUBJECT, "basis");
    groups = Checks.listOf(groups, SUBJECT, "groups");
    MeetingKind kind =
        form.meeting()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        SUBJECT, "form", form.label().en() + " is not a meeting that votes"));
    if (!kind.allowedBases().contains(basis)) {
      throw InvalidInputException.of(
          SUBJECT, "basis", basis + " is not a way to count a " + kind.label().en());
    }
    if (groups.isEmpty() || groups.size() > 500) {
      throw InvalidInputException.of(SUBJECT, "groups", "must be 1 to 500");
    }
    Set<String> names = new HashSet<>();
    for (VoterGroup group : groups) {
      if (!names.add(group.name())) {
        throw InvalidInputException.of(
            SUBJECT, "groups", "name group '" + group.name() + "' more than once");
      }
    }
  }

  /** How many could attend, in all groups. */
  public int eligible() {
    return groups.stream().mapToInt(VoterGroup::eligible).sum();
  }

  /** How many attended, in all groups. */
  public int present() {
    return groups.stream().mapToInt(VoterGroup::present).sum();
  }

  /** Votes for, in all groups. */
  public int votesFor() {
    return groups.stream().mapToInt(VoterGroup::votesFor).sum();
  }

  /** The totals as the meeting the committee laws' rules decide, held on {@code day}. */
  public Meeting meeting(LocalDate day) {
    Checks.required(day, SUBJECT, "day");
    return new Meeting(
        form.meeting().orElseThrow(), basis, eligible(), present(), votesFor(), day, noticeDate);
  }
}
