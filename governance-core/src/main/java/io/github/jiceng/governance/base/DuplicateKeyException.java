package io.github.jiceng.governance.base;

/** Thrown when inserting a record whose key is already stored. Nothing was written. */
public class DuplicateKeyException extends StorageException {
  private static final long serialVersionUID = 1L;

  public DuplicateKeyException(String message) {
    super(message);
  }

  public DuplicateKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
