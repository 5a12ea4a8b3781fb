package io.github.jiceng.governance.jdbc.internal;

/**
 * How a repository runs its SQL: inside the transaction the store is bound to, or, outside one, in
 * a transaction of its own. Failures come back translated into the library's storage exceptions.
 */
public interface Calls {
  /** Runs {@code call}; {@code operation} names it in the exception if it fails. */
  <T> T call(String operation, SqlCall<T> call);
}
