package io.github.jiceng.governance.audit;

/**
 * The first thing wrong with a stretch of the trail.
 *
 * @param sequence the sequence number where it shows: the record changed, the first number missing,
 *     the record that does not follow the one before, or (for {@link Kind#TRUNCATED}) the last
 *     sequence number the head or checkpoint says should exist
 * @param kind what is wrong
 * @param detail one sentence for a person (names sequence numbers, never a record's contents)
 */
public record ChainProblem(long sequence, Kind kind, String detail) {

  /** What can be wrong. */
  public enum Kind {
    /** The record's fields no longer give its hash: it was edited. */
    CHANGED,
    /** Sequence numbers jump: records were removed. */
    MISSING,
    /**
     * The record's previous hash is not the hash of the record before it: a record was inserted,
     * replaced by a forged one, or moved, and the numbers were rewritten to hide it.
     */
    UNLINKED,
    /** The trail ends before the head or the checkpoint says it does, or differs from it there. */
    TRUNCATED
  }
}
