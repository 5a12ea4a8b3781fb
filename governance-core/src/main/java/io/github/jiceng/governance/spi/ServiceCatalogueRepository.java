package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.service.StoredCatalogue;
import java.util.List;
import java.util.Optional;

/**
 * Storage of service-catalogue versions, keyed by catalogue id and version. Versions are immutable:
 * there is no update or delete, a change is a new version.
 */
public interface ServiceCatalogueRepository {

  /**
   * Stores a catalogue version.
   *
   * @throws DuplicateKeyException if that id and version are stored already
   * @throws StorageException if the store fails
   */
  StoredCatalogue insert(StoredCatalogue catalogue);

  /** The stored version {@code version} of catalogue {@code catalogueId}. */
  Optional<StoredCatalogue> find(String catalogueId, String version);

  /**
   * Every stored version of {@code catalogueId}, oldest first (by publication day, then version).
   */
  List<StoredCatalogue> findVersions(String catalogueId);
}
