package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.spi.TaskRequestRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of task requests, over the store's tables; writes go through {@link
 * Writes}.
 */
final class InMemoryTaskRequests implements TaskRequestRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryTaskRequests(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public TaskRequest insert(TaskRequest request) {
    return view.write(undo -> tables.requestTable.insert(request, undo));
  }

  @Override
  public TaskRequest update(TaskRequest request) {
    return view.write(undo -> tables.requestTable.update(request, undo));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(
        undo -> {
          if (tables.requestTable.contains(id)
              && (tables.decisionLedger.any(d -> d.requestId().equals(id))
                  || tables.approvalLedger.any(a -> a.requestId().equals(id)))) {
            throw new IntegrityViolationException(
                "task request " + id + " cannot be deleted: it has decisions or approval steps");
          }
          return tables.requestTable.delete(id, expectedVersion, undo);
        });
  }

  @Override
  public Optional<TaskRequest> find(String id) {
    return tables.read(() -> tables.requestTable.find(id));
  }

  @Override
  public List<TaskRequest> findAppliedBetween(LocalDate from, LocalDate to) {
    return tables.read(
        () ->
            tables.requestTable.where(
                r -> !r.appliedOn().isBefore(from) && !r.appliedOn().isAfter(to)));
  }
}
