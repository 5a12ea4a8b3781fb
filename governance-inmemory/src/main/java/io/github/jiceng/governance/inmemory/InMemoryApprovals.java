package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.spi.ApprovalRepository;
import java.util.List;

/**
 * The in-memory repository of the leadership group's approval steps, over the store's tables;
 * writes go through {@link Writes}.
 */
final class InMemoryApprovals implements ApprovalRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryApprovals(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public ApprovalStep append(ApprovalStep step) {
    return view.write(
        undo -> {
          tables.requireRequest(
              step.requestId(), "approval step " + step.requestId() + "#" + step.sequence());
          return tables.approvalLedger.insert(step, undo);
        });
  }

  @Override
  public List<ApprovalStep> findByRequest(String requestId) {
    return tables.read(() -> tables.approvalLedger.where(a -> a.requestId().equals(requestId)));
  }
}
