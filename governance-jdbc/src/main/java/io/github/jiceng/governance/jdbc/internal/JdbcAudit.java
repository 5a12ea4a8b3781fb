package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.audit.AuditChain;
import io.github.jiceng.governance.audit.AuditLink;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.spi.AuditRepository;
import java.time.Instant;
import java.util.List;

/** The JDBC audit trail: each call runs its SQL through {@link Calls}. */
public final class JdbcAudit implements AuditRepository {
  private final Calls calls;

  public JdbcAudit(Calls calls) {
    this.calls = calls;
  }

  @Override
  public AuditRecord append(AuditLink link) {
    return calls.call("append audit record " + link, s -> AuditTable.append(s, link));
  }

  @Override
  public ChainPosition head() {
    return calls.call("read the audit chain's head", AuditTable::head);
  }

  @Override
  public ChainPosition anchor() {
    return calls.call("read the audit chain's anchor", AuditTable::anchor);
  }

  @Override
  public List<AuditRecord> read(long fromSequence, int limit) {
    int page = AuditChain.pageSize(limit);
    return calls.call("read audit records", s -> AuditTable.read(s, fromSequence, page));
  }

  @Override
  public List<AuditRecord> findBySubject(String subject, int limit) {
    int page = AuditChain.pageSize(limit);
    return calls.call(
        "find audit records by subject", s -> AuditTable.findBySubject(s, subject, page));
  }

  @Override
  public List<AuditRecord> findByActor(String actor, long fromSequence, int limit) {
    int page = AuditChain.pageSize(limit);
    return calls.call(
        "find audit records by actor", s -> AuditTable.findByActor(s, actor, fromSequence, page));
  }

  @Override
  public long lastSequenceBefore(Instant time) {
    return calls.call(
        "find audit records before a time", s -> AuditTable.lastSequenceBefore(s, time));
  }

  @Override
  public int prune(long throughSequence) {
    return calls.call("prune the audit trail", s -> AuditTable.prune(s, throughSequence));
  }
}
