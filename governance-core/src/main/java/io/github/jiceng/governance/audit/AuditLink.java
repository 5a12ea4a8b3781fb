package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.internal.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An entry waiting for its place in the chain: what a desk hands to {@link
 * io.github.jiceng.governance.spi.AuditRepository#append}. The store locks the chain's head, calls
 * {@link #after} with it and stores the record it returns, all in the transaction of what the
 * record records.
 */
public final class AuditLink {
  private final AuditEntry entry;
  private final Clock clock;
  private final HashAlgorithm algorithm;

  private AuditLink(AuditEntry entry, Clock clock, HashAlgorithm algorithm) {
    this.entry = entry;
    this.clock = clock;
    this.algorithm = algorithm;
  }

  /** {@code entry}, to be timed by {@code clock} and hashed with {@code algorithm}. */
  public static AuditLink of(AuditEntry entry, Clock clock, HashAlgorithm algorithm) {
    return new AuditLink(
        Checks.required(entry, "AuditLink", "entry"),
        Checks.required(clock, "AuditLink", "clock"),
        Checks.required(algorithm, "AuditLink", "algorithm"));
  }

  /** The entry. */
  public AuditEntry entry() {
    return entry;
  }

  /**
   * The record that follows {@code head}: the next sequence number, the time now by the clock (read
   * here, under the store's lock, so that times follow sequence numbers on one clock), the head's
   * hash as previous hash, and its own hash.
   */
  public AuditRecord after(ChainPosition head) {
    Checks.required(head, "AuditLink", "head");
    Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    long sequence = Math.addExact(head.sequence(), 1);
    String hash = AuditChain.hashOf(sequence, time, entry, algorithm, head.hash());
    return new AuditRecord(sequence, time, entry, algorithm, head.hash(), hash);
  }

  @Override
  public String toString() {
    return "AuditLink[" + entry.action() + " " + entry.subject() + "]";
  }
}
