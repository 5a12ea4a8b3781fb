package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.audit.ChainProblem.Kind;
import io.github.jiceng.governance.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the audit chain is hashed and checked — the one place that knows it.
 *
 * <p>A record's hash is {@code H(fields)}, where the fields, in order, are a format tag, the
 * sequence number, the time in epoch milliseconds, the actor, the action, the subject, the payload
 * digest, the algorithm's name and the previous record's hash; each is written as its UTF-8 bytes
 * preceded by their count (4 bytes, big-endian), so that no two different records give the same
 * bytes. This is the chain {@code entryHash = H(prev ‖ payloadHash ‖ time ‖ seq)} of the
 * tamper-evident-log literature, extended to every field a reader relies on.
 */
public final class AuditChain {
  /** Records read from the store at a time while verifying: memory stays bounded. */
  public static final int PAGE = 1_000;

  private static final String FORMAT = "governance-audit-record 1";

  private AuditChain() {}

  /** Reads records with sequence numbers from {@code fromSequence} on, ascending, at most limit. */
  @FunctionalInterface
  public interface RecordSource {
    /** At most {@code limit} records from {@code fromSequence} on, by sequence number. */
    List<AuditRecord> read(long fromSequence, int limit);
  }

  /**
   * {@code limit}, if it is a page size a store serves (1 to {@value PAGE}): what every store
   * checks before it reads records.
   *
   * @throws io.github.jiceng.governance.base.InvalidInputException otherwise
   */
  public static int pageSize(int limit) {
    if (limit < 1 || limit > PAGE) {
      throw io.github.jiceng.governance.base.InvalidInputException.of(
          "AuditRepository call", "limit", "must be 1 to " + PAGE);
    }
    return limit;
  }

  /** The hash a record with these fields must have. */
  public static String hashOf(
      long sequence, Instant time, AuditEntry entry, HashAlgorithm algorithm, String previousHash) {
    Checks.required(time, "AuditChain.hashOf", "time");
    Checks.required(entry, "AuditChain.hashOf", "entry");
    Checks.required(algorithm, "AuditChain.hashOf", "algorithm");
    Checks.required(previousHash, "AuditChain.hashOf", "previousHash");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    field(bytes, FORMAT);
    field(bytes, Long.toString(sequence));
    field(bytes, Long.toString(time.toEpochMilli()));
    field(bytes, entry.actor());
    field(bytes, entry.action().name());
    field(bytes, entry.subject());
    field(bytes, entry.payloadDigest());
    field(bytes, algorithm.id());
    field(bytes, previousHash);
    return algorithm.hex(bytes.toByteArray());
  }

  /** Whether {@code record}'s hash is the hash of its fields. */
  public static boolean hashMatches(AuditRecord record) {
    Checks.required(record, "AuditChain.hashMatches", "record");
    return record
        .hash()
        .equals(
            hashOf(
                record.sequence(),
                record.time(),
                record.entry(),
                record.algorithm(),
                record.previousHash()));
  }

  /**
   * Walks the records from {@code before.sequence() + 1} to {@code to}, in pages of {@value PAGE},
   * and reports the first one that was changed, removed, inserted or moved.
   *
   * @param source where to read records
   * @param before the position just before the first record to check: the record before it, or the
   *     trail's anchor (genesis, or the last record pruned)
   * @param to the last sequence number to check (checking stops at the end of the trail if sooner)
   * @param expectedEnd where the trail is known to reach — the head the store keeps, or a
   *     checkpoint kept elsewhere — or null; if given, the trail must reach it and agree with it
   *     there, and must not go past it when it is the head
   * @param endIsHead whether {@code expectedEnd} is the store's head (records past it are then
   *     records nobody appended through the library)
   */
  public static ChainVerification verify(
      RecordSource source,
      ChainPosition before,
      long to,
      @Nullable ChainPosition expectedEnd,
      boolean endIsHead) {
    Checks.required(source, "AuditChain.verify", "source");
    Checks.required(before, "AuditChain.verify", "before");
    Walk walk = new Walk(before, to, expectedEnd);
    ChainProblem problem = walk.run(source);
    if (problem == null && expectedEnd != null) {
      problem = walk.compareEnd(expectedEnd, endIsHead);
    }
    return new ChainVerification(before.sequence() + 1, walk.expected - 1, walk.checked, problem);
  }

  /** The state of one walk along the chain. */
  private static final class Walk {
    private final long first;
    private final long to;
    private final @Nullable ChainPosition end;
    private long expected;
    private String previousHash;
    private long checked;
    private @Nullable String hashAtEnd;

    Walk(ChainPosition before, long to, @Nullable ChainPosition end) {
      this.first = before.sequence() + 1;
      this.to = to;
      this.end = end;
      this.expected = first;
      this.previousHash = before.hash();
      if (end != null && end.sequence() == before.sequence()) {
        hashAtEnd = before.hash();
      }
    }

    @Nullable ChainProblem run(RecordSource source) {
      while (expected <= to) {
        List<AuditRecord> page;
        try {
          page = source.read(expected, PAGE);
        } catch (UnreadableRecordException e) {
          return new ChainProblem(
              e.sequence(),
              Kind.CHANGED,
              "record " + e.sequence() + " cannot be read: its stored fields were edited");
        }
        for (AuditRecord record : page) {
          if (record.sequence() > to) {
            return null;
          }
          ChainProblem problem = check(record);
          if (problem != null) {
            return problem;
          }
        }
        if (page.size() < PAGE) {
          return null;
        }
      }
      return null;
    }

    private @Nullable ChainProblem check(AuditRecord record) {
      long sequence = record.sequence();
      if (sequence != expected) {
        return new ChainProblem(
            expected,
            Kind.MISSING,
            "records " + expected + "–" + (sequence - 1) + " are missing: the next is " + sequence);
      }
      if (!hashMatches(record)) {
        return new ChainProblem(
            sequence,
            Kind.CHANGED,
            "record " + sequence + " does not match its hash: it was edited");
      }
      if (!record.previousHash().equals(previousHash)) {
        return new ChainProblem(
            sequence,
            Kind.UNLINKED,
            "record "
                + sequence
                + " does not follow record "
                + (sequence - 1)
                + ": a record was inserted, replaced or moved here");
      }
      if (end != null && sequence == end.sequence()) {
        hashAtEnd = record.hash();
      }
      previousHash = record.hash();
      expected++;
      checked++;
      return null;
    }

    /** Compares the walked stretch with where the trail is known to end. */
    @Nullable ChainProblem compareEnd(ChainPosition known, boolean isHead) {
      if (known.sequence() < first - 1 || known.sequence() > to) {
        return null; // the known end lies outside the stretch checked: nothing to compare
      }
      String what = isHead ? "the head" : "the checkpoint";
      long last = expected - 1;
      if (last < known.sequence()) {
        return new ChainProblem(
            known.sequence(),
            Kind.TRUNCATED,
            "the trail ends at " + last + " but " + what + " says it reaches " + known.sequence());
      }
      if (!known.hash().equals(hashAtEnd)) {
        return new ChainProblem(
            known.sequence(),
            Kind.TRUNCATED,
            "record "
                + known.sequence()
                + " differs from "
                + what
                + ": the trail was cut and rewritten from there or before");
      }
      if (isHead && last > known.sequence()) {
        return new ChainProblem(
            known.sequence() + 1,
            Kind.UNLINKED,
            "record "
                + (known.sequence() + 1)
                + " lies past the head: it was not appended through the library");
      }
      return null;
    }
  }

  private static void field(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.write(bytes, 0, n);
  }
}
