package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.base.StorageException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL dialects the JDBC store speaks. Detected from {@link java.sql.DatabaseMetaData} unless
 * set on the builder: PostgreSQL, H2, MySQL and MariaDB by name, and servers that speak one of
 * these — openGauss, KingbaseES and GaussDB as PostgreSQL, TiDB and OceanBase as MySQL — which this
 * project's tests do not run on ({@link #untested}); {@code docs/databases.md} lists what to check
 * on each. The schema scripts under {@code io/github/jiceng/governance/jdbc/schema/} are shared by
 * every dialect, which fills in their dialect tokens; a script in the dialect's own {@code
 * schema/<folder>/} would replace the shared one.
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

  /** Servers that speak PostgreSQL's dialect, by a word of their product name. */
  private static final List<String> POSTGRESQL_LIKE = List.of("opengauss", "kingbase", "gaussdb");

  /** Servers that speak MySQL's dialect, by a word of their product name or version. */
  private static final List<String> MYSQL_LIKE = List.of("tidb", "oceanbase");

  /** The compatible servers not tested here: the word that tells them, and their name. */
  private static final java.util.Map<String, String> UNTESTED =
      java.util.Map.of(
          "opengauss", "openGauss",
          "kingbase", "KingbaseES",
          "gaussdb", "GaussDB",
          "tidb", "TiDB",
          "oceanbase", "OceanBase");

  /**
   * The dialect of a database product, as {@link
   * java.sql.DatabaseMetaData#getDatabaseProductName()} names it.
   *
   * @throws StorageException if the product is not supported
   */
  public static Dialect fromProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql") || POSTGRESQL_LIKE.stream().anyMatch(name::contains)) {
      return POSTGRESQL;
    }
    if (name.equals("h2")) {
      return H2;
    }
    if (name.contains("mysql")
        || name.contains("mariadb")
        || MYSQL_LIKE.stream().anyMatch(name::contains)) {
      return MYSQL;
    }
    throw new StorageException(
        "database '"
            + productName
            + "' is not supported; supported: PostgreSQL, H2, MySQL, MariaDB, and servers"
            + " compatible with PostgreSQL or MySQL with the dialect set explicitly");
  }

  /**
   * The compatible server this product is, if it is one the project's tests do not run on —
   * openGauss, KingbaseES, GaussDB, TiDB or OceanBase — read off the product name and version (TiDB
   * answers the MySQL driver as "MySQL", version {@code 8.0.11-TiDB-v7.5.0}); empty for PostgreSQL,
   * H2, MySQL and MariaDB.
   */
  public static Optional<String> untested(String productName, String productVersion) {
    String both = (productName + " " + productVersion).toLowerCase(Locale.ROOT);
    return UNTESTED.entrySet().stream()
        .filter(server -> both.contains(server.getKey()))
        .map(java.util.Map.Entry::getValue)
        .findFirst();
  }
}
