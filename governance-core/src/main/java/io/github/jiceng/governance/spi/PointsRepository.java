package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsEntry;
import java.util.List;
import java.util.Optional;

/**
 * Storage of points and time bank accounts and their ledgers. An account changes only with an
 * entry, appended under the account's version: of two writers who read one version, one appends and
 * the other gets a {@link WriteConflictException}, so no balance is spent twice. Entries are never
 * changed or removed.
 */
public interface PointsRepository {

  /**
   * Stores a new, empty account as version 1.
   *
   * @throws DuplicateKeyException if the id is taken
   * @throws IntegrityViolationException if its community is not stored
   */
  PointsAccount open(PointsAccount account);

  /** The account stored under {@code id}. */
  Optional<PointsAccount> find(String id);

  /** The accounts of {@code community}, by id. */
  List<PointsAccount> findByCommunity(DivisionCode community);

  /**
   * Appends {@code entry} (sequence one past the stored entries) and stores {@code next} — the
   * account after it — if the stored account is still at {@code next.version()}.
   *
   * @return the stored account, at {@code next.version() + 1}
   * @throws WriteConflictException if the account changed since that version, or is not stored
   */
  PointsAccount append(PointsAccount next, PointsEntry entry);

  /** The ledger of {@code accountId}, oldest first; empty for an unknown account. */
  List<PointsEntry> ledger(String accountId);
}
