package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.people.Resident;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Bulk imports at PostgreSQL's own limit: households and residents streamed by {@code COPY ... FROM
 * STDIN} in the caller's transaction, where the connection is PgJDBC's. {@code COPY} checks every
 * key, unique and foreign key as the inserts do, and the transaction keeps the import all or
 * nothing; a violation has the SQL state an insert would, so it is translated the same way. With
 * any other driver (H2, MariaDB, a sharding layer's connection) the store keeps its batched
 * inserts. This class never names PgJDBC's types, so that the store loads without the driver.
 */
final class CopyImport {
  private CopyImport() {}

  /**
   * The size from which an import is copied rather than batched: below it, a batch's fixed costs
   * are lower than a copy's. A tuning choice, not a rule.
   */
  static final int FROM_ROWS = 500;

  private static final boolean DRIVER_PRESENT = driverPresent();

  private static boolean driverPresent() {
    try {
      Class.forName("org.postgresql.PGConnection", false, CopyImport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /** Whether {@code rows} rows go through {@code COPY} in session {@code s}. */
  static boolean applies(Session s, int rows) throws SQLException {
    return s.bulkCopy() && applies(s.connection(), rows);
  }

  /** Whether {@code rows} rows can go through {@code COPY} on {@code connection}. */
  static boolean applies(Connection connection, int rows) throws SQLException {
    return rows >= FROM_ROWS && DRIVER_PRESENT && PgCopy.isPgJdbc(connection);
  }

  /** Copies {@code households}, each at version 1. */
  static void households(Session s, List<Household> households) throws SQLException {
    copy(
        s,
        "COPY ${prefix}household (id, community_code, grid_code, building_id, unit, address,"
            + " version) FROM STDIN",
        households,
        h ->
            new String[] {
              h.id(),
              h.community().value(),
              h.grid() == null ? null : h.grid().value(),
              h.buildingId(),
              h.unit(),
              h.address(),
              "1"
            });
  }

  /** Copies {@code residents}, their tags and community written as the inserts write them. */
  static void residents(
      Session s,
      List<Resident> residents,
      Function<Resident, String> tags,
      Function<Resident, String> community)
      throws SQLException {
    copy(
        s,
        "COPY ${prefix}resident (id, household_id, name, identity_number, phone, relation, tags,"
            + " version, community_code) FROM STDIN",
        residents,
        r ->
            new String[] {
              r.id(),
              r.householdId(),
              r.name(),
              r.identityNumber().value(),
              r.phone() == null ? null : r.phone().value(),
              r.relation().name(),
              tags.apply(r),
              "1",
              community.apply(r)
            });
  }

  /** Copies rows of {@code resident_tag}: resident id, tag, community. */
  static void tags(Session s, List<Object[]> rows) throws SQLException {
    copy(
        s,
        "COPY ${prefix}resident_tag (resident_id, tag, community_code) FROM STDIN",
        rows,
        row -> new String[] {(String) row[0], (String) row[1], (String) row[2]});
  }

  /** Copies rows of {@code resident_identity}: identity number, resident id, community. */
  static void identities(Session s, List<Object[]> rows) throws SQLException {
    copy(
        s,
        "COPY ${prefix}resident_identity (identity_number, resident_id, community_code) FROM STDIN",
        rows,
        row -> new String[] {(String) row[0], (String) row[1], (String) row[2]});
  }

  private static <T> void copy(Session s, String sql, List<T> rows, Function<T, String[]> columns)
      throws SQLException {
    PgCopy.copy(s.connection(), s.sql(sql), rows.stream().map(columns).iterator());
  }

  /**
   * One row in {@code COPY}'s text format: columns separated by tabs, {@code \N} for null, and the
   * backslash, tab, newline and carriage return within a value escaped.
   */
  static void appendRow(StringBuilder out, String[] columns) {
    for (int i = 0; i < columns.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      String value = columns[i];
      if (value == null) {
        out.append("\\N");
        continue;
      }
      for (int c = 0; c < value.length(); c++) {
        char ch = value.charAt(c);
        switch (ch) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append(ch);
        }
      }
    }
    out.append('\n');
  }
}
