package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.nio.charset.StandardCharsets;

/**
 * What happened, before it is placed in the chain: who did what to which record, and the digest of
 * the details. The details themselves are not kept — only their hash — so the trail holds no
 * personal data, yet proves what the details were to anyone who has them.
 *
 * @param actor who acted (an actor id; never a name or an identity number)
 * @param action what they did
 * @param subject the id of the record acted on (a request id, a resident id, an actor id)
 * @param payloadDigest the hash of the details, 64 lower-case hex digits
 */
public record AuditEntry(String actor, AuditAction action, String subject, String payloadDigest) {
  /** The longest actor id. */
  public static final int MAX_ACTOR = 64;

  /** The longest subject id. */
  public static final int MAX_SUBJECT = 200;

  private static final String SUBJECT = "AuditEntry";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is missing, too long, holds an identity or
   *     phone number, or (the digest) is not 64 hex digits
   */
  public AuditEntry {
    actor = id(actor, "actor", MAX_ACTOR);
    Checks.required(action, SUBJECT, "action");
    subject = id(subject, "subject", MAX_SUBJECT);
    payloadDigest = AuditRecord.hexHash(payloadDigest, SUBJECT, "payloadDigest");
  }

  /**
   * An entry whose payload digest is the {@code algorithm} hash of {@code payload} (UTF-8). Build
   * the payload from ids, codes and outcomes — it is hashed, not stored, but a payload of personal
   * data would let anyone holding a guess confirm it.
   */
  public static AuditEntry of(
      String actor, AuditAction action, String subject, String payload, HashAlgorithm algorithm) {
    Checks.required(payload, SUBJECT, "payload");
    Checks.required(algorithm, SUBJECT, "algorithm");
    return new AuditEntry(
        actor, action, subject, algorithm.hex(payload.getBytes(StandardCharsets.UTF_8)));
  }

  private static String id(String value, String field, int max) {
    String checked = Checks.key(value, SUBJECT, field);
    if (checked.isBlank()) {
      throw InvalidInputException.of(SUBJECT, field, "must not be blank");
    }
    if (checked.length() > max) {
      throw InvalidInputException.of(SUBJECT, field, "must be at most " + max + " characters");
    }
    return checked;
  }
}
