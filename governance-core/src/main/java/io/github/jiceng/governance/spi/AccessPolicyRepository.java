package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.StorageException;
import java.util.List;
import java.util.Optional;

/**
 * Storage of access-policy versions, keyed by policy id and version. Versions are immutable: there
 * is no update or delete, a change is a new version.
 */
public interface AccessPolicyRepository {

  /**
   * Stores a policy version.
   *
   * @throws DuplicateKeyException if that id and version are stored already
   * @throws StorageException if the store fails
   */
  StoredPolicy insert(StoredPolicy policy);

  /** The stored version {@code version} of policy {@code policyId}. */
  Optional<StoredPolicy> find(String policyId, String version);

  /** Every stored version of {@code policyId}, oldest first (by publication day, then version). */
  List<StoredPolicy> findVersions(String policyId);
}
