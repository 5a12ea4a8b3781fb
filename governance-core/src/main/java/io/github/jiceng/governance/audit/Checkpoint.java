package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The chain's head at a moment, to be kept outside the database (a file on another machine, a
 * second system, a trusted timestamp): the one thing that detects records cut off the end of the
 * trail, which a hash chain alone cannot. Its text form, {@link #toText()}, is one line:
 *
 * <pre>governance-audit-checkpoint 1 sequence=1042 hash=9f…c1 time=2026-12-01T05:00:00Z</pre>
 *
 * @param sequence the sequence number of the head record (0 for an empty trail)
 * @param hash its hash
 * @param time when the checkpoint was taken
 */
public record Checkpoint(long sequence, String hash, Instant time) {
  private static final String PREFIX = "governance-audit-checkpoint 1 ";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if one is missing or malformed
   */
  public Checkpoint {
    new ChainPosition(sequence, hash); // the same checks
    Checks.required(time, "Checkpoint", "time");
  }

  /** The position the checkpoint records. */
  public ChainPosition position() {
    return new ChainPosition(sequence, hash);
  }

  /** The checkpoint as one line of text, for export. */
  public String toText() {
    return PREFIX + "sequence=" + sequence + " hash=" + hash + " time=" + time;
  }

  /**
   * The checkpoint {@code text} (as {@link #toText()} writes it) describes.
   *
   * @throws InvalidInputException if the text is not a checkpoint
   */
  public static Checkpoint parse(String text) {
    Checks.required(text, "Checkpoint", "text");
    java.util.List<String> parts =
        com.google.common.base.Splitter.on(' ').splitToList(text.strip());
    if (!text.strip().startsWith(PREFIX) || parts.size() != 5) {
      throw InvalidInputException.of("Checkpoint", "text", "is not a checkpoint line");
    }
    try {
      return new Checkpoint(
          Long.parseLong(value(parts.get(2), "sequence=")),
          value(parts.get(3), "hash="),
          Instant.parse(value(parts.get(4), "time=")));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw InvalidInputException.of("Checkpoint", "text", "has a malformed sequence or time");
    }
  }

  private static String value(String part, String name) {
    if (!part.startsWith(name)) {
      throw InvalidInputException.of("Checkpoint", "text", "lacks " + name);
    }
    return part.substring(name.length());
  }
}
