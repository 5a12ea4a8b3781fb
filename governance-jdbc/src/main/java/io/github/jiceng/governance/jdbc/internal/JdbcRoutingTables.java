package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.cases.StoredRoutingTable;
import io.github.jiceng.governance.spi.RoutingTableRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC repository of routing-table versions (table {@code routing_table}): each call runs its
 * SQL through {@link Calls}.
 */
public final class JdbcRoutingTables implements RoutingTableRepository {
  private static final String SELECT =
      "SELECT routing_id, version, published_at_ms, published_by, reason, document"
          + " FROM ${prefix}routing_table ";

  private final Calls calls;

  public JdbcRoutingTables(Calls calls) {
    this.calls = calls;
  }

  @Override
  public StoredRoutingTable insert(StoredRoutingTable table) {
    return calls.call(
        "insert routing table " + table.routingId() + " " + table.version(),
        s -> {
          AuditTable.lockSharedWrites(s);
          s.update(
              "INSERT INTO ${prefix}routing_table (routing_id, version, published_at_ms,"
                  + " published_by, reason, document) VALUES (?, ?, ?, ?, ?, ?)",
              table.routingId(),
              table.version(),
              table.publishedAt().toEpochMilli(),
              table.publishedBy(),
              table.reason(),
              table.document());
          return table;
        });
  }

  @Override
  public Optional<StoredRoutingTable> find(String routingId, String version) {
    return calls.call(
        "find routing table",
        s ->
            s.queryOne(
                SELECT + "WHERE routing_id = ? AND version = ?",
                JdbcRoutingTables::table,
                routingId,
                version));
  }

  @Override
  public List<StoredRoutingTable> findVersions(String routingId) {
    return calls.call(
        "find routing table versions",
        s ->
            s.query(
                SELECT + "WHERE routing_id = ? ORDER BY published_at_ms, version",
                JdbcRoutingTables::table,
                routingId));
  }

  private static StoredRoutingTable table(ResultSet r) throws SQLException {
    return new StoredRoutingTable(
        r.getString(1),
        r.getString(2),
        Instant.ofEpochMilli(r.getLong(3)),
        r.getString(4),
        r.getString(5),
        r.getString(6));
  }
}
