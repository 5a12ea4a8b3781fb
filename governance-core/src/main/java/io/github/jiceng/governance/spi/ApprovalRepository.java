package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import java.util.List;

/**
 * Storage of the leadership group's {@link ApprovalStep}s, keyed by request and sequence number.
 * Steps are appended, never changed.
 */
public interface ApprovalRepository {

  /**
   * Appends a step.
   *
   * @throws DuplicateKeyException if the request already has a step with that sequence number
   *     (another clerk acted first: read again)
   * @throws IntegrityViolationException if the request is not stored
   * @throws StorageException if the store fails
   */
  ApprovalStep append(ApprovalStep step);

  /** The steps of one request, by sequence number. */
  List<ApprovalStep> findByRequest(String requestId);
}
