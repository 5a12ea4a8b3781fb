package io.github.jiceng.governance.audit;

import io.github.jiceng.governance.base.GovernanceException;

/** The audit trail cannot be written or checked as asked (a missing hash library, for example). */
public class AuditException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public AuditException(String message) {
    super(message);
  }

  /** An exception with {@code message}, caused by {@code cause}. */
  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
