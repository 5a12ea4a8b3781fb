package io.github.jiceng.governance.audit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link AuditChain#verify} found in a stretch of the trail.
 *
 * @param from the first sequence number checked
 * @param to the last sequence number checked without a problem (from − 1 if none was)
 * @param checked how many records were checked
 * @param problem the first problem found, or null if the stretch is intact
 */
public record ChainVerification(long from, long to, long checked, @Nullable ChainProblem problem) {

  /** Whether no problem was found. */
  public boolean intact() {
    return problem == null;
  }

  /** The first problem found. */
  public Optional<ChainProblem> firstProblem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public String toString() {
    return problem == null
        ? "records " + from + "–" + to + " intact (" + checked + " checked)"
        : problem.kind() + " at record " + problem.sequence() + ": " + problem.detail();
  }
}
