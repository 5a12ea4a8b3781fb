package io.github.jiceng.governance.base;

/**
 * Thrown when a transaction's commit was sent to the database but failed in a way that does not say
 * whether it took effect — the connection broke during the commit, for example. The records of that
 * transaction may or may not be stored: look before writing them again.
 */
public class CommitOutcomeUnknownException extends StorageException {
  private static final long serialVersionUID = 1L;

  public CommitOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
