package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import io.github.jiceng.governance.policy.EffectivePeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A worker's post in a grid for a period (网格员配备).
 *
 * @param workerId the worker's key (a community worker's id); not personal data
 * @param workerName the worker's name, shown masked by {@link #toString()}
 * @param post primary, backup or part-time
 * @param period when the worker holds the post; open-ended if still in post
 */
public record GridAssignment(
    @NotBlank @Size(max = 64) String workerId,
    @NotBlank @Size(max = 50) String workerName,
    GridPost post,
    EffectivePeriod period) {
  private static final String SUBJECT = "GridAssignment";

  public GridAssignment {
    Checks.key(workerId, SUBJECT, "workerId");
    Checks.required(workerName, SUBJECT, "workerName");
    Checks.required(post, SUBJECT, "post");
    Checks.required(period, SUBJECT, "period");
  }

  /** A post held from {@code from} on. */
  public static GridAssignment of(
      String workerId, String workerName, GridPost post, LocalDate from) {
    return new GridAssignment(workerId, workerName, post, EffectivePeriod.from(from));
  }

  /** Whether the worker holds the post on {@code day}. */
  public boolean heldOn(LocalDate day) {
    return period.contains(day);
  }

  @Override
  public String toString() {
    return "GridAssignment["
        + workerId
        + " "
        + Masking.name(workerName)
        + ", "
        + post
        + ", "
        + period
        + "]";
  }
}
