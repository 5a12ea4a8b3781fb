package io.github.jiceng.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.audit.ChainProblem.Kind;
import io.github.jiceng.governance.base.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditChainTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T02:00:00.123456Z"), ZoneOffset.UTC);

  /** A trail of {@code n} records in a map, as a store would keep them. */
  private static TreeMap<Long, AuditRecord> trail(int n, HashAlgorithm algorithm) {
    TreeMap<Long, AuditRecord> records = new TreeMap<>();
    ChainPosition head = ChainPosition.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEntry entry =
          AuditEntry.of(
              "clerk-" + (i % 3), AuditAction.ACCESS_DECISION, "R-" + i, "d" + i, algorithm);
      AuditRecord record = AuditLink.of(entry, CLOCK, algorithm).after(head);
      records.put(record.sequence(), record);
      head = ChainPosition.of(record);
    }
    return records;
  }

  private static AuditChain.RecordSource source(TreeMap<Long, AuditRecord> records) {
    return (from, limit) -> {
      List<AuditRecord> page = new ArrayList<>();
      for (AuditRecord r : records.tailMap(from, true).values()) {
        if (page.size() == limit) {
          break;
        }
        page.add(r);
      }
      return page;
    };
  }

  private static ChainVerification verify(TreeMap<Long, AuditRecord> records, ChainPosition head) {
    return AuditChain.verify(source(records), ChainPosition.GENESIS, Long.MAX_VALUE, head, true);
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

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  @DisplayName("records link to the one before: the chain verifies, times are whole milliseconds")
  void intact(HashAlgorithm algorithm) {
    var records = trail(2_500, algorithm); // more than two pages
    ChainPosition head = ChainPosition.of(records.lastEntry().getValue());

    ChainVerification result = verify(records, head);

    assertThat(result.intact()).as(result.toString()).isTrue();
    assertThat(result.checked()).isEqualTo(2_500);
    assertThat(records.get(1L).previousHash()).isEqualTo(HashAlgorithm.GENESIS);
    assertThat(records.get(2L).previousHash()).isEqualTo(records.get(1L).hash());
    assertThat(records.get(1L).time()).isEqualTo(Instant.parse("2026-12-01T02:00:00.123Z"));
  }

  @Test
  @DisplayName("SHA-256 and SM3 hash the same record differently; SM3 is GB/T 32905's test vector")
  void algorithms() {
    // GB/T 32905-2016, appendix A.1: SM3("abc")
    assertThat(HashAlgorithm.SM3.hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    assertThat(trail(1, HashAlgorithm.SM3).get(1L).hash())
        .isNotEqualTo(trail(1, HashAlgorithm.SHA_256).get(1L).hash());
  }

  @Test
  @DisplayName("an edited field is caught at that record")
  void edited() {
    var records = trail(10, HashAlgorithm.SHA_256);
    ChainPosition head = ChainPosition.of(records.lastEntry().getValue());
    AuditRecord r = records.get(4L);
    AuditEntry forged =
        new AuditEntry("someone-else", r.action(), r.subject(), r.entry().payloadDigest());
    records.put(
        4L, new AuditRecord(4, r.time(), forged, r.algorithm(), r.previousHash(), r.hash()));

    assertThat(verify(records, head).problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(4L, Kind.CHANGED);
  }

  @Test
  @DisplayName("an edited record whose hash was recomputed is caught at the next record")
  void editedAndRehashed() {
    var records = trail(10, HashAlgorithm.SHA_256);
    ChainPosition head = ChainPosition.of(records.lastEntry().getValue());
    AuditRecord r = records.get(4L);
    AuditEntry forged = new AuditEntry("x", r.action(), r.subject(), r.entry().payloadDigest());
    AuditRecord swapped =
        new AuditRecord(4, r.time(), forged, r.algorithm(), r.previousHash(), "0".repeat(64));
    records.put(4L, rehashed(swapped, 4, r.previousHash()));

    assertThat(verify(records, head).problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(5L, Kind.UNLINKED);
  }

  @Test
  @DisplayName("a removed record is caught where the numbers jump; a removed tail against the head")
  void removed() {
    var records = trail(10, HashAlgorithm.SHA_256);
    ChainPosition head = ChainPosition.of(records.lastEntry().getValue());
    records.remove(6L);
    assertThat(verify(records, head).problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(6L, Kind.MISSING);

    var cut = trail(10, HashAlgorithm.SHA_256);
    cut.remove(10L);
    cut.remove(9L);
    assertThat(verify(cut, head).problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(10L, Kind.TRUNCATED);
  }

  @Test
  @DisplayName("a record inserted (the rest renumbered) or two records swapped are caught")
  void insertedAndReordered() {
    var records = trail(10, HashAlgorithm.SHA_256);
    ChainPosition head = ChainPosition.of(records.lastEntry().getValue());
    for (long s = 10; s >= 5; s--) {
      AuditRecord r = records.remove(s);
      records.put(
          s + 1,
          new AuditRecord(s + 1, r.time(), r.entry(), r.algorithm(), r.previousHash(), r.hash()));
    }
    AuditRecord fake = trail(5, HashAlgorithm.SHA_256).get(5L);
    records.put(5L, rehashed(fake, 5, records.get(4L).hash()));
    assertThat(verify(records, head).problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(6L, Kind.CHANGED);

    var swapped = trail(10, HashAlgorithm.SHA_256);
    AuditRecord three = swapped.get(3L);
    AuditRecord four = swapped.get(4L);
    swapped.put(3L, rehashed(four, 3, three.previousHash()));
    swapped.put(4L, rehashed(three, 4, swapped.get(3L).hash()));
    assertThat(verify(swapped, head).problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(5L, Kind.UNLINKED);
  }

  @Test
  @DisplayName("a cut-off tail with the head moved back is caught only against a checkpoint")
  void truncatedAgainstCheckpoint() {
    var records = trail(10, HashAlgorithm.SHA_256);
    Checkpoint kept =
        new Checkpoint(10, records.get(10L).hash(), Instant.parse("2026-12-01T03:00:00Z"));
    records.remove(10L);
    ChainPosition movedHead = ChainPosition.of(records.get(9L));

    assertThat(verify(records, movedHead).intact()).isTrue();
    ChainVerification against =
        AuditChain.verify(
            source(records), ChainPosition.GENESIS, Long.MAX_VALUE, kept.position(), false);
    assertThat(against.problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(10L, Kind.TRUNCATED);
    assertThat(Checkpoint.parse(kept.toText())).isEqualTo(kept);
  }

  @Test
  @DisplayName("a record appended past the head, outside the library, is caught")
  void pastTheHead() {
    var records = trail(10, HashAlgorithm.SHA_256);
    ChainPosition head = ChainPosition.of(records.get(9L));
    assertThat(verify(records, head).problem())
        .extracting(ChainProblem::sequence, ChainProblem::kind)
        .containsExactly(10L, Kind.UNLINKED);
  }

  @Test
  @DisplayName("a record that cannot be read is reported as changed")
  void unreadable() {
    AuditChain.RecordSource broken =
        (from, limit) -> {
          throw new UnreadableRecordException(from);
        };
    ChainVerification result =
        AuditChain.verify(broken, ChainPosition.GENESIS, Long.MAX_VALUE, null, true);
    assertThat(result.problem().kind()).isEqualTo(Kind.CHANGED);
  }

  @Test
  @DisplayName("bad input is refused naming the field; an identity number is no actor id")
  void badInput() {
    assertThatThrownBy(
            () ->
                AuditEntry.of(
                    "11010519491231002X",
                    AuditAction.CLEAR_VIEW,
                    "P-1",
                    "x",
                    HashAlgorithm.SHA_256))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("actor")
        .hasMessageNotContaining("11010519491231002X");
    assertThatThrownBy(() -> new AuditEntry("a", AuditAction.IMPORT, "s", "not hex"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("payloadDigest");
    assertThatThrownBy(() -> AuditChain.pageSize(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Checkpoint.parse("checkpoint 12"))
        .isInstanceOf(InvalidInputException.class);
  }
}
