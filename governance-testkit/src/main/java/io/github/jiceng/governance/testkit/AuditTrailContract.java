package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditChain;
import io.github.jiceng.governance.audit.AuditEntry;
import io.github.jiceng.governance.audit.AuditLink;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.audit.ChainProblem;
import io.github.jiceng.governance.audit.ChainProblem.Kind;
import io.github.jiceng.governance.audit.ChainVerification;
import io.github.jiceng.governance.audit.HashAlgorithm;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.spi.AuditRepository;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's part of the storage contract, run by {@link GovernanceStoreContract} as its
 * {@code AuditTrail} group: appends chain and roll back with their transaction, reads page, pruning
 * anchors, concurrent writers on two instances never fork the chain, and every single edit,
 * removal, insertion and reordering of stored records is caught by verification.
 */
public abstract class AuditTrailContract {
  private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");

  /** The store under test. */
  protected abstract GovernanceStore store();

  /** A second application instance over the same data (the store itself if it has no other). */
  protected abstract GovernanceStore anotherInstance() throws Exception;

  /** Raw access to the stored records, or null if the store offers none. */
  protected abstract @Nullable AuditTampering tampering();

  /** A clock that moves one second per reading, from {@link #START}. */
  private static Clock ticking() {
    AtomicLong seconds = new AtomicLong();
    return new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return START.plusSeconds(seconds.getAndIncrement());
      }
    };
  }

  private static AuditLink link(String actor, String subject, Clock clock) {
    return AuditLink.of(
        AuditEntry.of(
            actor,
            AuditAction.ACCESS_DECISION,
            subject,
            "payload of " + subject,
            HashAlgorithm.SHA_256),
        clock,
        HashAlgorithm.SHA_256);
  }

  /** Appends {@code n} records, one second apart. */
  private List<AuditRecord> append(int n) {
    Clock clock = ticking();
    List<AuditRecord> appended = new java.util.ArrayList<>();
    for (int i = 1; i <= n; i++) {
      appended.add(store().audit().append(link("clerk-" + (i % 3), "R-" + i, clock)));
    }
    return appended;
  }

  /** Verifies the whole kept trail against the store's head. */
  protected static ChainVerification verify(AuditRepository audit) {
    return AuditChain.verify(audit::read, audit.anchor(), Long.MAX_VALUE, audit.head(), true);
  }

  private static ChainProblem problemOf(AuditRepository audit) {
    ChainVerification result = verify(audit);
    assertThat(result.intact()).as("the change is caught").isFalse();
    return result.firstProblem().orElseThrow();
  }

  private AuditTampering requireTampering() {
    AuditTampering tampering = tampering();
    if (tampering == null) {
      throw new org.opentest4j.TestAbortedException(
          "the store offers no raw access to its audit records");
    }
    return tampering;
  }

  private static AuditRecord rehashed(AuditRecord r, long sequence, String previousHash) {
    return new AuditRecord(
        sequence,
        r.time(),
        r.entry(),
        r.algorithm(),
        previousHash,
        AuditChain.hashOf(sequence, r.time(), r.entry(), r.algorithm(), previousHash));
  }

  @Test
  @DisplayName("audit: each record follows the head; the trail verifies; reads page by sequence")
  void appendAndRead() {
    assertThat(store().audit().head()).isEqualTo(ChainPosition.GENESIS);
    List<AuditRecord> appended = append(25);

    AuditRepository audit = store().audit();
    assertThat(audit.head()).isEqualTo(ChainPosition.of(appended.get(24)));
    assertThat(audit.read(1, 10)).containsExactlyElementsOf(appended.subList(0, 10));
    assertThat(audit.read(21, 1_000)).containsExactlyElementsOf(appended.subList(20, 25));
    assertThat(appended.get(1).previousHash()).isEqualTo(appended.get(0).hash());
    assertThat(verify(audit).intact()).isTrue();
    assertThat(verify(audit).checked()).isEqualTo(25);
    assertThat(audit.findBySubject("R-7", 10)).containsExactly(appended.get(6));
    assertThat(audit.findByActor("clerk-1", 5, 3))
        .containsExactly(appended.get(6), appended.get(9), appended.get(12));
    assertThatThrownBy(() -> audit.read(1, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> audit.read(1, AuditChain.PAGE + 1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  @DisplayName("audit: a record rolls back with the transaction that wrote it; the head stays")
  void rollsBackWithItsTransaction() {
    append(3);
    ChainPosition head = store().audit().head();
    assertThatThrownBy(
            () ->
                store()
                    .inTransaction(
                        tx -> {
                          tx.audit().append(link("clerk", "R-9", Clock.systemUTC()));
                          throw new IllegalStateException("the decision failed");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store().audit().head()).isEqualTo(head);
    assertThat(store().audit().read(4, 10)).isEmpty();
    assertThat(store().audit().append(link("clerk", "R-9", Clock.systemUTC())).sequence())
        .isEqualTo(4);
  }

  @Test
  @DisplayName("audit: pruning removes the oldest records and anchors the rest, which still verify")
  void pruning() {
    List<AuditRecord> appended = append(12);
    AuditRepository audit = store().audit();
    assertThat(audit.lastSequenceBefore(START.plusSeconds(5))).isEqualTo(5);
    assertThat(audit.lastSequenceBefore(START)).isZero();
    assertThat(audit.lastSequenceBefore(START.plus(Duration.ofDays(1)))).isEqualTo(12);

    assertThat(audit.prune(5)).isEqualTo(5);

    assertThat(audit.anchor()).isEqualTo(ChainPosition.of(appended.get(4)));
    assertThat(audit.read(1, 100)).containsExactlyElementsOf(appended.subList(5, 12));
    assertThat(verify(audit).intact()).isTrue();
    assertThat(audit.prune(3)).isZero();
    assertThat(audit.lastSequenceBefore(START)).isEqualTo(5);
    assertThatThrownBy(() -> audit.prune(13)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  @DisplayName("audit: 2 instances × 8 threads appending at once make one unbroken chain")
  void concurrentWritersNeverFork() throws Exception {
    GovernanceStore[] instances = {store(), anotherInstance()};
    int perWriter = 20;
    GovernanceStoreContract.runTogether(
        16,
        writer ->
            () -> {
              GovernanceStore instance = instances[writer % 2];
              for (int i = 0; i < perWriter; i++) {
                instance
                    .audit()
                    .append(link("w" + writer, "R-" + writer + "-" + i, Clock.systemUTC()));
              }
              return null;
            });

    AuditRepository audit = store().audit();
    assertThat(audit.head().sequence()).isEqualTo(16L * perWriter);
    ChainVerification result = verify(audit);
    assertThat(result.intact()).as(result.toString()).isTrue();
    assertThat(result.checked()).isEqualTo(16L * perWriter);
    Set<String> subjects = new HashSet<>();
    for (long from = 1; from <= audit.head().sequence(); from += AuditChain.PAGE) {
      audit.read(from, AuditChain.PAGE).forEach(r -> subjects.add(r.subject()));
    }
    assertThat(subjects).hasSize(16 * perWriter);
  }

  @Test
  @DisplayName("tampering: a field edited in any record is caught at that record")
  void everyEditCaught() {
    AuditTampering tampering = requireTampering();
    List<AuditRecord> appended = append(6);
    for (AuditRecord original : appended) {
      AuditEntry forged =
          new AuditEntry(
              "intruder", original.action(), original.subject(), original.entry().payloadDigest());
      tampering.overwrite(
          new AuditRecord(
              original.sequence(),
              original.time(),
              forged,
              original.algorithm(),
              original.previousHash(),
              original.hash()));
      assertThat(problemOf(store().audit()))
          .extracting(ChainProblem::sequence, ChainProblem::kind)
          .containsExactly(original.sequence(), Kind.CHANGED);
      tampering.overwrite(original);
      assertThat(verify(store().audit()).intact()).isTrue();
    }
  }

  @Test
  @DisplayName(
      "tampering: an edit with its hash recomputed is caught at the next record or the head")
  void rehashedEditCaught() {
    AuditTampering tampering = requireTampering();
    List<AuditRecord> appended = append(6);
    AuditRecord third = appended.get(2);
    AuditEntry forged =
        new AuditEntry("intruder", third.action(), third.subject(), third.entry().payloadDigest());
    AuditRecord swapped =
        new AuditRecord(
            3, third.time(), forged, third.algorithm(), third.previousHash(), third.hash());
    tampering.overwrite(rehashed(swapped, 3, third.previousHash()));
    assertThat(problemOf(store().audit()))
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(4L, Kind.UNLINKED);

    tampering.overwrite(third);
    AuditRecord last = appended.get(5);
    AuditRecord lastForged =
        new AuditRecord(6, last.time(), forged, last.algorithm(), last.previousHash(), last.hash());
    tampering.overwrite(rehashed(lastForged, 6, last.previousHash()));
    assertThat(problemOf(store().audit()).kind()).isEqualTo(Kind.TRUNCATED);
  }

  @Test
  @DisplayName("tampering: removing any one record is caught; a cut tail is caught by the head")
  void everyRemovalCaught() {
    AuditTampering tampering = requireTampering();
    List<AuditRecord> appended = append(6);
    for (AuditRecord original : appended) {
      tampering.delete(original.sequence());
      ChainProblem problem = problemOf(store().audit());
      assertThat(problem.sequence()).isEqualTo(original.sequence());
      assertThat(problem.kind())
          .isEqualTo(original.sequence() == 6 ? Kind.TRUNCATED : Kind.MISSING);
      tampering.insert(original);
    }
    assertThat(verify(store().audit()).intact()).isTrue();
  }

  @Test
  @DisplayName("tampering: a record inserted anywhere, or appended past the head, is caught")
  void everyInsertionCaught() {
    AuditTampering tampering = requireTampering();
    List<AuditRecord> appended = append(5);
    AuditRecord fake = rehashed(appended.get(4), 6, appended.get(4).hash());
    tampering.insert(fake);
    assertThat(problemOf(store().audit()))
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(6L, Kind.UNLINKED);
    tampering.delete(6);

    for (int at = 1; at <= 5; at++) {
      // shift records at..5 up by one and put a forged record, properly linked, at 'at'
      for (long s = 5; s >= at; s--) {
        tampering.delete(s);
      }
      for (long s = at; s <= 5; s++) {
        AuditRecord r = appended.get((int) s - 1);
        tampering.insert(
            new AuditRecord(s + 1, r.time(), r.entry(), r.algorithm(), r.previousHash(), r.hash()));
      }
      String before = at == 1 ? HashAlgorithm.GENESIS : appended.get(at - 2).hash();
      tampering.insert(forgedAt(appended.get(at - 1), at, before));
      ChainProblem problem = problemOf(store().audit());
      assertThat(problem.sequence()).isEqualTo(at + 1L);
      assertThat(problem.kind()).isIn(Kind.CHANGED, Kind.UNLINKED);
      for (long s = 1; s <= 6; s++) {
        tampering.delete(s);
      }
      appended.forEach(tampering::insert);
    }
    assertThat(verify(store().audit()).intact()).isTrue();
  }

  private static AuditRecord forgedAt(AuditRecord model, long sequence, String previousHash) {
    AuditEntry forged =
        new AuditEntry("intruder", model.action(), "forged", model.entry().payloadDigest());
    AuditRecord r =
        new AuditRecord(
            sequence, model.time(), forged, model.algorithm(), previousHash, model.hash());
    return rehashed(r, sequence, previousHash);
  }

  @Test
  @DisplayName("tampering: two neighbouring records swapped, renumbered or rehashed, are caught")
  void everyReorderCaught() {
    AuditTampering tampering = requireTampering();
    List<AuditRecord> appended = append(6);
    for (int at = 1; at < 6; at++) {
      AuditRecord first = appended.get(at - 1);
      AuditRecord second = appended.get(at);
      // plain swap of the contents under the two numbers
      tampering.overwrite(
          new AuditRecord(
              at,
              second.time(),
              second.entry(),
              second.algorithm(),
              second.previousHash(),
              second.hash()));
      tampering.overwrite(
          new AuditRecord(
              at + 1,
              first.time(),
              first.entry(),
              first.algorithm(),
              first.previousHash(),
              first.hash()));
      assertThat(problemOf(store().audit()).sequence()).isEqualTo(at);
      // swap with the hashes recomputed to fit the new places
      AuditRecord movedUp = rehashed(second, at, first.previousHash());
      tampering.overwrite(movedUp);
      tampering.overwrite(rehashed(first, at + 1, movedUp.hash()));
      ChainProblem problem = problemOf(store().audit());
      assertThat(problem.kind()).isIn(Kind.UNLINKED, Kind.TRUNCATED);
      tampering.overwrite(first);
      tampering.overwrite(second);
    }
    assertThat(verify(store().audit()).intact()).isTrue();
  }

  @Test
  @DisplayName("tampering: a cut tail with the head moved back verifies — the documented limit")
  void truncationNeedsACheckpoint() {
    AuditTampering tampering = requireTampering();
    List<AuditRecord> appended = append(6);
    ChainPosition checkpoint = store().audit().head();
    tampering.delete(6);
    tampering.moveHead(5, appended.get(4).hash());

    assertThat(verify(store().audit()).intact()).isTrue();
    AuditRepository audit = store().audit();
    ChainVerification against =
        AuditChain.verify(audit::read, audit.anchor(), Long.MAX_VALUE, checkpoint, false);
    assertThat(against.firstProblem().orElseThrow().kind()).isEqualTo(Kind.TRUNCATED);
  }
}
