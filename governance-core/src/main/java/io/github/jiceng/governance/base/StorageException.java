package io.github.jiceng.governance.base;

/**
 * Thrown when a store fails: the database is unreachable, a statement fails, a transaction cannot
 * commit. The message names the operation; the cause, if any, is the store's own exception (for
 * JDBC a {@code SQLException}). Subtypes name failures the caller can act on.
 */
public class StorageException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
