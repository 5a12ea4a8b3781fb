package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.scope.ScopeGrant;
import java.util.List;

/**
 * Storage of {@link ScopeGrant}s, keyed by actor and role. A grant is made or revoked whole, never
 * changed.
 */
public interface ScopeGrantRepository {

  /**
   * Stores a grant.
   *
   * @throws DuplicateKeyException if the actor already holds a grant for that role
   * @throws StorageException if the store fails
   */
  ScopeGrant insert(ScopeGrant grant);

  /**
   * Removes the actor's grant for {@code role}.
   *
   * @return whether there was one
   */
  boolean delete(String actorId, String role);

  /** The actor's grants, ordered by role. */
  List<ScopeGrant> findByActor(String actorId);
}
