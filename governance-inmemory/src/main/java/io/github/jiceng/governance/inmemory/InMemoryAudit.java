package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.audit.AuditChain;
import io.github.jiceng.governance.audit.AuditLink;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.spi.AuditRepository;
import java.time.Instant;
import java.util.List;

/**
 * The in-memory audit trail, over the store's tables; appends hold the store's write lock, so the
 * chain cannot fork.
 */
final class InMemoryAudit implements AuditRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryAudit(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public AuditRecord append(AuditLink link) {
    return view.write(
        undo -> {
          AuditRecord record = link.after(tables.auditLog.head());
          tables.auditLog.append(record, undo);
          return record;
        });
  }

  @Override
  public ChainPosition head() {
    return tables.read(tables.auditLog::head);
  }

  @Override
  public ChainPosition anchor() {
    return tables.read(tables.auditLog::anchor);
  }

  @Override
  public List<AuditRecord> read(long fromSequence, int limit) {
    int page = AuditChain.pageSize(limit);
    return tables.read(() -> tables.auditLog.from(fromSequence, page));
  }

  @Override
  public List<AuditRecord> findBySubject(String subject, int limit) {
    int page = AuditChain.pageSize(limit);
    return tables.read(() -> tables.auditLog.aboutSubject(subject, page));
  }

  @Override
  public List<AuditRecord> findByActor(String actor, long fromSequence, int limit) {
    int page = AuditChain.pageSize(limit);
    return tables.read(() -> tables.auditLog.byActor(actor, fromSequence, page));
  }

  @Override
  public long lastSequenceBefore(Instant time) {
    return tables.read(() -> tables.auditLog.lastSequenceBefore(time));
  }

  @Override
  public int prune(long throughSequence) {
    return view.write(
        undo -> {
          if (throughSequence > tables.auditLog.head().sequence()) {
            throw InvalidInputException.of(
                "AuditRepository call", "throughSequence", "lies past the head of the trail");
          }
          return tables.auditLog.prune(throughSequence, undo);
        });
  }
}
