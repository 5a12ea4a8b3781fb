package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.spi.TaskRequestRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of task requests: each call runs its SQL through {@link Calls}. */
public final class JdbcTaskRequests implements TaskRequestRepository {
  private final Calls calls;

  public JdbcTaskRequests(Calls calls) {
    this.calls = calls;
  }

  @Override
  public TaskRequest insert(TaskRequest request) {
    return calls.call(
        "insert task request " + request.id(), s -> AccessTables.insertRequest(s, request));
  }

  @Override
  public TaskRequest update(TaskRequest request) {
    return calls.call(
        "update task request " + request.id(), s -> AccessTables.updateRequest(s, request));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call(
        "delete task request " + id, s -> AccessTables.deleteRequest(s, id, expectedVersion));
  }

  @Override
  public Optional<TaskRequest> find(String id) {
    return calls.call("find task request", s -> AccessTables.findRequest(s, id));
  }

  @Override
  public List<TaskRequest> findAppliedBetween(LocalDate from, LocalDate to) {
    return calls.call(
        "find task requests", s -> AccessTables.findRequestsAppliedBetween(s, from, to));
  }
}
