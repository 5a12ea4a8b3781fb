package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.audit.AuditLink;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.base.StorageException;
import java.time.Instant;
import java.util.List;

/**
 * Storage of the audit trail: records are appended, read, and — past the retention period — pruned
 * from the start; they are never changed. The store keeps the chain's <em>head</em> (the last
 * record appended) and <em>anchor</em> (the last record pruned, or {@link ChainPosition#GENESIS}).
 *
 * <p>Appending must not fork the chain however many writers append at once, in one process or in
 * several sharing the store: the store locks the head for the rest of the transaction (a row lock
 * on JDBC), so each append sees the one before.
 */
public interface AuditRepository {

  /**
   * Appends the record that follows the head: locks the head, calls {@link AuditLink#after} with
   * it, stores the record it returns and moves the head to it — in the current transaction, so the
   * record commits or rolls back with what it records.
   *
   * @return the stored record
   * @throws StorageException if the store fails
   */
  AuditRecord append(AuditLink link);

  /** The last record appended ({@link #anchor()} if every record has been pruned). */
  ChainPosition head();

  /** The record the kept trail follows: the last one pruned, or {@link ChainPosition#GENESIS}. */
  ChainPosition anchor();

  /**
   * At most {@code limit} records with sequence numbers from {@code fromSequence} on, by sequence
   * number. Reads what is stored, however it was changed: verification relies on it.
   *
   * @throws io.github.jiceng.governance.base.InvalidInputException if {@code limit} is not 1 to
   *     {@value io.github.jiceng.governance.audit.AuditChain#PAGE}
   */
  List<AuditRecord> read(long fromSequence, int limit);

  /**
   * The newest records about {@code subject} (a resident, a request, an actor), newest first, at
   * most {@code limit}.
   */
  List<AuditRecord> findBySubject(String subject, int limit);

  /**
   * At most {@code limit} records {@code actor} made, with sequence numbers from {@code
   * fromSequence} on, by sequence number: an actor's own records (its {@code SELF} scope).
   */
  List<AuditRecord> findByActor(String actor, long fromSequence, int limit);

  /**
   * The sequence number of the last record such that it and every record before it were appended
   * before {@code time}; the anchor's sequence if there is none.
   */
  long lastSequenceBefore(Instant time);

  /**
   * Removes the records up to {@code throughSequence} and makes that record the anchor, so that the
   * rest still verifies from it. Nothing happens if {@code throughSequence} is not past the anchor.
   *
   * @return how many records were removed
   * @throws io.github.jiceng.governance.base.InvalidInputException if {@code throughSequence} lies
   *     past the head
   */
  int prune(long throughSequence);
}
