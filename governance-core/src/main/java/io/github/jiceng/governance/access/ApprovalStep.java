package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step of the leadership group's handling of a request (apply → approve or reject → revoke).
 * Steps are immutable and numbered from 1 per request; the store refuses a second step with the
 * same number, so two clerks cannot both decide the same request.
 *
 * @param requestId the request decided on
 * @param sequence the step's number, from 1
 * @param action approved, rejected or revoked
 * @param on the day of the step (for a revocation: the first day the work is no longer admitted)
 * @param by who decided, for example "宣州区社区建设领导小组"
 * @param until for an approval: the last day of the temporary admission, else {@code null}
 * @param note the grounds, free text (may be empty)
 */
public record ApprovalStep(
    @Size(max = 64) String requestId,
    int sequence,
    ApprovalAction action,
    LocalDate on,
    @Size(max = 100) String by,
    @Nullable LocalDate until,
    @Size(max = 1000) String note) {

  public ApprovalStep {
    requestId = WorkItem.codeOf(requestId, "ApprovalStep", "requestId");
    String subject = "ApprovalStep " + requestId + "#" + sequence;
    if (sequence < 1) {
      throw InvalidInputException.of(subject, "sequence", "must be 1 or more");
    }
    Checks.required(action, subject, "action");
    Checks.required(on, subject, "on");
    by = WorkItem.nonBlank(by, subject, "by");
    note = note == null ? "" : note.strip();
    if (action == ApprovalAction.APPROVED) {
      if (until == null) {
        throw InvalidInputException.of(
            subject, "until", "an approval must give the end date of the temporary item");
      }
      if (until.isBefore(on)) {
        throw InvalidInputException.of(subject, "until", "must not be before the day of approval");
      }
    } else if (until != null) {
      throw InvalidInputException.of(subject, "until", "only an approval has an end date");
    }
  }

  /** The end date of an approval. */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(until);
  }
}
