package io.github.jiceng.governance.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One connection inside one transaction, with small helpers that always use parameterised
 * statements and always close them. {@code ${prefix}} in SQL is replaced by the table prefix.
 */
public final class Session {
  private final Connection connection;
  private final String prefix;
  private final boolean bulkCopy;

  public Session(Connection connection, String prefix) {
    this(connection, prefix, true);
  }

  /**
   * @param bulkCopy whether bulk imports may stream through PostgreSQL's {@code COPY} (the store's
   *     {@code bulkCopy} setting)
   */
  public Session(Connection connection, String prefix, boolean bulkCopy) {
    this.connection = connection;
    this.prefix = prefix;
    this.bulkCopy = bulkCopy;
  }

  /** Whether bulk imports may stream through {@code COPY} where the driver allows it. */
  public boolean bulkCopy() {
    return bulkCopy;
  }

  /**
   * The communities of the households this transaction stored, so that residents imported with them
   * need not read them back: an import's households and residents are one unit of work.
   */
  private final Map<String, String> storedHouseholds = new HashMap<>();

  /** Notes that this transaction stored household {@code id} in {@code community}. */
  void storedHousehold(String id, String community) {
    storedHouseholds.put(id, community);
  }

  /** The community of a household this transaction stored, or null. */
  @Nullable String communityOfStoredHousehold(String id) {
    return storedHouseholds.get(id);
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Binds one row of a batch. */
  @FunctionalInterface
  public interface Binder<T> {
    void bind(PreparedStatement statement, T item) throws SQLException;
  }

  /** Runs an insert, update or delete and returns the number of rows changed. */
  public int update(String sql, @Nullable Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  /** Runs one statement for each item, as a batch. */
  public <T> void batch(String sql, List<T> items, Binder<T> binder) throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql(sql))) {
      for (T item : items) {
        binder.bind(statement, item);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Every row of a query. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, @Nullable Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    }
  }

  /**
   * Every row of a query grouped by the key {@code key} reads from it, each group in the order of
   * the query: how child rows are attached to the parents that one query selected.
   */
  public <T> Map<String, List<T>> queryGrouped(
      String sql, RowMapper<String> key, RowMapper<T> value, @Nullable Object... parameters)
      throws SQLException {
    Map<String, List<T>> grouped = new HashMap<>();
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        grouped.computeIfAbsent(key.map(rows), k -> new ArrayList<>()).add(value.map(rows));
      }
    }
    return grouped;
  }

  /** The first row of a query, if any. */
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, @Nullable Object... parameters)
      throws SQLException {
    List<T> rows = query(sql, mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Whether a query returns any row. */
  public boolean exists(String sql, @Nullable Object... parameters) throws SQLException {
    return !query(sql, row -> Boolean.TRUE, parameters).isEmpty();
  }

  /**
   * The exception for an update or delete that changed no row: the stored version differs from
   * {@code version}, or the row is gone. Reads the stored version to say which.
   *
   * @param what the record's name in the message, for example {@code committee}
   * @param table the table, without prefix
   * @param keyColumn the key column of {@code table}
   */
  public io.github.jiceng.governance.base.WriteConflictException stale(
      String what, String table, String keyColumn, String key, long version) throws SQLException {
    Optional<Long> stored =
        queryOne(
            "SELECT version FROM ${prefix}" + table + " WHERE " + keyColumn + " = ?",
            r -> r.getLong(1),
            key);
    return new io.github.jiceng.governance.base.WriteConflictException(
        stored
            .map(
                v ->
                    what
                        + " "
                        + key
                        + " was changed by someone else: stored version "
                        + v
                        + ", yours "
                        + version)
            .orElse(what + " " + key + " does not exist (deleted meanwhile?)"));
  }

  /**
   * The exception for an update that keeps its owner in the {@code WHERE} (a record's community or
   * council is never changed by an update) and changed no row: an {@link
   * io.github.jiceng.governance.base.IntegrityViolationException} if the stored row belongs to
   * another owner than {@code owner}, else {@link #stale}'s.
   *
   * @param ownerColumn the column holding the owner, for example {@code community_code}
   */
  public RuntimeException staleOrMoved(
      String what, String table, String key, long version, String ownerColumn, String owner)
      throws SQLException {
    return staleOrMoved(what, table, "id", key, version, ownerColumn, owner);
  }

  /**
   * {@link #staleOrMoved(String, String, String, long, String, String)} keyed by {@code keyColumn}.
   */
  public RuntimeException staleOrMoved(
      String what,
      String table,
      String keyColumn,
      String key,
      long version,
      String ownerColumn,
      String owner)
      throws SQLException {
    Optional<String> stored =
        queryOne(
            "SELECT " + ownerColumn + " FROM ${prefix}" + table + " WHERE " + keyColumn + " = ?",
            r -> {
              String value = r.getString(1);
              return value == null ? "" : value.strip();
            },
            key);
    if (stored.isPresent() && !stored.get().equals(owner)) {
      return new io.github.jiceng.governance.base.IntegrityViolationException(
          what + " " + key + " belongs to " + stored.get() + " and stays there");
    }
    return stale(what, table, keyColumn, key, version);
  }

  /**
   * Deletes the row of {@code table} whose {@code keyColumn} is {@code key}, if its version is
   * {@code version}. Child rows go by {@code ON DELETE CASCADE}; rows referring to it make the
   * delete fail with a foreign-key error.
   *
   * @return {@code false} if there was no such row
   * @throws io.github.jiceng.governance.base.WriteConflictException if the stored version differs
   */
  public boolean deleteVersioned(
      String what, String table, String keyColumn, String key, long version) throws SQLException {
    if (!exists("SELECT 1 FROM ${prefix}" + table + " WHERE " + keyColumn + " = ?", key)) {
      return false;
    }
    int rows =
        update(
            "DELETE FROM ${prefix}" + table + " WHERE " + keyColumn + " = ? AND version = ?",
            key,
            version);
    if (rows == 0) {
      throw stale(what, table, keyColumn, key, version);
    }
    return true;
  }

  /** The underlying connection. */
  public Connection connection() {
    return connection;
  }

  /** {@code sql} with the table prefix filled in. */
  public String sql(String sql) {
    return sql.replace("${prefix}", prefix);
  }

  private PreparedStatement prepare(String sql, @Nullable Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql(sql));
    try {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
