package io.github.jiceng.governance.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A hook that lets the JDBC store join the caller's own transactions — for example a Spring
 * {@code @Transactional} method — instead of opening its own. The store takes the connection from
 * {@link #currentConnection()}, runs its statements on it, and hands it back with {@link
 * #release(Connection)}; it never commits, rolls back or closes it. Committing or rolling back is
 * then entirely the caller's job, and "each call is one transaction" no longer holds.
 *
 * <p>With Spring: {@code () -> DataSourceUtils.getConnection(ds)} and {@code c ->
 * DataSourceUtils.releaseConnection(c, ds)}.
 */
public interface ExternalTransactions {

  /** The connection of the caller's current transaction. */
  Connection currentConnection() throws SQLException;

  /** Gives the connection back after a store call; by default does nothing. */
  default void release(Connection connection) throws SQLException {}
}
