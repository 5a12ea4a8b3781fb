package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.cases.StoredRoutingTable;
import io.github.jiceng.governance.spi.RoutingTableRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of routing-table versions, over the store's tables; writes go through
 * {@link Writes}.
 */
final class InMemoryRoutingTables implements RoutingTableRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryRoutingTables(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public StoredRoutingTable insert(StoredRoutingTable table) {
    return view.write(undo -> tables.routingLedger.insert(table, undo));
  }

  @Override
  public Optional<StoredRoutingTable> find(String routingId, String version) {
    return tables.read(() -> tables.routingLedger.find(routingId + "\u0000" + version));
  }

  @Override
  public List<StoredRoutingTable> findVersions(String routingId) {
    return tables.read(
        () ->
            tables.routingLedger.where(p -> p.routingId().equals(routingId)).stream()
                .sorted(
                    Comparator.comparing(StoredRoutingTable::publishedAt)
                        .thenComparing(StoredRoutingTable::version))
                .toList());
  }
}
