package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.party.Approval;
import io.github.jiceng.governance.party.CrossAppointment;
import io.github.jiceng.governance.party.LeaderRole;
import io.github.jiceng.governance.party.MemberPoints;
import io.github.jiceng.governance.party.PartyLeader;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.party.Placement;
import io.github.jiceng.governance.party.PlacementKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SQL for party trees: one {@code party_tree} row per tree and rows for its organisations (in
 * pre-order, with their parent), places, leaders, members and points, replaced whole on every
 * update. Reading any number of trees costs one query per table, whatever their size. Every method
 * runs inside the caller's transaction.
 */
public final class PartyTables {
  private PartyTables() {}

  private static final String[] CHILD_TABLES = {
    "party_member_points", "party_member", "party_leader", "party_place", "party_organization"
  };

  public static PartyTree insert(Session s, PartyTree tree) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}party_tree WHERE id = ?", tree.id())) {
      requireCommunity(s, tree);
    }
    s.update(
        "INSERT INTO ${prefix}party_tree (id, community_code, version) VALUES (?, ?, 1)",
        tree.id(),
        tree.community().value());
    insertChildren(s, tree);
    return tree.withVersion(1);
  }

  public static PartyTree update(Session s, PartyTree tree) throws SQLException {
    if (s.exists("SELECT 1 FROM ${prefix}party_tree WHERE id = ?", tree.id())) {
      requireCommunity(s, tree);
    }
    int rows =
        s.update(
            "UPDATE ${prefix}party_tree SET version = version + 1"
                + " WHERE id = ? AND community_code = ? AND version = ?",
            tree.id(),
            tree.community().value(),
            tree.version());
    if (rows == 0) {
      throw s.staleOrMoved(
          "party tree",
          "party_tree",
          tree.id(),
          tree.version(),
          "community_code",
          tree.community().value());
    }
    deleteChildren(s, tree.id());
    insertChildren(s, tree);
    return tree.withVersion(tree.version() + 1);
  }

  public static boolean delete(Session s, String id, long expectedVersion) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}party_tree WHERE id = ?", id)) {
      return false;
    }
    deleteChildren(s, id);
    int rows =
        s.update(
            "DELETE FROM ${prefix}party_tree WHERE id = ? AND version = ?", id, expectedVersion);
    if (rows == 0) {
      throw s.stale("party tree", "party_tree", "id", id, expectedVersion);
    }
    return true;
  }

  public static Optional<PartyTree> find(Session s, String id) throws SQLException {
    List<PartyTree> found = load(s, "id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static List<PartyTree> findByCommunity(Session s, DivisionCode community)
      throws SQLException {
    return load(s, "community_code = ?", community.value());
  }

  public static List<PartyTree> findWithin(Session s, DivisionCode ancestor) throws SQLException {
    return load(s, "community_code LIKE ?", DivisionTable.significantPrefix(ancestor) + "%");
  }

  private static void requireCommunity(Session s, PartyTree tree) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", tree.community().value())) {
      throw new IntegrityViolationException(
          "party tree " + tree.id() + ": community " + tree.community() + " does not exist");
    }
  }

  private static void deleteChildren(Session s, String treeId) throws SQLException {
    for (String table : CHILD_TABLES) {
      s.update("DELETE FROM ${prefix}" + table + " WHERE tree_id = ?", treeId);
    }
  }

  // ---- writing ----

  /** A node of the tree with its parent and pre-order position. */
  private record Node(PartyOrganization organization, @Nullable String parentId, int ord) {}

  private static void insertChildren(Session s, PartyTree tree) throws SQLException {
    List<Node> nodes = new ArrayList<>();
    flatten(tree.root(), null, nodes);
    String treeId = tree.id();
    String community = tree.community().value();
    s.batch(
        "INSERT INTO ${prefix}party_organization (tree_id, id, parent_id, ord, kind, name, placement_kind,"
            + " term_start, term_end, election_approved_by, election_approved_on, setup_approved_by, setup_approved_on,"
            + " community_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        nodes,
        (st, node) -> {
          PartyOrganization o = node.organization();
          Term term = o.term();
          Approval election = o.electionApproval();
          Approval setup = o.setupApproval();
          st.setString(1, treeId);
          st.setString(2, o.id());
          st.setString(3, node.parentId());
          st.setInt(4, node.ord());
          st.setString(5, o.kind().name());
          st.setString(6, o.name());
          st.setString(7, o.placement().kind().name());
          st.setObject(8, term == null ? null : term.start(), java.sql.Types.DATE);
          st.setObject(9, term == null ? null : term.end(), java.sql.Types.DATE);
          st.setString(10, election == null ? null : election.by());
          st.setObject(11, election == null ? null : election.on(), java.sql.Types.DATE);
          st.setString(12, setup == null ? null : setup.by());
          st.setObject(13, setup == null ? null : setup.on(), java.sql.Types.DATE);
          st.setString(14, community);
        });
    List<Object[]> places = new ArrayList<>();
    List<Object[]> leaders = new ArrayList<>();
    List<Object[]> members = new ArrayList<>();
    List<Object[]> points = new ArrayList<>();
    for (Node node : nodes) {
      PartyOrganization o = node.organization();
      List<String> covered = o.placement().places();
      for (int i = 0; i < covered.size(); i++) {
        places.add(new Object[] {treeId, o.id(), i, covered.get(i), community});
      }
      for (int i = 0; i < o.leaders().size(); i++) {
        PartyLeader l = o.leaders().get(i);
        CrossAppointment seat = l.crossAppointment();
        leaders.add(
            new Object[] {
              treeId,
              o.id(),
              i,
              l.name(),
              l.role().name(),
              l.term().start(),
              l.term().end(),
              text(seat == null ? null : seat.committeeId()),
              text(seat == null ? null : seat.role().name()),
              community
            });
      }
      for (int i = 0; i < o.members().size(); i++) {
        PartyMember m = o.members().get(i);
        members.add(
            new Object[] {
              treeId,
              m.id(),
              o.id(),
              i,
              m.name(),
              m.admitted(),
              date(m.fullSince()),
              m.mobile(),
              m.reportingInService(),
              text(m.unit()),
              community
            });
        for (int p = 0; p < m.points().size(); p++) {
          MemberPoints period = m.points().get(p);
          points.add(
              new Object[] {
                treeId, m.id(), p, period.from(), period.to(), period.points(), community
              });
        }
      }
    }
    rows(
        s,
        "INSERT INTO ${prefix}party_place (tree_id, organization_id, ord, place, community_code)"
            + " VALUES (?, ?, ?, ?, ?)",
        places);
    rows(
        s,
        "INSERT INTO ${prefix}party_leader (tree_id, organization_id, ord, name, leader_role, term_start, term_end,"
            + " cross_committee_id, cross_role, community_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        leaders);
    rows(
        s,
        "INSERT INTO ${prefix}party_member (tree_id, id, organization_id, ord, name, admitted, full_since, mobile,"
            + " reporting_in_service, work_unit, community_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        members);
    rows(
        s,
        "INSERT INTO ${prefix}party_member_points (tree_id, member_id, ord, period_from, period_to, points,"
            + " community_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
        points);
  }

  private static void flatten(PartyOrganization o, @Nullable String parentId, List<Node> into) {
    into.add(new Node(o, parentId, into.size()));
    for (PartyOrganization child : o.children()) {
      flatten(child, o.id(), into);
    }
  }

  /** A typed SQL NULL in a row of {@link #rows}: drivers need the type of a null parameter. */
  private enum Null {
    DATE(java.sql.Types.DATE),
    TEXT(java.sql.Types.VARCHAR);

    private final int sqlType;

    Null(int sqlType) {
      this.sqlType = sqlType;
    }
  }

  private static Object date(@Nullable LocalDate value) {
    return value == null ? Null.DATE : value;
  }

  private static Object text(@Nullable String value) {
    return value == null ? Null.TEXT : value;
  }

  /** Inserts rows of values (no Java nulls: see {@link Null}) as one batch. */
  private static void rows(Session s, String sql, List<Object[]> rows) throws SQLException {
    s.batch(
        sql,
        rows,
        (st, row) -> {
          for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof Null typed) {
              st.setNull(i + 1, typed.sqlType);
            } else {
              st.setObject(i + 1, row[i]);
            }
          }
        });
  }

  // ---- reading ----

  /** An organisation row before its places, leaders, members and children are attached. */
  private record OrgRow(
      String treeId,
      String id,
      @Nullable String parentId,
      PartyOrganizationKind kind,
      String name,
      PlacementKind placementKind,
      @Nullable Term term,
      @Nullable Approval election,
      @Nullable Approval setup) {}

  /** The trees whose {@code party_tree} row matches {@code condition}, ordered by id. */
  private static List<PartyTree> load(Session s, String condition, Object parameter)
      throws SQLException {
    Map<String, Object[]> trees = new LinkedHashMap<>();
    for (Object[] t :
        s.query(
            "SELECT id, community_code, version FROM ${prefix}party_tree WHERE "
                + condition
                + " ORDER BY id",
            r -> new Object[] {r.getString(1), DivisionCode.of(r.getString(2)), r.getLong(3)},
            parameter)) {
      trees.put((String) t[0], t);
    }
    if (trees.isEmpty()) {
      return List.of();
    }
    String within =
        " WHERE tree_id IN (SELECT id FROM ${prefix}party_tree WHERE " + condition + ")";
    List<OrgRow> organizations =
        s.query(
            "SELECT tree_id, id, parent_id, kind, name, placement_kind, term_start, term_end, election_approved_by,"
                + " election_approved_on, setup_approved_by, setup_approved_on FROM ${prefix}party_organization"
                + within
                + " ORDER BY tree_id, ord",
            PartyTables::orgRow,
            parameter);
    Map<String, List<String>> places =
        s.queryGrouped(
            "SELECT tree_id, organization_id, place FROM ${prefix}party_place"
                + within
                + " ORDER BY tree_id, organization_id, ord",
            r -> key(r.getString(1), r.getString(2)),
            r -> r.getString(3),
            parameter);
    Map<String, List<PartyLeader>> leaders =
        s.queryGrouped(
            "SELECT tree_id, organization_id, name, leader_role, term_start, term_end, cross_committee_id, cross_role"
                + " FROM ${prefix}party_leader"
                + within
                + " ORDER BY tree_id, organization_id, ord",
            r -> key(r.getString(1), r.getString(2)),
            PartyTables::leader,
            parameter);
    Map<String, List<MemberPoints>> points =
        s.queryGrouped(
            "SELECT tree_id, member_id, period_from, period_to, points FROM ${prefix}party_member_points"
                + within
                + " ORDER BY tree_id, member_id, ord",
            r -> key(r.getString(1), r.getString(2)),
            r ->
                MemberPoints.of(
                    r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class), r.getInt(5)),
            parameter);
    Map<String, List<PartyMember>> members =
        s.queryGrouped(
            "SELECT tree_id, organization_id, id, name, admitted, full_since, mobile, reporting_in_service, work_unit"
                + " FROM ${prefix}party_member"
                + within
                + " ORDER BY tree_id, organization_id, ord",
            r -> key(r.getString(1), r.getString(2)),
            r -> member(r, points),
            parameter);
    Map<String, List<OrgRow>> byTree = new HashMap<>();
    organizations.forEach(o -> byTree.computeIfAbsent(o.treeId(), k -> new ArrayList<>()).add(o));
    List<PartyTree> result = new ArrayList<>(trees.size());
    for (Object[] t : trees.values()) {
      String treeId = (String) t[0];
      Map<String, List<OrgRow>> childrenOf = new HashMap<>();
      OrgRow root = null;
      for (OrgRow row : byTree.getOrDefault(treeId, List.of())) {
        if (row.parentId() == null) {
          root = row;
        } else {
          childrenOf.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
        }
      }
      if (root == null) {
        throw new IllegalStateException("party tree " + treeId + " has no root organisation row");
      }
      PartyOrganization rootOrganization = assemble(root, childrenOf, places, leaders, members);
      result.add(new PartyTree((DivisionCode) t[1], rootOrganization, (Long) t[2]));
    }
    return result;
  }

  private static PartyOrganization assemble(
      OrgRow row,
      Map<String, List<OrgRow>> childrenOf,
      Map<String, List<String>> places,
      Map<String, List<PartyLeader>> leaders,
      Map<String, List<PartyMember>> members) {
    String key = key(row.treeId(), row.id());
    List<PartyOrganization> children = new ArrayList<>();
    for (OrgRow child : childrenOf.getOrDefault(row.id(), List.of())) {
      children.add(assemble(child, childrenOf, places, leaders, members));
    }
    return new PartyOrganization(
        row.id(),
        row.kind(),
        row.name(),
        new Placement(row.placementKind(), places.getOrDefault(key, List.of())),
        row.term(),
        row.election(),
        row.setup(),
        leaders.getOrDefault(key, List.of()),
        members.getOrDefault(key, List.of()),
        children);
  }

  private static String key(String treeId, String id) {
    return treeId + "\u0000" + id;
  }

  private static OrgRow orgRow(ResultSet r) throws SQLException {
    LocalDate termStart = r.getObject(7, LocalDate.class);
    return new OrgRow(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        PartyOrganizationKind.valueOf(r.getString(4)),
        r.getString(5),
        PlacementKind.valueOf(r.getString(6)),
        termStart == null ? null : Term.of(termStart, r.getObject(8, LocalDate.class)),
        approval(r.getString(9), r.getObject(10, LocalDate.class)),
        approval(r.getString(11), r.getObject(12, LocalDate.class)));
  }

  private static @Nullable Approval approval(@Nullable String by, @Nullable LocalDate on) {
    return by == null || on == null ? null : Approval.of(by, on);
  }

  private static PartyLeader leader(ResultSet r) throws SQLException {
    String committeeId = r.getString(7);
    return new PartyLeader(
        r.getString(3),
        LeaderRole.valueOf(r.getString(4)),
        Term.of(r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class)),
        committeeId == null
            ? null
            : CrossAppointment.of(committeeId, CommitteeRole.valueOf(r.getString(8))));
  }

  private static PartyMember member(ResultSet r, Map<String, List<MemberPoints>> points)
      throws SQLException {
    String id = r.getString(3);
    return new PartyMember(
        id,
        r.getString(4),
        r.getObject(5, LocalDate.class),
        r.getObject(6, LocalDate.class),
        r.getBoolean(7),
        r.getBoolean(8),
        r.getString(9),
        points.getOrDefault(key(r.getString(1), id), List.of()));
  }
}
