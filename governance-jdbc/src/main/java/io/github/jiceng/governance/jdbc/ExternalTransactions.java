package io.github.jiceng.governance.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A hook that lets the JDBC store join the caller's own transactions — for example a Spring
 * {@code @Transactional} method — instead of opening its own. The store takes the connection from
 * {@link #currentConnection()}, runs its statements on it, and hands it back with {@link
 * #release(Connection)}; it never closes it.
 *
 * <ul>
 *   <li>When the connection takes part in a transaction of the caller's (auto-commit off), the
 *       store joins it: it never commits or rolls back, committing or rolling back is the caller's
 *       job, and a failed store call leaves the caller to roll back.
 *   <li>When the connection is in auto-commit mode (no transaction is running), each store call —
 *       or each {@code inTransaction} unit of work — runs in a local transaction of its own: the
 *       store turns auto-commit off, commits on success or rolls back on failure, and turns
 *       auto-commit back on before releasing the connection. So a failed import stores nothing, as
 *       with the plain builder.
 * </ul>
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
