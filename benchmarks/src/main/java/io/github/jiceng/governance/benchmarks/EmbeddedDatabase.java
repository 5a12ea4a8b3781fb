package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * An embedded PostgreSQL for the storage benchmarks: the library's schema migrated, one open
 * connection (as from a pool) and a store over it, and bulk loading by {@code COPY} before timing.
 */
final class EmbeddedDatabase implements AutoCloseable {
  final EmbeddedPostgres server;
  final Connection connection;
  final JdbcGovernanceStore store;

  private EmbeddedDatabase(EmbeddedPostgres server, Connection connection) {
    this.server = server;
    this.connection = connection;
    this.store = JdbcGovernanceStore.builder(() -> connection).build();
  }

  /** Starts a server and migrates the schema (prefix {@code gov_}). */
  static EmbeddedDatabase start() throws SQLException {
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    JdbcGovernanceStore.builder(server.getPostgresDatabase()).build(); // migrates the schema
    return new EmbeddedDatabase(server, server.getPostgresDatabase().getConnection());
  }

  /** Another connection to the same database, for a writer of its own. */
  Connection newConnection() throws SQLException {
    return server.getPostgresDatabase().getConnection();
  }

  /**
   * Loads {@code rows} (tab-separated) with {@code copy} ({@code COPY … FROM STDIN}) and runs
   * {@code alsoRun} in the same transaction, then {@code VACUUM ANALYZE}s, as autovacuum would
   * after a bulk load, so that timing starts from fresh statistics.
   */
  void load(String copy, String rows, String... alsoRun) throws SQLException, IOException {
    connection.setAutoCommit(false);
    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows));
    try (Statement statement = connection.createStatement()) {
      for (String sql : alsoRun) {
        statement.execute(sql);
      }
    }
    connection.commit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
  }

  @Override
  public void close() throws IOException, SQLException {
    connection.close();
    server.close();
  }
}
