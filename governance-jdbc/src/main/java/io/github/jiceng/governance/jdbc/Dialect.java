package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.base.StorageException;
import java.util.Locale;

/**
 * The SQL dialects the JDBC store speaks. Detected from {@link java.sql.DatabaseMetaData} unless
 * set on the builder. The schema scripts under {@code io/github/jiceng/governance/jdbc/schema/} are
 * shared by every dialect, which fills in their dialect tokens; a script in the dialect's own
 * {@code schema/<folder>/} would replace the shared one.
 */
public enum Dialect {
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql"),
  /** H2 2.x, embedded or in memory. */
  H2("h2"),
  /**
   * MySQL 8.0 or later, and MariaDB 10.6 or later, with InnoDB. The contract suite runs on MariaDB
   * 11.4; MySQL itself is not run in this project's tests. Schema changes (DDL) are not
   * transactional there: a schema script that fails midway leaves the tables it created, to be
   * dropped by hand before the store starts again.
   */
  MYSQL("mysql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The folder of this dialect's schema scripts, for example {@code postgresql}. */
  public String folder() {
    return folder;
  }

  /**
   * The dialect of a database product, as {@link
   * java.sql.DatabaseMetaData#getDatabaseProductName()} names it.
   *
   * @throws StorageException if the product is not supported
   */
  public static Dialect fromProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (name.equals("h2")) {
      return H2;
    }
    if (name.contains("mysql") || name.contains("mariadb")) {
      return MYSQL;
    }
    throw new StorageException(
        "database '"
            + productName
            + "' is not supported; supported: PostgreSQL, H2, MySQL, MariaDB");
  }
}
