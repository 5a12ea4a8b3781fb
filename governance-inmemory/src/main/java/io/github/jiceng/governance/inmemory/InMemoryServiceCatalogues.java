package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.service.StoredCatalogue;
import io.github.jiceng.governance.spi.ServiceCatalogueRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of service-catalogue versions, over the store's tables; writes go
 * through {@link Writes}.
 */
final class InMemoryServiceCatalogues implements ServiceCatalogueRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryServiceCatalogues(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public StoredCatalogue insert(StoredCatalogue catalogue) {
    return view.write(undo -> tables.catalogueLedger.insert(catalogue, undo));
  }

  @Override
  public Optional<StoredCatalogue> find(String catalogueId, String version) {
    return tables.read(() -> tables.catalogueLedger.find(catalogueId + "\u0000" + version));
  }

  @Override
  public List<StoredCatalogue> findVersions(String catalogueId) {
    return tables.read(
        () ->
            tables.catalogueLedger.where(p -> p.catalogueId().equals(catalogueId)).stream()
                .sorted(
                    Comparator.comparing(StoredCatalogue::publishedOn)
                        .thenComparing(StoredCatalogue::version))
                .toList());
  }
}
