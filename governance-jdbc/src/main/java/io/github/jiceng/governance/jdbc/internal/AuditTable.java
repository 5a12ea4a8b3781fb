package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditEntry;
import io.github.jiceng.governance.audit.AuditLink;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.audit.HashAlgorithm;
import io.github.jiceng.governance.audit.UnreadableRecordException;
import io.github.jiceng.governance.base.GovernanceException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.StorageException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * SQL for the audit trail: the records, and the one row that holds the chain's head and anchor.
 * Appends lock that row for the rest of the transaction ({@code SELECT … FOR UPDATE}, the same on
 * PostgreSQL, H2 and MySQL/MariaDB), so writers on every instance append one after another and the
 * chain cannot fork.
 */
public final class AuditTable {
  private static final String RECORD_SELECT =
      "SELECT seq, recorded_at, actor, action, subject, payload_digest, algorithm, previous_hash,"
          + " record_hash FROM ${prefix}audit_record ";

  private AuditTable() {}

  public static AuditRecord append(Session s, AuditLink link) throws SQLException {
    AuditRecord record = link.after(lockedHead(s));
    AuditEntry entry = record.entry();
    s.update(
        "INSERT INTO ${prefix}audit_record (seq, recorded_at, actor, action, subject,"
            + " payload_digest, algorithm, previous_hash, record_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        record.sequence(),
        record.time().toEpochMilli(),
        entry.actor(),
        entry.action().name(),
        entry.subject(),
        entry.payloadDigest(),
        record.algorithm().id(),
        record.previousHash(),
        record.hash());
    s.update(
        "UPDATE ${prefix}audit_chain SET head_seq = ?, head_hash = ? WHERE id = 1",
        record.sequence(),
        record.hash());
    return record;
  }

  /**
   * Takes the audit chain's lock before a write to the tables every community shares (divisions,
   * policies, catalogues, routing tables, scope grants, division changes). A store sharded by
   * county keeps a copy of those tables on every shard: two writers of the same row, each locking
   * its copy on a different shard first, would wait for each other across two servers, where
   * neither server's deadlock detection sees it. Writers of shared rows take turns on the one chain
   * row instead (on one server it costs one row lock, and audited writes take it anyway).
   */
  static void lockSharedWrites(Session s) throws SQLException {
    lockedHead(s);
  }

  /** The head, locked for the rest of the transaction: appends and pruning take turns on it. */
  private static ChainPosition lockedHead(Session s) throws SQLException {
    return s.queryOne(
            "SELECT head_seq, head_hash FROM ${prefix}audit_chain WHERE id = 1 FOR UPDATE",
            AuditTable::position)
        .orElseThrow(AuditTable::noChainRow);
  }

  public static ChainPosition head(Session s) throws SQLException {
    return s.queryOne(
            "SELECT head_seq, head_hash FROM ${prefix}audit_chain WHERE id = 1",
            AuditTable::position)
        .orElseThrow(AuditTable::noChainRow);
  }

  public static ChainPosition anchor(Session s) throws SQLException {
    return s.queryOne(
            "SELECT anchor_seq, anchor_hash FROM ${prefix}audit_chain WHERE id = 1",
            AuditTable::position)
        .orElseThrow(AuditTable::noChainRow);
  }

  public static List<AuditRecord> read(Session s, long fromSequence, int limit)
      throws SQLException {
    return s.query(
        RECORD_SELECT + "WHERE seq >= ? ORDER BY seq LIMIT ?",
        AuditTable::record,
        fromSequence,
        limit);
  }

  public static List<AuditRecord> findBySubject(Session s, String subject, int limit)
      throws SQLException {
    return s.query(
        RECORD_SELECT + "WHERE subject = ? ORDER BY seq DESC LIMIT ?",
        AuditTable::record,
        subject,
        limit);
  }

  public static List<AuditRecord> findByActor(Session s, String actor, long from, int limit)
      throws SQLException {
    return s.query(
        RECORD_SELECT + "WHERE actor = ? AND seq >= ? ORDER BY seq LIMIT ?",
        AuditTable::record,
        actor,
        from,
        limit);
  }

  /** The record before the first one appended at or after {@code time}, else the head. */
  public static long lastSequenceBefore(Session s, Instant time) throws SQLException {
    long firstAtOrAfter =
        s.queryOne(
                "SELECT MIN(seq) FROM ${prefix}audit_record WHERE recorded_at >= ?",
                r -> r.getObject(1) == null ? Long.MAX_VALUE : r.getLong(1),
                time.toEpochMilli())
            .orElse(Long.MAX_VALUE);
    if (firstAtOrAfter != Long.MAX_VALUE) {
      return Math.max(firstAtOrAfter - 1, anchor(s).sequence());
    }
    return head(s).sequence();
  }

  public static int prune(Session s, long through) throws SQLException {
    ChainPosition head = lockedHead(s);
    if (through > head.sequence()) {
      throw InvalidInputException.of(
          "AuditRepository call", "throughSequence", "lies past the head of the trail");
    }
    long anchored = anchor(s).sequence();
    var last =
        s.queryOne(
                "SELECT seq, record_hash FROM ${prefix}audit_record WHERE seq = ?",
                AuditTable::position,
                through)
            .filter(p -> p.sequence() > anchored);
    if (last.isEmpty()) {
      return 0;
    }
    int removed = s.update("DELETE FROM ${prefix}audit_record WHERE seq <= ?", through);
    s.update(
        "UPDATE ${prefix}audit_chain SET anchor_seq = ?, anchor_hash = ? WHERE id = 1",
        last.get().sequence(),
        last.get().hash());
    return removed;
  }

  private static ChainPosition position(ResultSet r) throws SQLException {
    return new ChainPosition(r.getLong(1), strip(r, 2));
  }

  private static AuditRecord record(ResultSet r) throws SQLException {
    long sequence = r.getLong(1);
    try {
      AuditEntry entry =
          new AuditEntry(
              r.getString(3), AuditAction.valueOf(r.getString(4)), r.getString(5), strip(r, 6));
      return new AuditRecord(
          sequence,
          Instant.ofEpochMilli(r.getLong(2)),
          entry,
          HashAlgorithm.ofId(r.getString(7)),
          strip(r, 8),
          strip(r, 9));
    } catch (GovernanceException | IllegalArgumentException e) {
      // a row edited into something no record can be: verification reports it as changed
      throw new UnreadableRecordException(sequence);
    }
  }

  private static String strip(ResultSet r, int column) throws SQLException {
    String value = r.getString(column);
    return value == null ? "" : value.strip();
  }

  private static StorageException noChainRow() {
    return new StorageException(
        "the audit chain's row (audit_chain, id 1) is missing: the schema was not migrated, or"
            + " the row was deleted");
  }
}
