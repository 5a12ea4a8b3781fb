package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditChain;
import io.github.jiceng.governance.audit.AuditParameters;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.audit.ChainVerification;
import io.github.jiceng.governance.audit.Checkpoint;
import io.github.jiceng.governance.audit.Pruning;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.spi.AuditRepository;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The audit desk (审计): reads the audit trail, verifies it, exports checkpoints and prunes records
 * past the retention period. The trail itself is written by the other desks, in the transaction of
 * what they record. Reading and checking the trail shows who did what to whom across the whole
 * store, so every call here needs the {@link io.github.jiceng.governance.scope.ScopeKind#ALL} scope
 * (an auditor, or the system actor). Obtain it from {@code Governance.audit()}. Thread-safe.
 *
 * <p><b>Limit.</b> Verification catches any record edited, removed, inserted or moved, and a tail
 * cut off while the store's head still names it. Someone who can rewrite the head as well can cut
 * the tail unseen: only a {@link #checkpoint() checkpoint} kept outside the database catches that.
 * Export one regularly (daily, say) and {@link #verifyAgainst verify against it}.
 */
public final class AuditDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, policy (the retention period), clock and caller. */
  public AuditDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * The records from sequence number {@code from} on, at most {@code limit} (1 to {@value
   * AuditChain#PAGE}).
   */
  public List<AuditRecord> records(long from, int limit) {
    AuditRepository audit = auditor(store);
    return audit.read(from, AuditChain.pageSize(limit));
  }

  /** The newest records about {@code subject} (a resident, request or actor id), newest first. */
  public List<AuditRecord> about(String subject, int limit) {
    required(subject, "subject");
    return auditor(store).findBySubject(subject, AuditChain.pageSize(limit));
  }

  /**
   * The records the caller made, from sequence number {@code from} on, at most {@code limit} (1 to
   * {@value AuditChain#PAGE}): "my actions" (我的操作记录). Needs the {@code SELF} scope, or {@code ALL}.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller has neither
   */
  public List<AuditRecord> ownRecords(long from, int limit) {
    int page = AuditChain.pageSize(limit);
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.coversOwnRecords(), "read its own audit records");
    return store.audit().findByActor(reach.actorId(), from, page);
  }

  /** Verifies the whole kept trail, from its anchor to its head. */
  public ChainVerification verify() {
    AuditRepository audit = auditor(store);
    return AuditChain.verify(audit::read, audit.anchor(), Long.MAX_VALUE, audit.head(), true);
  }

  /**
   * Verifies the records {@code from} to {@code to}, linking the first to the record before it.
   *
   * @throws InvalidInputException if {@code from} lies before the kept trail or after {@code to}
   */
  public ChainVerification verify(long from, long to) {
    AuditRepository audit = auditor(store);
    ChainPosition anchor = audit.anchor();
    if (from <= anchor.sequence() || to < from) {
      throw InvalidInputException.of(
          "AuditDesk.verify",
          "from",
          "must be after the pruned records (" + anchor.sequence() + ") and not after 'to'");
    }
    ChainPosition before =
        from == anchor.sequence() + 1
            ? anchor
            : audit.read(from - 1, 1).stream()
                .filter(r -> r.sequence() == from - 1)
                .map(ChainPosition::of)
                .findFirst()
                .orElse(
                    new ChainPosition(
                        from - 1, io.github.jiceng.governance.audit.HashAlgorithm.GENESIS));
    return AuditChain.verify(audit::read, before, to, audit.head(), true);
  }

  /**
   * Verifies the whole kept trail against a checkpoint exported earlier, then against the head:
   * catches a tail cut off and the head rewritten to hide it.
   */
  public ChainVerification verifyAgainst(Checkpoint checkpoint) {
    required(checkpoint, "checkpoint");
    AuditRepository audit = auditor(store);
    ChainVerification against =
        AuditChain.verify(
            audit::read, audit.anchor(), Long.MAX_VALUE, checkpoint.position(), false);
    return against.intact() ? verify() : against;
  }

  /** The head of the trail now, to be kept outside the database. */
  public Checkpoint checkpoint() {
    ChainPosition head = auditor(store).head();
    return new Checkpoint(head.sequence(), head.hash(), setup.clock().instant());
  }

  /**
   * Removes the records older than the retention period in force on {@code asOf} ({@link
   * AuditParameters#RETENTION_MONTHS}, six months by default), keeping the last one removed as the
   * anchor the rest verifies from, and records the pruning itself in the trail.
   */
  public Pruning prune(LocalDate asOf) {
    required(asOf, "asOf");
    int months = setup.policy().value(AuditParameters.RETENTION_MONTHS, asOf);
    Instant cutoff = asOf.minusMonths(months).atStartOfDay(setup.clock().getZone()).toInstant();
    return store.inTransaction(
        tx -> {
          AuditRepository audit = auditor(tx);
          long through = audit.lastSequenceBefore(cutoff);
          int removed = audit.prune(through);
          ChainPosition anchor = audit.anchor();
          setup.audit(
              tx,
              AuditAction.PRUNING,
              "audit-trail",
              "removed " + removed + " through " + anchor.sequence() + " " + anchor.hash());
          return new Pruning(
              removed, new Checkpoint(anchor.sequence(), anchor.hash(), setup.clock().instant()));
        });
  }

  /** {@code tx}'s audit trail, if the caller may read it. */
  private AuditRepository auditor(GovernanceStore tx) {
    Reach reach = setup.reach(tx);
    DeskSetup.require(reach, reach.coversAll(), "read the audit trail");
    return tx.audit();
  }

  @Override
  public String toString() {
    return "AuditDesk[" + setup + "]";
  }
}
