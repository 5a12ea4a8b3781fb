package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.base.WriteConflictException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Translates {@link SQLException}s into the SPI's exceptions at the store's boundary. Messages name
 * the operation, the SQL state and the vendor code, not the driver's text: drivers quote the
 * offending values ("Key (identity_number)=(…) already exists", "Batch entry 3 INSERT … VALUES
 * (…)"), which may be personal data. For the same reason the driver's exception is not attached as
 * it is: the cause is a copy with its SQL state, vendor code and stack trace but without its
 * message or chained exceptions.
 */
public final class SqlErrors {
  private static final String UNIQUE_VIOLATION = "23505";
  // 23503: the standard state (PostgreSQL, and H2 when a referenced row is still in use);
  // 23506: H2's state for a row that refers to a missing one.
  private static final Set<String> FOREIGN_KEY_VIOLATIONS = Set.of("23503", "23506");
  // Transient conflicts between transactions: serialisation failure, deadlock, lock not available.
  private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "55P03");
  private static final int H2_LOCK_TIMEOUT = 50200;
  private static final int H2_CONCURRENT_UPDATE = 90131;
  // MySQL and MariaDB report every integrity violation as state 23000; their codes tell them apart.
  private static final String MYSQL_INTEGRITY = "23000";
  private static final int MYSQL_DUPLICATE_KEY = 1062;
  private static final Set<Integer> MYSQL_FOREIGN_KEY = Set.of(1451, 1452);
  private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
  // 44000: a row that would leave where it may be — SQL's WITH CHECK OPTION violation, and the
  // state
  // ShardingSphere gives for "Can not update sharding value" (an update rewriting the shard key).
  private static final String ROW_WOULD_MOVE = "44000";

  private SqlErrors() {}

  /** The SPI exception for {@code e}, raised while doing {@code operation}. */
  public static StorageException translate(SQLException driverError, String operation) {
    // a refusal of the library's own (a sharding algorithm's, raised inside the driver) keeps its
    // message: it names a table or a county, never a stored value
    for (Throwable t = driverError.getCause(); t != null; t = t.getCause()) {
      if (t instanceof StorageException own) {
        return new StorageException(operation + ": " + own.getMessage(), own);
      }
    }
    SQLException e = redacted(driverError);
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String detail = operation + " failed (SQL state " + state + ", code " + e.getErrorCode() + ")";
    boolean mysqlIntegrity = MYSQL_INTEGRITY.equals(state);
    if (UNIQUE_VIOLATION.equals(state)
        || (mysqlIntegrity && e.getErrorCode() == MYSQL_DUPLICATE_KEY)) {
      return new DuplicateKeyException(operation + ": the key already exists", e);
    }
    if (FOREIGN_KEY_VIOLATIONS.contains(state)
        || (mysqlIntegrity && MYSQL_FOREIGN_KEY.contains(e.getErrorCode()))) {
      return new IntegrityViolationException(
          operation + ": a referenced record is missing, or the record is still referenced", e);
    }
    if (ROW_WOULD_MOVE.equals(state)) {
      return new IntegrityViolationException(
          operation + ": the record would move out of its community (its shard key); it stays", e);
    }
    if (CONFLICTS.contains(state)
        || e.getErrorCode() == H2_LOCK_TIMEOUT
        || e.getErrorCode() == H2_CONCURRENT_UPDATE
        || e.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT) {
      return new WriteConflictException(
          operation + ": conflicted with a concurrent transaction; retry", e);
    }
    return new StorageException(detail, e);
  }

  /**
   * A copy of {@code e} without the driver's message, which may quote personal data. A batch
   * failure may carry its SQL state only on the chained exception; the copy takes the first state
   * found along the chain.
   */
  public static SQLException redacted(SQLException e) {
    SQLException carrier = e;
    while ((carrier.getSQLState() == null || carrier.getSQLState().isEmpty())
        && carrier.getNextException() != null) {
      carrier = carrier.getNextException();
    }
    SQLException copy =
        new SQLException(
            e.getClass().getSimpleName()
                + " (message withheld: drivers quote values, which may be personal data)",
            carrier.getSQLState(),
            carrier.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
