package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.base.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash function of an audit chain. Both give 32-byte hashes, written as 64 lower-case hex
 * digits.
 */
public enum HashAlgorithm {
  /** SHA-256 (FIPS 180-4), from the JDK. The default. */
  SHA_256("SHA-256"),
  /**
   * SM3, the national hash algorithm (GB/T 32905-2016), for users who must use it. It comes from
   * Bouncy Castle ({@code org.bouncycastle:bcprov-jdk18on}), an optional dependency: add it to use
   * SM3.
   */
  SM3("SM3");

  /** The hash of "nothing before": the previous hash of the first record ever appended. */
  public static final String GENESIS = "0".repeat(64);

  private final String id;

  HashAlgorithm(String id) {
    this.id = id;
  }

  /** The name stored with each record: {@code SHA-256} or {@code SM3}. */
  public String id() {
    return id;
  }

  /**
   * The algorithm named {@code id}.
   *
   * @throws InvalidInputException if no algorithm has that name
   */
  public static HashAlgorithm ofId(String id) {
    for (HashAlgorithm algorithm : values()) {
      if (algorithm.id.equals(id)) {
        return algorithm;
      }
    }
    throw InvalidInputException.of("HashAlgorithm", "id", "is not SHA-256 or SM3");
  }

  /**
   * The hash of {@code bytes}.
   *
   * @throws AuditException if SM3 is chosen and Bouncy Castle is not on the class path
   */
  public byte[] hash(byte[] bytes) {
    return switch (this) {
      case SHA_256 -> sha256(bytes);
      case SM3 -> Sm3.hash(bytes);
    };
  }

  /** The hash of {@code bytes} as 64 lower-case hex digits. */
  public String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(hash(bytes));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AuditException("this JDK has no SHA-256, which every Java platform must have", e);
    }
  }

  /** Loaded only when SM3 is used, so that Bouncy Castle is needed only then. */
  private static final class Sm3 {
    static byte[] hash(byte[] bytes) {
      try {
        org.bouncycastle.crypto.digests.SM3Digest digest =
            new org.bouncycastle.crypto.digests.SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
      } catch (NoClassDefFoundError e) {
        throw new AuditException(
            "the SM3 hash needs Bouncy Castle: add org.bouncycastle:bcprov-jdk18on to the"
                + " application's dependencies",
            e);
      }
    }
  }
}
