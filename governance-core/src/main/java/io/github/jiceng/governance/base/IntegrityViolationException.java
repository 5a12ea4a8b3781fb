package io.github.jiceng.governance.base;

/**
 * Thrown when a write would break a reference between records: writing a record whose parent or
 * owner does not exist, or deleting a record that others still refer to. Nothing was written.
 */
public class IntegrityViolationException extends StorageException {
  private static final long serialVersionUID = 1L;

  public IntegrityViolationException(String message) {
    super(message);
  }

  public IntegrityViolationException(String message, Throwable cause) {
    super(message, cause);
  }
}
