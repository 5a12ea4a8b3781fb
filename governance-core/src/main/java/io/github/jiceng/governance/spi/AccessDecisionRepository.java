package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Storage of {@link AccessDecision}s. Decisions are immutable records: there is no update or
 * delete. Each refers to a stored request.
 */
public interface AccessDecisionRepository {

  /**
   * Stores a decision.
   *
   * @throws DuplicateKeyException if a decision with the same request, community and sequence
   *     exists (someone decided the same pair at the same time: read again and retry)
   * @throws IntegrityViolationException if the request is not stored
   * @throws StorageException if the store fails
   */
  AccessDecision insert(AccessDecision decision);

  /** The decisions on one request, ordered by community, then sequence. */
  List<AccessDecision> findByRequest(String requestId);

  /**
   * The decisions for communities within {@code scope} (or {@code scope} itself) made as of a day
   * from {@code from} to {@code to} (both inclusive), ordered by request, community, sequence.
   */
  List<AccessDecision> findWithin(DivisionCode scope, LocalDate from, LocalDate to);
}
