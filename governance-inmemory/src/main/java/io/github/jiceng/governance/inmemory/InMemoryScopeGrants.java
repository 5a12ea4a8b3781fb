package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.scope.ScopeGrant;
import io.github.jiceng.governance.spi.ScopeGrantRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The in-memory repository of data-scope grants, over the store's tables (keyed by actor, then
 * role); writes go through {@link Writes}.
 */
final class InMemoryScopeGrants implements ScopeGrantRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryScopeGrants(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public ScopeGrant insert(ScopeGrant grant) {
    String key = key(grant.actorId(), grant.role());
    return view.write(
        undo -> {
          if (tables.grants.containsKey(key)) {
            throw new DuplicateKeyException(
                "actor " + grant.actorId() + " already holds a grant for role " + grant.role());
          }
          tables.grants.put(key, grant);
          undo.record(() -> tables.grants.remove(key));
          return grant;
        });
  }

  @Override
  public boolean delete(String actorId, String role) {
    String key = key(actorId, role);
    return view.write(
        undo -> {
          ScopeGrant removed = tables.grants.remove(key);
          if (removed == null) {
            return false;
          }
          undo.record(() -> tables.grants.put(key, removed));
          return true;
        });
  }

  @Override
  public List<ScopeGrant> findByActor(String actorId) {
    String from = actorId + "\u0000";
    return tables.read(
        () -> {
          List<ScopeGrant> found = new ArrayList<>();
          for (Map.Entry<String, ScopeGrant> e : tables.grants.tailMap(from, true).entrySet()) {
            if (!e.getKey().startsWith(from)) {
              break;
            }
            found.add(e.getValue());
          }
          return found;
        });
  }

  private static String key(String actorId, String role) {
    return actorId + "\u0000" + role;
  }
}
