package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The audit trail's table, head and anchor in memory. Not thread-safe: the store guards it with its
 * lock and records each change in the {@link UndoLog}.
 */
final class AuditLog {
  private final TreeMap<Long, AuditRecord> records = new TreeMap<>();
  private ChainPosition head = ChainPosition.GENESIS;
  private ChainPosition anchor = ChainPosition.GENESIS;

  ChainPosition head() {
    return head;
  }

  ChainPosition anchor() {
    return anchor;
  }

  void append(AuditRecord record, UndoLog undo) {
    ChainPosition before = head;
    records.put(record.sequence(), record);
    head = ChainPosition.of(record);
    undo.record(
        () -> {
          records.remove(record.sequence());
          head = before;
        });
  }

  List<AuditRecord> from(long sequence, int limit) {
    List<AuditRecord> page = new ArrayList<>(Math.min(limit, records.size()));
    for (AuditRecord record : records.tailMap(sequence, true).values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(record);
    }
    return page;
  }

  List<AuditRecord> aboutSubject(String subject, int limit) {
    List<AuditRecord> found = new ArrayList<>();
    for (AuditRecord record : records.descendingMap().values()) {
      if (found.size() == limit) {
        break;
      }
      if (record.subject().equals(subject)) {
        found.add(record);
      }
    }
    return found;
  }

  List<AuditRecord> byActor(String actor, long from, int limit) {
    List<AuditRecord> found = new ArrayList<>();
    for (AuditRecord record : records.tailMap(from, true).values()) {
      if (found.size() == limit) {
        break;
      }
      if (record.actor().equals(actor)) {
        found.add(record);
      }
    }
    return found;
  }

  long lastSequenceBefore(java.time.Instant time) {
    long last = anchor.sequence();
    for (AuditRecord record : records.values()) {
      if (!record.time().isBefore(time)) {
        break;
      }
      last = record.sequence();
    }
    return last;
  }

  int prune(long through, UndoLog undo) {
    AuditRecord last = records.get(through);
    if (last == null) {
      return 0; // not past the anchor, or removed by tampering: nothing to anchor on
    }
    var removed = new TreeMap<>(records.headMap(through, true));
    ChainPosition before = anchor;
    removed.keySet().forEach(records::remove);
    anchor = ChainPosition.of(last);
    undo.record(
        () -> {
          records.putAll(removed);
          anchor = before;
        });
    return removed.size();
  }

  // ---- for tests that tamper with the trail (package-private: no store user can reach them) ----

  void overwrite(AuditRecord record) {
    records.put(record.sequence(), record);
  }

  void remove(long sequence) {
    records.remove(sequence);
  }

  void moveHead(ChainPosition position) {
    head = position;
  }
}
