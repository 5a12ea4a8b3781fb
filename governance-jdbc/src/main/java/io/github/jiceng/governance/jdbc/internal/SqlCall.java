package io.github.jiceng.governance.jdbc.internal;

import java.sql.SQLException;

/** Statements that need a session: one call of a repository. */
@FunctionalInterface
public interface SqlCall<T> {
  /** Runs the statements on {@code session}. */
  T run(Session session) throws SQLException;
}
