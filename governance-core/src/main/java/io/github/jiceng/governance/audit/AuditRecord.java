package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One record of the audit trail as stored: an {@link AuditEntry} placed in the chain. Build records
 * with {@link AuditChain}, which computes the hash; a store only keeps and returns them.
 *
 * @param sequence its place in the trail, from 1, without gaps
 * @param time when it was appended, to the millisecond, by the facade's clock
 * @param entry who did what to which record, and the digest of the details
 * @param algorithm the hash function of {@code hash}
 * @param previousHash the hash of the record before ({@link HashAlgorithm#GENESIS} for the first)
 * @param hash the hash of all the fields above (see {@link AuditChain#hashOf})
 */
public record AuditRecord(
    long sequence,
    Instant time,
    AuditEntry entry,
    HashAlgorithm algorithm,
    String previousHash,
    String hash) {
  private static final Pattern HEX_HASH = Pattern.compile("[0-9a-f]{64}");
  private static final String SUBJECT = "AuditRecord";

  /**
   * Checks the fields; does not check the hash (that is {@link AuditChain#verify}'s work).
   *
   * @throws InvalidInputException naming a field that is missing or malformed
   */
  public AuditRecord {
    if (sequence < 1) {
      throw InvalidInputException.of(SUBJECT, "sequence", "must be at least 1");
    }
    Checks.required(time, SUBJECT, "time");
    if (!time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).equals(time)) {
      throw InvalidInputException.of(SUBJECT, "time", "must be whole milliseconds");
    }
    Checks.required(entry, SUBJECT, "entry");
    Checks.required(algorithm, SUBJECT, "algorithm");
    previousHash = hexHash(previousHash, SUBJECT, "previousHash");
    hash = hexHash(hash, SUBJECT, "hash");
  }

  /** The actor, action, subject and payload digest, as in {@link #entry()}. */
  public String actor() {
    return entry.actor();
  }

  /** What was done. */
  public AuditAction action() {
    return entry.action();
  }

  /** The id of the record acted on. */
  public String subject() {
    return entry.subject();
  }

  /** {@code value} if it is 64 lower-case hex digits. */
  static String hexHash(String value, String subject, String field) {
    Checks.required(value, subject, field);
    if (!HEX_HASH.matcher(value).matches()) {
      throw InvalidInputException.of(subject, field, "must be 64 lower-case hex digits");
    }
    return value;
  }

  @Override
  public String toString() {
    return "AuditRecord#"
        + sequence
        + "["
        + time
        + " "
        + entry.actor()
        + " "
        + entry.action()
        + " "
        + entry.subject()
        + "]";
  }
}
