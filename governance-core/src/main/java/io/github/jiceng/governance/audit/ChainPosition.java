package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.base.InvalidInputException;

/**
 * A place in the chain: a record's sequence number and hash. The head is the last record appended;
 * the anchor is the record the kept trail follows (the last one pruned, or {@link #GENESIS}).
 *
 * @param sequence the record's sequence number, 0 for the genesis position before the first record
 * @param hash the record's hash, 64 lower-case hex digits ({@link HashAlgorithm#GENESIS} at 0)
 */
public record ChainPosition(long sequence, String hash) {
  /** Before the first record: sequence 0, hash of 64 zeros. */
  public static final ChainPosition GENESIS = new ChainPosition(0, HashAlgorithm.GENESIS);

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if the sequence is negative or the hash is not 64 hex digits
   */
  public ChainPosition {
    if (sequence < 0) {
      throw InvalidInputException.of("ChainPosition", "sequence", "must not be negative");
    }
    hash = AuditRecord.hexHash(hash, "ChainPosition", "hash");
  }

  /** The position of {@code record}. */
  public static ChainPosition of(AuditRecord record) {
    io.github.jiceng.governance.internal.Checks.required(record, "ChainPosition.of", "record");
    return new ChainPosition(record.sequence(), record.hash());
  }
}
