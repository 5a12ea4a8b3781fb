package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.base.WriteConflictException;
import java.util.Optional;

/**
 * Storage of one kind of aggregate, keyed by {@code K}. See the package documentation for the rules
 * on versions, identity, references and transactions.
 *
 * @param <K> the key type
 * @param <A> the aggregate type
 */
public interface Repository<K, A extends Versioned<A>> {

  /**
   * Stores a new aggregate (whatever version it carries) as version 1.
   *
   * @return the stored aggregate, at version 1
   * @throws DuplicateKeyException if the key exists
   * @throws IntegrityViolationException if it refers to a record that does not exist
   * @throws StorageException if the store fails
   */
  A insert(A aggregate);

  /**
   * Replaces a stored aggregate, if nobody changed it since it was read.
   *
   * @return the stored aggregate, at {@code aggregate.version() + 1}
   * @throws WriteConflictException if the stored version differs from {@code aggregate.version()},
   *     or the aggregate no longer exists
   * @throws IntegrityViolationException if it refers to a record that does not exist
   * @throws StorageException if the store fails
   */
  A update(A aggregate);

  /**
   * Deletes a stored aggregate, if nobody changed it since it was read.
   *
   * @return {@code true} if deleted, {@code false} if there was nothing under {@code key}
   * @throws WriteConflictException if the stored version differs from {@code expectedVersion}
   * @throws IntegrityViolationException if other records refer to it
   * @throws StorageException if the store fails
   */
  boolean delete(K key, long expectedVersion);

  /**
   * The aggregate stored under {@code key}.
   *
   * @throws StorageException if the store fails
   */
  Optional<A> find(K key);
}
