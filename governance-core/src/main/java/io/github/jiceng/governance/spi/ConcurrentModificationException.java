package io.github.jiceng.governance.spi;

/**
 * Thrown when a write is based on a stale version: someone else changed or deleted the record since
 * it was read. Nothing was written. Read the record again, reapply the change, and retry.
 */
public class ConcurrentModificationException extends StorageException {
  private static final long serialVersionUID = 1L;

  public ConcurrentModificationException(String message) {
    super(message);
  }

  public ConcurrentModificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
