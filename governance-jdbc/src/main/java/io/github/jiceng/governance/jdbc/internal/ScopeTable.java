package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.scope.ScopeGrant;
import io.github.jiceng.governance.scope.ScopeKind;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * SQL for data-scope grants: one row per (actor, role) and one row per code the scope names.
 * Duplicate grants are refused by the primary key and translated by {@link SqlErrors}.
 */
public final class ScopeTable {
  private ScopeTable() {}

  /** A code a scope names: D for a division, G for a grid. */
  private record Code(char kind, String code) {}

  public static ScopeGrant insert(Session s, ScopeGrant grant) throws SQLException {
    AuditTable.lockSharedWrites(s);
    s.update(
        "INSERT INTO ${prefix}scope_grant (actor_id, role, kind, granted_by, granted_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        grant.actorId(),
        grant.role(),
        grant.scope().kind().name(),
        grant.grantedBy(),
        grant.grantedAt().toEpochMilli());
    List<Code> codes = new ArrayList<>();
    grant.scope().divisions().forEach(d -> codes.add(new Code('D', d.value())));
    grant.scope().grids().forEach(g -> codes.add(new Code('G', g.value())));
    s.batch(
        "INSERT INTO ${prefix}scope_grant_code (actor_id, role, ord, code_kind, code)"
            + " VALUES (?, ?, ?, ?, ?)",
        indices(codes.size()),
        (st, i) -> {
          st.setString(1, grant.actorId());
          st.setString(2, grant.role());
          st.setInt(3, i);
          st.setString(4, String.valueOf(codes.get(i).kind()));
          st.setString(5, codes.get(i).code());
        });
    return grant;
  }

  public static boolean delete(Session s, String actorId, String role) throws SQLException {
    AuditTable.lockSharedWrites(s);
    // the codes first, so that the delete does not depend on the dialect honouring ON DELETE
    // CASCADE
    s.update(
        "DELETE FROM ${prefix}scope_grant_code WHERE actor_id = ? AND role = ?", actorId, role);
    return s.update(
            "DELETE FROM ${prefix}scope_grant WHERE actor_id = ? AND role = ?", actorId, role)
        > 0;
  }

  public static List<ScopeGrant> findByActor(Session s, String actorId) throws SQLException {
    Map<String, List<Code>> codes =
        s.queryGrouped(
            "SELECT role, code_kind, code FROM ${prefix}scope_grant_code WHERE actor_id = ?"
                + " ORDER BY role, ord",
            r -> r.getString(1),
            r -> new Code(r.getString(2).charAt(0), r.getString(3).strip()),
            actorId);
    return s.query(
        "SELECT actor_id, role, kind, granted_by, granted_at FROM ${prefix}scope_grant"
            + " WHERE actor_id = ? ORDER BY role",
        r ->
            new ScopeGrant(
                r.getString(1),
                r.getString(2),
                scope(
                    ScopeKind.valueOf(r.getString(3)),
                    codes.getOrDefault(r.getString(2), List.of())),
                r.getString(4),
                Instant.ofEpochMilli(r.getLong(5))),
        actorId);
  }

  private static DataScope scope(ScopeKind kind, List<Code> codes) {
    TreeSet<DivisionCode> divisions = new TreeSet<>();
    TreeSet<GridCode> grids = new TreeSet<>();
    for (Code code : codes) {
      if (code.kind() == 'G') {
        grids.add(GridCode.of(code.code()));
      } else {
        divisions.add(DivisionCode.of(code.code()));
      }
    }
    return new DataScope(kind, divisions, grids);
  }

  private static List<Integer> indices(int n) {
    List<Integer> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
