package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.ServiceFigures;
import io.github.jiceng.governance.service.ServiceRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Storage of {@link ServiceRequest}s and their histories. A request is written with the step that
 * changed it, in one call: the history is appended, never changed. A request's community must be
 * stored before it.
 */
public interface ServiceRequestRepository {

  /**
   * Stores a new request (as version 1) and the first step of its history.
   *
   * @return the stored request, at version 1
   * @throws DuplicateKeyException if the id is taken
   * @throws IntegrityViolationException if its community is not stored
   * @throws StorageException if the store fails
   */
  ServiceRequest insert(ServiceRequest request, RequestTransition intake);

  /**
   * Replaces a stored request, if nobody changed it since it was read, and appends {@code step} to
   * its history (none for a change that is not a step, such as a rating).
   *
   * @return the stored request, at {@code request.version() + 1}
   * @throws WriteConflictException if the stored version differs (another clerk acted first)
   * @throws StorageException if the store fails
   */
  ServiceRequest update(ServiceRequest request, @Nullable RequestTransition step);

  /** The request with this id. */
  Optional<ServiceRequest> find(String id);

  /** A request's history, by sequence number. */
  List<RequestTransition> history(String requestId);

  /**
   * The requests taken by one community or village from {@code from} to {@code to} (both
   * inclusive), ordered by id.
   */
  List<ServiceRequest> findByCommunity(DivisionCode community, LocalDate from, LocalDate to);

  /** The requests {@code actor} took from {@code from} to {@code to}, ordered by id. */
  List<ServiceRequest> findByCreator(String actor, LocalDate from, LocalDate to);

  /**
   * The figures of the requests taken from {@code from} to {@code to} at {@code area} — and, if
   * {@code below}, everywhere under it — one line per item, window or department, "overdue now"
   * counted on {@code asOf}; see {@link ServiceFigures} for the definitions. Counted by the store:
   * in the database on JDBC, not by loading the requests.
   */
  List<ServiceFigures.Line> figures(
      DivisionCode area,
      boolean below,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      ServiceFigures.GroupBy by);
}
