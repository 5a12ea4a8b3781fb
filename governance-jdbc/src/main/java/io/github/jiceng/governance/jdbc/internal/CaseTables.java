package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseAction;
import io.github.jiceng.governance.cases.CaseCategory;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.cases.CaseKind;
import io.github.jiceng.governance.cases.CaseSource;
import io.github.jiceng.governance.cases.CaseState;
import io.github.jiceng.governance.cases.CaseTimes;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.cases.EscalationLevel;
import io.github.jiceng.governance.cases.Reporter;
import io.github.jiceng.governance.cases.Urgency;
import io.github.jiceng.governance.division.CoordinateSystem;
import io.github.jiceng.governance.division.Coordinates;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.people.PhoneNumber;
import io.github.jiceng.governance.service.Satisfaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SQL for cases on the closed loop: one row per case, its attachments, and its history. Every
 * method runs inside the caller's transaction; a missing community is reported by the foreign key
 * and translated by {@link SqlErrors}.
 */
public final class CaseTables {
  private static final String CASE_SELECT =
      "SELECT c.id, c.category_code, c.category_class, c.category_subclass, c.case_kind, c.urgency,"
          + " c.case_source, c.community_code, c.grid_code, c.building, c.description,"
          + " c.reporter_name, c.reporter_phone, c.received_by, c.state, c.body,"
          + " c.pending_request_by, c.escalation_level, c.evaluation, c.reported_at_ms,"
          + " c.changed_at_ms, c.transitions, c.version, c.filing_deadline_ms, c.filed_on_time,"
          + " c.handling_deadline_ms, c.handled_on_time, c.handling_minutes, c.returns_count,"
          + " c.reworks_count, c.extensions_count, c.setting, c.latitude, c.longitude,"
          + " c.coordinate_system FROM ${prefix}case_record c ";

  private static final String TIMES_COLUMNS =
      " filing_deadline_ms, filed_on_time, handling_deadline_ms, handled_on_time,"
          + " handling_minutes, returns_count, reworks_count, extensions_count";

  private CaseTables() {}

  private static @Nullable Long millis(@Nullable Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  /** The values of {@link #TIMES_COLUMNS}, in order. */
  private static @Nullable Object[] times(CaseTimes t) {
    return new @Nullable Object[] {
      millis(t.filingDeadline()),
      t.filedOnTime(),
      millis(t.handlingDeadline()),
      t.handledOnTime(),
      t.handlingMinutes(),
      t.returns(),
      t.reworks(),
      t.extensions()
    };
  }

  /** The times of the case row {@code r}, columns 24 to 31 of the select. */
  private static CaseTimes times(ResultSet r) throws SQLException {
    long filing = r.getLong(24);
    Instant filingDeadline = r.wasNull() ? null : Instant.ofEpochMilli(filing);
    boolean filed = r.getBoolean(25);
    Boolean filedOnTime = r.wasNull() ? null : filed;
    long handling = r.getLong(26);
    Instant handlingDeadline = r.wasNull() ? null : Instant.ofEpochMilli(handling);
    boolean handled = r.getBoolean(27);
    Boolean handledOnTime = r.wasNull() ? null : handled;
    return new CaseTimes(
        filingDeadline,
        filedOnTime,
        handlingDeadline,
        handledOnTime,
        r.getLong(28),
        r.getInt(29),
        r.getInt(30),
        r.getInt(31));
  }

  public static Case insert(Session s, Case c, CaseTransition report) throws SQLException {
    Reporter reporter = c.reporter();
    PhoneNumber phone = reporter == null ? null : reporter.phone();
    List<Object> values =
        new java.util.ArrayList<>(
            java.util.Arrays.asList(
                c.id(),
                c.category().code(),
                c.category().className(),
                c.category().subclassName(),
                c.kind().name(),
                c.urgency().name(),
                c.source().name(),
                c.community().value(),
                c.grid() == null ? null : c.grid().value(),
                c.building(),
                c.description(),
                reporter == null ? null : reporter.name(),
                phone == null ? null : phone.value(),
                c.receivedBy(),
                c.state().name(),
                c.body(),
                c.pendingRequestBy(),
                c.level().name(),
                c.evaluation() == null ? null : c.evaluation().name(),
                c.reportedAt().toEpochMilli(),
                c.changedAt().toEpochMilli(),
                c.transitions()));
    values.addAll(java.util.Arrays.asList(times(c.times())));
    Coordinates at = c.coordinates();
    values.addAll(
        java.util.Arrays.asList(
            c.setting().name(),
            at == null ? null : at.latitude(),
            at == null ? null : at.longitude(),
            at == null ? null : at.system().name()));
    s.update(
        "INSERT INTO ${prefix}case_record (id, category_code, category_class, category_subclass,"
            + " case_kind, urgency, case_source, community_code, grid_code, building, description,"
            + " reporter_name, reporter_phone, received_by, state, body, pending_request_by,"
            + " escalation_level, evaluation, reported_at_ms, changed_at_ms, transitions,"
            + TIMES_COLUMNS
            + ", setting, latitude, longitude, coordinate_system, version) VALUES (?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, 1)",
        values.toArray());
    List<String> attachments = c.attachments();
    s.batch(
        "INSERT INTO ${prefix}case_attachment (case_id, ord, document_id, community_code)"
            + " VALUES (?, ?, ?, ?)",
        java.util.stream.IntStream.range(0, attachments.size()).boxed().toList(),
        (st, i) -> {
          st.setString(1, c.id());
          st.setInt(2, i);
          st.setString(3, attachments.get(i));
          st.setString(4, c.community().value());
        });
    appendStep(s, c, report);
    return c.withVersion(1);
  }

  public static Case update(Session s, Case c, @Nullable CaseTransition step) throws SQLException {
    List<Object> values =
        new java.util.ArrayList<>(
            java.util.Arrays.asList(
                c.state().name(),
                c.body(),
                c.pendingRequestBy(),
                c.level().name(),
                c.evaluation() == null ? null : c.evaluation().name(),
                c.changedAt().toEpochMilli(),
                c.transitions()));
    values.addAll(java.util.Arrays.asList(times(c.times())));
    values.add(c.id());
    values.add(c.community().value());
    values.add(c.version());
    int rows =
        s.update(
            "UPDATE ${prefix}case_record SET state = ?, body = ?, pending_request_by = ?,"
                + " escalation_level = ?, evaluation = ?, changed_at_ms = ?, transitions = ?,"
                + " filing_deadline_ms = ?, filed_on_time = ?, handling_deadline_ms = ?,"
                + " handled_on_time = ?, handling_minutes = ?, returns_count = ?,"
                + " reworks_count = ?, extensions_count = ?, version = version + 1"
                + " WHERE id = ? AND community_code = ? AND version = ?",
            values.toArray());
    if (rows == 0) {
      throw s.stale("case", "case_record", "id", c.id(), c.version());
    }
    if (step != null) {
      appendStep(s, c, step);
    }
    return c.withVersion(c.version() + 1);
  }

  private static void appendStep(Session s, Case c, CaseTransition t) throws SQLException {
    s.update(
        "INSERT INTO ${prefix}case_transition (case_id, seq, case_action, from_state, to_state,"
            + " actor, at_ms, reason, body, community_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        t.caseId(),
        t.sequence(),
        t.action() == null ? null : t.action().name(),
        t.from() == null ? null : t.from().name(),
        t.to().name(),
        t.actor(),
        t.at().toEpochMilli(),
        t.reason(),
        t.body(),
        c.community().value());
  }

  public static Optional<Case> find(Session s, String id) throws SQLException {
    List<Case> found = cases(s, "c.id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static List<Case> findByCommunity(
      Session s, DivisionCode community, Instant from, Instant to) throws SQLException {
    return cases(
        s,
        "c.community_code = ? AND c.reported_at_ms >= ? AND c.reported_at_ms < ?",
        community.value(),
        from.toEpochMilli(),
        to.toEpochMilli());
  }

  /**
   * The figures, counted by the database: one {@code GROUP BY} over the cases of the area — a range
   * of community codes for a sub-tree, so that the index on (community, report time) is used — by
   * the definitions of {@link CaseFigures.Line#of}.
   */
  public static List<CaseFigures.Line> figures(
      Session s,
      DivisionCode area,
      boolean below,
      Instant from,
      Instant to,
      Instant asOf,
      CaseFigures.GroupBy by)
      throws SQLException {
    String key =
        switch (by) {
          case BODY -> "COALESCE(body, received_by)";
          case CATEGORY -> "category_code";
          case GRID -> "COALESCE(grid_code, '-')";
        };
    String beforeDispatch = DivisionTable.names(CaseFigures.Line.BEFORE_DISPATCH, state -> true);
    String positive =
        DivisionTable.names(java.util.List.of(Satisfaction.values()), Satisfaction::positive);
    String handled = "handled_on_time IS NOT NULL";
    DivisionTable.AreaFilter filter = DivisionTable.AreaFilter.of("community_code", area, below);
    String sql =
        "SELECT "
            + key
            + " AS group_key, COUNT(*),"
            + " SUM(CASE WHEN state = 'REJECTED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN filed_on_time IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN filed_on_time = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state NOT IN ("
            + beforeDispatch
            + ") OR returns_count > 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN returns_count > 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + handled
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN handled_on_time = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'CLOSED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'CLOSED' AND handled_on_time = TRUE THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN reworks_count > 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN extensions_count > 0 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + handled
            + " THEN handling_minutes ELSE 0 END),"
            + " SUM(CASE WHEN filing_deadline_ms < ? OR handling_deadline_ms < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN evaluation IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN evaluation IN ("
            + positive
            + ") THEN 1 ELSE 0 END)"
            + " FROM ${prefix}case_record WHERE "
            + filter.sql()
            + " AND reported_at_ms >= ? AND reported_at_ms < ? GROUP BY "
            + key
            // by the key's alias: ShardingSphere merges the shards' groups by a selected column
            + " ORDER BY group_key";
    List<Object> parameters = new java.util.ArrayList<>();
    parameters.add(asOf.toEpochMilli());
    parameters.add(asOf.toEpochMilli());
    parameters.addAll(filter.parameters());
    parameters.add(from.toEpochMilli());
    parameters.add(to.toEpochMilli());
    return s.query(
        sql,
        r ->
            new CaseFigures.Line(
                r.getString(1).strip(),
                r.getLong(2),
                r.getLong(3),
                r.getLong(4),
                r.getLong(5),
                r.getLong(6),
                r.getLong(7),
                r.getLong(8),
                r.getLong(9),
                r.getLong(10),
                r.getLong(11),
                r.getLong(12),
                r.getLong(13),
                r.getLong(14),
                r.getLong(15),
                r.getLong(16),
                r.getLong(17)),
        parameters.toArray());
  }

  public static List<CaseTransition> history(Session s, String caseId) throws SQLException {
    return s.query(
        "SELECT case_id, seq, case_action, from_state, to_state, actor, at_ms, reason, body"
            + " FROM ${prefix}case_transition WHERE case_id = ? ORDER BY seq",
        r -> {
          String action = r.getString(3);
          String from = r.getString(4);
          return new CaseTransition(
              r.getString(1),
              r.getInt(2),
              action == null ? null : CaseAction.valueOf(action),
              from == null ? null : CaseState.valueOf(from),
              CaseState.valueOf(r.getString(5)),
              r.getString(6),
              Instant.ofEpochMilli(r.getLong(7)),
              r.getString(8),
              r.getString(9));
        },
        caseId);
  }

  /** The cases matching {@code where} (over the case table as {@code c}), ordered by id. */
  private static List<Case> cases(Session s, String where, Object... parameters)
      throws SQLException {
    Map<String, List<String>> attachments =
        s.queryGrouped(
            "SELECT a.case_id, a.document_id FROM ${prefix}case_attachment a"
                + " JOIN ${prefix}case_record c ON c.id = a.case_id WHERE "
                + where
                + " ORDER BY a.case_id, a.ord",
            r -> r.getString(1),
            r -> r.getString(2),
            parameters);
    return s.query(
        CASE_SELECT + "WHERE " + where + " ORDER BY c.id", r -> caseOf(r, attachments), parameters);
  }

  /** The coordinates of the case row {@code r}, columns 33 to 35 of the select, or null. */
  private static @Nullable Coordinates coordinates(ResultSet r) throws SQLException {
    String system = r.getString(35);
    if (system == null) {
      return null;
    }
    return new Coordinates(r.getDouble(33), r.getDouble(34), CoordinateSystem.valueOf(system));
  }

  private static Case caseOf(ResultSet r, Map<String, List<String>> attachments)
      throws SQLException {
    String id = r.getString(1);
    String grid = r.getString(9);
    String reporterName = r.getString(12);
    String phone = r.getString(13);
    String evaluation = r.getString(19);
    return new Case(
        id,
        new CaseCategory(r.getString(2), r.getString(3), r.getString(4)),
        CaseKind.valueOf(r.getString(5)),
        Urgency.valueOf(r.getString(6)),
        CaseSource.valueOf(r.getString(7)),
        DivisionCode.of(r.getString(8).strip()),
        GridSetting.valueOf(r.getString(32)),
        grid == null ? null : GridCode.of(grid.strip()),
        r.getString(10),
        coordinates(r),
        r.getString(11),
        attachments.getOrDefault(id, List.of()),
        reporterName == null
            ? null
            : new Reporter(reporterName, phone == null ? null : PhoneNumber.of(phone)),
        r.getString(14),
        CaseState.valueOf(r.getString(15)),
        r.getString(16),
        r.getString(17),
        EscalationLevel.valueOf(r.getString(18)),
        evaluation == null ? null : Satisfaction.valueOf(evaluation),
        times(r),
        Instant.ofEpochMilli(r.getLong(20)),
        Instant.ofEpochMilli(r.getLong(21)),
        r.getInt(22),
        r.getLong(23));
  }
}
