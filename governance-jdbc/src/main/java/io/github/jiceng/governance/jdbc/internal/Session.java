package io.github.jiceng.governance.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One connection inside one transaction, with small helpers that always use parameterised
 * statements and always close them. {@code ${prefix}} in SQL is replaced by the table prefix.
 */
public final class Session {
  private final Connection connection;
  private final String prefix;

  public Session(Connection connection, String prefix) {
    this.connection = connection;
    this.prefix = prefix;
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
