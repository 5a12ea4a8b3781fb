package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.Caller;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.scope.ScopeGrant;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.util.List;
import java.util.Optional;

/**
 * The data-scope desk (数据权限): grants actors the scopes of their roles and revokes them. A caller
 * can grant or revoke only a scope its own reach covers — a street clerk cannot hand out the
 * district, however the request is phrased — and every grant and revocation is recorded in the
 * audit trail in the same transaction. Obtain it from {@code Governance.scopes()}. Thread-safe.
 */
public final class ScopeDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** A desk over {@code setup}'s store, clock and caller. */
  public ScopeDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Grants {@code actorId} the scope {@code scope} for its role {@code role}, as the caller.
   *
   * @return the stored grant
   * @throws AccessDeniedException if the caller's reach does not cover {@code scope}
   * @throws io.github.jiceng.governance.base.InvalidInputException if an argument is invalid, or
   *     the grantee is the system actor
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the actor already holds a
   *     grant for that role (revoke it first)
   */
  public ScopeGrant grant(String actorId, String role, DataScope scope) {
    required(scope, "scope");
    return store.inTransaction(
        tx -> {
          Caller granter = setup.caller();
          ScopeGrant grant =
              new ScopeGrant(actorId, role, scope, granter.actorId(), setup.clock().instant());
          Reach reach = setup.reach(tx);
          DeskSetup.require(
              reach, reach.coversScope(scope), "grant " + scope + " to " + grant.actorId());
          ScopeGrant stored = tx.scopeGrants().insert(grant);
          setup.audit(
              tx, AuditAction.SCOPE_GRANT, grant.actorId(), "role " + grant.role() + " " + scope);
          return stored;
        });
  }

  /**
   * Revokes {@code actorId}'s grant for {@code role}, as the caller.
   *
   * @return whether there was one
   * @throws AccessDeniedException if the caller's reach does not cover the granted scope
   */
  public boolean revoke(String actorId, String role) {
    String actor = Caller.actorId(actorId, "ScopeDesk.revoke", "actorId");
    required(role, "role");
    return store.inTransaction(
        tx -> {
          Optional<ScopeGrant> grant =
              tx.scopeGrants().findByActor(actor).stream()
                  .filter(g -> g.role().equals(role))
                  .findFirst();
          if (grant.isEmpty()) {
            return false;
          }
          Reach reach = setup.reach(tx);
          DeskSetup.require(
              reach,
              reach.coversScope(grant.get().scope()),
              "revoke " + grant.get().scope() + " from " + actor);
          tx.scopeGrants().delete(actor, role);
          setup.audit(
              tx, AuditAction.SCOPE_REVOCATION, actor, "role " + role + " " + grant.get().scope());
          return true;
        });
  }

  /**
   * The grants {@code actorId} holds that the caller could have made (its reach covers them), by
   * role; the caller always sees its own.
   */
  public List<ScopeGrant> grantsOf(String actorId) {
    String actor = Caller.actorId(actorId, "ScopeDesk.grantsOf", "actorId");
    Caller caller = setup.caller();
    Reach reach = setup.reach(store);
    return store.scopeGrants().findByActor(actor).stream()
        .filter(g -> actor.equals(caller.actorId()) || reach.coversScope(g.scope()))
        .toList();
  }

  @Override
  public String toString() {
    return "ScopeDesk[" + setup + "]";
  }
}
