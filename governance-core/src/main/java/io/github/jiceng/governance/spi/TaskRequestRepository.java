package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.IntegrityViolationException;
import java.time.LocalDate;
import java.util.List;

/**
 * Storage of {@link TaskRequest}s, keyed by id. A request with decisions or approval steps cannot
 * be deleted ({@link IntegrityViolationException}).
 */
public interface TaskRequestRepository extends Repository<String, TaskRequest> {

  /** The requests applied for from {@code from} to {@code to} (both inclusive), ordered by id. */
  List<TaskRequest> findAppliedBetween(LocalDate from, LocalDate to);
}
