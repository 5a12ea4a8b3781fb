package io.github.jiceng.governance.scope;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.time.Instant;

/**
 * A data scope granted to an actor for one of its roles (角色数据权限), as stored. An actor holds at most
 * one grant per role; its caller's scopes are those of all its grants.
 *
 * @param actorId who holds it (never {@value Caller#SYSTEM_ID})
 * @param role the role it belongs to, for example {@code 街道办事员} (at most {@value #MAX_ROLE}
 *     characters)
 * @param scope what it covers
 * @param grantedBy who granted it
 * @param grantedAt when, by the facade's clock
 */
public record ScopeGrant(
    String actorId, String role, DataScope scope, String grantedBy, Instant grantedAt) {
  /** The longest role name. */
  public static final int MAX_ROLE = 64;

  private static final String SUBJECT = "ScopeGrant";

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException naming the field that is missing or malformed, or if the grant is
   *     to the system actor
   */
  public ScopeGrant {
    actorId = Caller.actorId(actorId, SUBJECT, "actorId");
    if (Caller.SYSTEM_ID.equals(actorId)) {
      throw InvalidInputException.of(
          SUBJECT, "actorId", "is the system actor's, which is reserved");
    }
    role = Checks.key(role, SUBJECT, "role");
    if (role.isBlank() || role.length() > MAX_ROLE) {
      throw InvalidInputException.of(
          SUBJECT, "role", "must be 1 to " + MAX_ROLE + " characters, not blank");
    }
    Checks.required(scope, SUBJECT, "scope");
    grantedBy = Caller.actorId(grantedBy, SUBJECT, "grantedBy");
    Checks.required(grantedAt, SUBJECT, "grantedAt");
  }
}
