package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Storage of {@link Case}s on the closed loop and their histories. A case is written with the step
 * that changed it, in one call: the history is appended, never changed. A case's community must be
 * stored before it.
 */
public interface CaseRepository {

  /**
   * Stores a new case (as version 1) and its report, the first step of its history.
   *
   * @return the stored case, at version 1
   * @throws DuplicateKeyException if the id is taken
   * @throws IntegrityViolationException if its community is not stored
   * @throws StorageException if the store fails
   */
  Case insert(Case reported, CaseTransition report);

  /**
   * Replaces a stored case, if nobody changed it since it was read, and appends {@code step} to its
   * history (none for a change that is not a step, such as the reporter's evaluation).
   *
   * @return the stored case, at {@code next.version() + 1}
   * @throws WriteConflictException if the stored version differs (another dispatcher acted first)
   * @throws StorageException if the store fails
   */
  Case update(Case next, @Nullable CaseTransition step);

  /** The case with this id. */
  Optional<Case> find(String id);

  /** A case's history, by sequence number. */
  List<CaseTransition> history(String caseId);

  /**
   * The cases reported in one community or village from {@code from} (inclusive) to {@code to}
   * (exclusive), ordered by id.
   */
  List<Case> findByCommunity(DivisionCode community, Instant from, Instant to);

  /**
   * The figures of the cases reported from {@code from} (inclusive) to {@code to} (exclusive) in
   * {@code area} — and, if {@code below}, everywhere under it — one line per body, category or
   * grid, ordered by key, "overdue now" at {@code asOf}; counted as {@link
   * io.github.jiceng.governance.cases.CaseFigures.Line#of} counts one case. A JDBC store counts in
   * the database.
   */
  List<io.github.jiceng.governance.cases.CaseFigures.Line> figures(
      DivisionCode area,
      boolean below,
      Instant from,
      Instant to,
      Instant asOf,
      io.github.jiceng.governance.cases.CaseFigures.GroupBy by);
}
