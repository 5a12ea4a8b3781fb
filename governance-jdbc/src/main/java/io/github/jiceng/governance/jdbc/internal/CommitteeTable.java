package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeMember;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.ResidentsGroup;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.DivisionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * SQL for committees: one row per committee, plus ordered rows of members and groups that are
 * replaced whole on every update. Every method runs inside the caller's transaction.
 */
public final class CommitteeTable {
  private static final String SELECT =
      "SELECT id, division_code, kind, name, households, term_start, term_end, version"
          + " FROM ${prefix}committee ";

  private CommitteeTable() {}

  /** A committee row before its members and groups are attached. */
  private record Row(
      String id,
      DivisionCode division,
      CommitteeKind kind,
      String name,
      int households,
      Term term,
      long version) {}

  public static Committee insert(Session s, Committee committee) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}committee WHERE id = ?", committee.id())) {
      requireDivision(s, committee);
    }
    s.update(
        "INSERT INTO ${prefix}committee (id, division_code, kind, name, households, term_start, term_end, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
        committee.id(),
        committee.division().value(),
        committee.kind().name(),
        committee.name(),
        committee.households(),
        committee.term().start(),
        committee.term().end());
    insertChildren(s, committee);
    return committee.withVersion(1);
  }

  public static Committee update(Session s, Committee committee) throws SQLException {
    requireDivisionIfStored(s, committee);
    int rows =
        s.update(
            "UPDATE ${prefix}committee SET kind = ?, name = ?, households = ?,"
                + " term_start = ?, term_end = ?, version = version + 1"
                + " WHERE id = ? AND division_code = ? AND version = ?",
            committee.kind().name(),
            committee.name(),
            committee.households(),
            committee.term().start(),
            committee.term().end(),
            committee.id(),
            committee.division().value(),
            committee.version());
    if (rows == 0) {
      throw s.staleOrMoved(
          "committee",
          "committee",
          committee.id(),
          committee.version(),
          "division_code",
          committee.division().value());
    }
    deleteChildren(s, committee.id());
    insertChildren(s, committee);
    return committee.withVersion(committee.version() + 1);
  }

  public static boolean delete(Session s, String id, long expectedVersion) throws SQLException {
    Optional<Long> stored =
        s.queryOne("SELECT version FROM ${prefix}committee WHERE id = ?", r -> r.getLong(1), id);
    if (stored.isEmpty()) {
      return false;
    }
    deleteChildren(s, id);
    int rows =
        s.update(
            "DELETE FROM ${prefix}committee WHERE id = ? AND version = ?", id, expectedVersion);
    if (rows == 0) {
      throw s.stale("committee", "committee", "id", id, expectedVersion);
    }
    return true;
  }

  public static Optional<Committee> find(Session s, String id) throws SQLException {
    List<Committee> found = load(s, "WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static List<Committee> findByDivision(Session s, DivisionCode division)
      throws SQLException {
    return load(s, "WHERE division_code = ?", division.value());
  }

  public static List<Committee> findWithin(Session s, DivisionCode ancestor) throws SQLException {
    return load(s, "WHERE division_code LIKE ?", DivisionTable.significantPrefix(ancestor) + "%");
  }

  private static void requireDivisionIfStored(Session s, Committee committee) throws SQLException {
    if (s.exists("SELECT 1 FROM ${prefix}committee WHERE id = ?", committee.id())) {
      requireDivision(s, committee);
    }
  }

  private static void requireDivision(Session s, Committee committee) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", committee.division().value())) {
      throw new IntegrityViolationException(
          "committee " + committee.id() + ": division " + committee.division() + " does not exist");
    }
  }

  private static void insertChildren(Session s, Committee committee) throws SQLException {
    List<CommitteeMember> members = committee.members();
    s.batch(
        "INSERT INTO ${prefix}committee_member (committee_id, ord, name, member_role, term_start, term_end,"
            + " community_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
        IntStream.range(0, members.size()).boxed().toList(),
        (statement, i) -> {
          CommitteeMember member = members.get(i);
          statement.setString(1, committee.id());
          statement.setInt(2, i);
          statement.setString(3, member.name());
          statement.setString(4, member.role().name());
          statement.setObject(5, member.term().start());
          statement.setObject(6, member.term().end());
          statement.setString(7, committee.division().value());
        });
    List<ResidentsGroup> groups = committee.groups();
    s.batch(
        "INSERT INTO ${prefix}residents_group (committee_id, ord, name, households, community_code)"
            + " VALUES (?, ?, ?, ?, ?)",
        IntStream.range(0, groups.size()).boxed().toList(),
        (statement, i) -> {
          statement.setString(1, committee.id());
          statement.setInt(2, i);
          statement.setString(3, groups.get(i).name());
          statement.setInt(4, groups.get(i).households());
          statement.setString(5, committee.division().value());
        });
  }

  private static void deleteChildren(Session s, String id) throws SQLException {
    s.update("DELETE FROM ${prefix}committee_member WHERE committee_id = ?", id);
    s.update("DELETE FROM ${prefix}residents_group WHERE committee_id = ?", id);
  }

  /**
   * The committees selected by {@code where}, in id order, with their members and groups: three
   * queries however many committees match, the children selected by the same condition.
   */
  private static List<Committee> load(Session s, String where, Object parameter)
      throws SQLException {
    List<Row> rows = s.query(SELECT + where + " ORDER BY id", CommitteeTable::row, parameter);
    if (rows.isEmpty()) {
      return List.of();
    }
    String ofSelected =
        " WHERE committee_id IN (SELECT id FROM ${prefix}committee "
            + where
            + ")"
            + " ORDER BY committee_id, ord";
    Map<String, List<CommitteeMember>> members =
        s.queryGrouped(
            "SELECT committee_id, name, member_role, term_start, term_end FROM ${prefix}committee_member"
                + ofSelected,
            r -> r.getString(1),
            r ->
                new CommitteeMember(
                    r.getString(2),
                    CommitteeRole.valueOf(r.getString(3)),
                    Term.of(r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class))),
            parameter);
    Map<String, List<ResidentsGroup>> groups =
        s.queryGrouped(
            "SELECT committee_id, name, households FROM ${prefix}residents_group" + ofSelected,
            r -> r.getString(1),
            r -> new ResidentsGroup(r.getString(2), r.getInt(3)),
            parameter);
    List<Committee> committees = new ArrayList<>(rows.size());
    for (Row row : rows) {
      committees.add(
          new Committee(
              row.id(),
              row.division(),
              row.kind(),
              row.name(),
              row.households(),
              row.term(),
              members.getOrDefault(row.id(), List.of()),
              groups.getOrDefault(row.id(), List.of()),
              row.version()));
    }
    return committees;
  }

  private static Row row(ResultSet r) throws SQLException {
    return new Row(
        r.getString(1),
        DivisionCode.of(r.getString(2)),
        CommitteeKind.valueOf(r.getString(3)),
        r.getString(4),
        r.getInt(5),
        Term.of(r.getObject(6, LocalDate.class), r.getObject(7, LocalDate.class)),
        r.getLong(8));
  }
}
