package io.github.jiceng.governance.scope;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.util.List;

/**
 * Who is asking: an actor id and the data scopes of the actor's roles, combined by union. Desks
 * bound to a caller read and write only what its {@link Reach} covers, and record the actor in the
 * audit trail.
 *
 * <p>Obtain one through {@code governance.as(actorId)}, which reads the actor's {@link ScopeGrant}s
 * from the store, or use {@link #SYSTEM} for trusted work without a user (start-up, migrations,
 * batch jobs): it sees everything, and its work is audited as {@value #SYSTEM_ID}.
 *
 * @param actorId the actor's id (a user id of the application; never a name or an identity number)
 * @param scopes the scopes granted to the actor, one per role
 */
public record Caller(String actorId, List<DataScope> scopes) {
  /** The system actor's id, reserved: no grant can be made to it. */
  public static final String SYSTEM_ID = "system";

  /** The longest actor id. */
  public static final int MAX_ACTOR_ID = 64;

  /**
   * The system actor: every record, for trusted code acting for no user. Its work is audited under
   * {@value #SYSTEM_ID}.
   */
  public static final Caller SYSTEM = new Caller(SYSTEM_ID, List.of(DataScope.all()));

  /**
   * Checks the fields.
   *
   * @throws InvalidInputException if the id is missing, blank, too long or holds personal data, or
   *     a scope is null
   */
  public Caller {
    actorId = actorId(actorId, "Caller", "actorId");
    scopes = List.copyOf(Checks.listOf(scopes, "Caller", "scopes"));
  }

  /** Whether this is the {@link #SYSTEM} actor. */
  public boolean isSystem() {
    return SYSTEM_ID.equals(actorId) && scopes.equals(SYSTEM.scopes());
  }

  /** {@code id} as an actor id: required, not blank, at most 64 characters, no personal data. */
  public static String actorId(String id, String subject, String field) {
    String checked = Checks.key(id, subject, field);
    if (checked.isBlank()) {
      throw InvalidInputException.of(subject, field, "must not be blank");
    }
    if (checked.length() > MAX_ACTOR_ID) {
      throw InvalidInputException.of(
          subject, field, "must be at most " + MAX_ACTOR_ID + " characters");
    }
    return checked;
  }

  @Override
  public String toString() {
    return "Caller[" + actorId + " " + scopes + "]";
  }
}
