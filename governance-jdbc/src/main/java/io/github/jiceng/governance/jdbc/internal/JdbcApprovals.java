package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.spi.ApprovalRepository;
import java.util.List;

/**
 * The JDBC repository of the leadership group's approval steps: each call runs its SQL through
 * {@link Calls}.
 */
public final class JdbcApprovals implements ApprovalRepository {
  private final Calls calls;

  public JdbcApprovals(Calls calls) {
    this.calls = calls;
  }

  @Override
  public ApprovalStep append(ApprovalStep step) {
    return calls.call(
        "append approval step " + step.requestId() + "#" + step.sequence(),
        s -> AccessTables.appendStep(s, step));
  }

  @Override
  public List<ApprovalStep> findByRequest(String requestId) {
    return calls.call("find approval steps", s -> AccessTables.findSteps(s, requestId));
  }
}
