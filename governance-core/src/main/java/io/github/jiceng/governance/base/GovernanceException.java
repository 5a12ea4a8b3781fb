package io.github.jiceng.governance.base;

/**
 * Base of every exception the library throws on purpose. Catching it catches every failure the
 * library reports; its subtypes say what kind of failure it is.
 *
 * <p>Messages never contain personal data (identity numbers, phone numbers, addresses) unmasked.
 */
public abstract class GovernanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected GovernanceException(String message) {
    super(message);
  }

  protected GovernanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
