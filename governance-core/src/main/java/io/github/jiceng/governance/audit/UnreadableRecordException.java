package io.github.jiceng.governance.audit;

/**
 * A stored audit record whose fields no longer make a record (an unknown action, a hash that is not
 * hex): it was edited outside the library. Stores throw it when they read such a row; {@link
 * AuditChain#verify} reports it as {@link ChainProblem.Kind#CHANGED}.
 */
public class UnreadableRecordException extends AuditException {
  private static final long serialVersionUID = 1L;
  private final long sequence;

  /** The record at {@code sequence} cannot be read. */
  public UnreadableRecordException(long sequence) {
    super("audit record " + sequence + " cannot be read: its stored fields were edited");
    this.sequence = sequence;
  }

  /** The unreadable record's sequence number. */
  public long sequence() {
    return sequence;
  }
}
