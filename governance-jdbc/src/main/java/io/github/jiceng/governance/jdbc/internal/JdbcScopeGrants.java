package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.scope.ScopeGrant;
import io.github.jiceng.governance.spi.ScopeGrantRepository;
import java.util.List;

/** The JDBC repository of data-scope grants: each call runs its SQL through {@link Calls}. */
public final class JdbcScopeGrants implements ScopeGrantRepository {
  private final Calls calls;

  public JdbcScopeGrants(Calls calls) {
    this.calls = calls;
  }

  @Override
  public ScopeGrant insert(ScopeGrant grant) {
    return calls.call(
        "insert scope grant " + grant.actorId() + "/" + grant.role(),
        s -> ScopeTable.insert(s, grant));
  }

  @Override
  public boolean delete(String actorId, String role) {
    return calls.call(
        "delete scope grant " + actorId + "/" + role, s -> ScopeTable.delete(s, actorId, role));
  }

  @Override
  public List<ScopeGrant> findByActor(String actorId) {
    return calls.call("find scope grants", s -> ScopeTable.findByActor(s, actorId));
  }
}
