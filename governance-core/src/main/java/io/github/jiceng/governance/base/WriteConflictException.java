package io.github.jiceng.governance.base;

/**
 * Thrown when a write conflicts with another: it is based on a stale version (someone else changed
 * or deleted the record since it was read), or the database refused it because a concurrent
 * transaction touched the same rows. Nothing was written. Read the record again, reapply the
 * change, and retry.
 *
 * <p>Named so that it does not clash with {@code java.util.ConcurrentModificationException}, which
 * means something else (a collection changed while it was iterated); it was called that until
 * 0.1.0-SNAPSHOT of 2026-12-01.
 */
public class WriteConflictException extends StorageException {
  private static final long serialVersionUID = 1L;

  public WriteConflictException(String message) {
    super(message);
  }

  public WriteConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
