package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.cases.StoredRoutingTable;
import java.util.List;
import java.util.Optional;

/**
 * Storage of routing-table versions, keyed by table id and version: each version is a change of the
 * table, kept with who made it, when and why. There is no update or delete.
 */
public interface RoutingTableRepository {

  /**
   * Stores a version.
   *
   * @throws DuplicateKeyException if that id and version are stored already
   * @throws StorageException if the store fails
   */
  StoredRoutingTable insert(StoredRoutingTable table);

  /** The stored version {@code version} of table {@code routingId}. */
  Optional<StoredRoutingTable> find(String routingId, String version);

  /** Every stored version of {@code routingId}, oldest first (by publication, then version). */
  List<StoredRoutingTable> findVersions(String routingId);
}
