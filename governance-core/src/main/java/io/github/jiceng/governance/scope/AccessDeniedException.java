package io.github.jiceng.governance.scope;

import io.github.jiceng.governance.base.GovernanceException;

/**
 * The caller's data scope does not cover what it asked for (数据权限不足). The message names the actor,
 * its scopes and what was refused — a division, a grid or an action — never a record's personal
 * data.
 */
public class AccessDeniedException extends GovernanceException {
  private static final long serialVersionUID = 1L;
  private final String actorId;

  /** {@code actorId}, whose scopes are {@code scopes}, may not do {@code what}. */
  public AccessDeniedException(String actorId, String scopes, String what) {
    super("actor " + actorId + " (scopes " + scopes + ") may not " + what);
    this.actorId = actorId;
  }

  /** A facade or desk with no caller bound was asked for records. */
  public static AccessDeniedException noCaller(String what) {
    return new AccessDeniedException(
        "(none)",
        "none",
        what
            + ": no caller is bound — use governance.as(actorId) for a user, or"
            + " governance.asSystem() for trusted work without one");
  }

  /** The actor refused. */
  public String actorId() {
    return actorId;
  }
}
