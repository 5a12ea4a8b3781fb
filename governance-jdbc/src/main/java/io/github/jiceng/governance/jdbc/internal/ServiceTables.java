package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.service.AttributeType;
import io.github.jiceng.governance.service.AttributeValue;
import io.github.jiceng.governance.service.RequestEvent;
import io.github.jiceng.governance.service.RequestState;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.service.ServiceAttributes;
import io.github.jiceng.governance.service.ServiceFigures;
import io.github.jiceng.governance.service.ServiceRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SQL for service requests: one row per request, one per checked attribute, one per step of its
 * history. Every method runs inside the caller's transaction; a missing community is reported by
 * the foreign key and translated by {@link SqlErrors}.
 */
public final class ServiceTables {
  private static final String REQUEST_SELECT =
      "SELECT r.id, r.item_code, r.item_version_from, r.community_code, r.window_name,"
          + " r.department, r.created_by, r.received_on, r.due_on, r.state, r.done_on, r.working_days_taken,"
          + " r.satisfaction, r.transitions, r.version FROM ${prefix}service_request r ";

  private ServiceTables() {}

  public static ServiceRequest insert(Session s, ServiceRequest r, RequestTransition intake)
      throws SQLException {
    s.update(
        "INSERT INTO ${prefix}service_request (id, item_code, item_version_from, community_code,"
            + " window_name, department, created_by, received_on, due_on, state, done_on,"
            + " working_days_taken, satisfaction, transitions, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        r.id(),
        r.itemCode(),
        r.itemVersionFrom(),
        r.community().value(),
        r.window(),
        r.department(),
        r.createdBy(),
        r.receivedOn(),
        r.dueOn(),
        r.state().name(),
        r.doneOn(),
        r.workingDaysTaken(),
        r.satisfaction() == null ? null : r.satisfaction().name(),
        r.transitions());
    List<AttributeValue> values = r.attributes().all();
    s.batch(
        "INSERT INTO ${prefix}service_request_attribute (request_id, ord, code, attr_type,"
            + " personal, attr_value, community_code) VALUES (?, ?, ?, ?, ?, ?, ?)",
        indices(values.size()),
        (st, i) -> {
          AttributeValue v = values.get(i);
          st.setString(1, r.id());
          st.setInt(2, i);
          st.setString(3, v.code());
          st.setString(4, v.type().name());
          st.setBoolean(5, v.personal());
          st.setString(6, v.value());
          st.setString(7, r.community().value());
        });
    appendStep(s, r, intake);
    return r.withVersion(1);
  }

  public static ServiceRequest update(Session s, ServiceRequest r, @Nullable RequestTransition step)
      throws SQLException {
    int rows =
        s.update(
            "UPDATE ${prefix}service_request SET state = ?, done_on = ?, working_days_taken = ?,"
                + " satisfaction = ?, transitions = ?, version = version + 1"
                + " WHERE id = ? AND community_code = ? AND version = ?",
            r.state().name(),
            r.doneOn(),
            r.workingDaysTaken(),
            r.satisfaction() == null ? null : r.satisfaction().name(),
            r.transitions(),
            r.id(),
            r.community().value(),
            r.version());
    if (rows == 0) {
      throw s.stale("service request", "service_request", "id", r.id(), r.version());
    }
    if (step != null) {
      appendStep(s, r, step);
    }
    return r.withVersion(r.version() + 1);
  }

  private static void appendStep(Session s, ServiceRequest r, RequestTransition t)
      throws SQLException {
    s.update(
        "INSERT INTO ${prefix}service_transition (request_id, seq, step_event, from_state,"
            + " to_state, actor, at_ms, note, community_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        t.requestId(),
        t.sequence(),
        t.event() == null ? null : t.event().name(),
        t.from() == null ? null : t.from().name(),
        t.to().name(),
        t.actor(),
        t.at().toEpochMilli(),
        t.note(),
        r.community().value());
  }

  public static Optional<ServiceRequest> find(Session s, String id) throws SQLException {
    List<ServiceRequest> found = requests(s, "r.id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static List<ServiceRequest> findByCommunity(
      Session s, DivisionCode community, LocalDate from, LocalDate to) throws SQLException {
    return requests(
        s,
        "r.community_code = ? AND r.received_on >= ? AND r.received_on <= ?",
        community.value(),
        from,
        to);
  }

  public static List<ServiceRequest> findByCreator(
      Session s, String actor, LocalDate from, LocalDate to) throws SQLException {
    return requests(
        s, "r.created_by = ? AND r.received_on >= ? AND r.received_on <= ?", actor, from, to);
  }

  /**
   * The figures, counted by the database: one {@code GROUP BY} over the requests of the area — a
   * range of community codes for a sub-tree, so that the index on (community, intake day) is used.
   */
  public static List<ServiceFigures.Line> figures(
      Session s,
      DivisionCode area,
      boolean below,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      ServiceFigures.GroupBy by)
      throws SQLException {
    String column =
        switch (by) {
          case ITEM -> "item_code";
          case WINDOW -> "window_name";
          case DEPARTMENT -> "department";
        };
    String settled =
        "state IN ("
            + DivisionTable.names(java.util.List.of(RequestState.values()), RequestState::isSettled)
            + ")";
    String open =
        "state IN ("
            + DivisionTable.names(
                java.util.List.of(RequestState.values()), state -> !state.isFinal())
            + ")";
    DivisionTable.AreaFilter filter = DivisionTable.AreaFilter.of("community_code", area, below);
    String sql =
        "SELECT "
            + column
            + ", COUNT(*),"
            + " SUM(CASE WHEN state = 'DONE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'REFUSED' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'WITHDRAWN' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + settled
            + " AND done_on <= due_on THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + open
            + " AND due_on < ?"
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN "
            + settled
            + " THEN working_days_taken ELSE 0 END),"
            + " SUM(CASE WHEN satisfaction IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN satisfaction IN ("
            + DivisionTable.names(java.util.List.of(Satisfaction.values()), Satisfaction::positive)
            + ") THEN 1 ELSE 0 END)"
            + " FROM ${prefix}service_request WHERE "
            + filter.sql()
            + " AND received_on >= ? AND received_on <= ? GROUP BY "
            + column
            + " ORDER BY "
            + column;
    List<Object> parameters = new ArrayList<>();
    parameters.add(asOf);
    parameters.addAll(filter.parameters());
    parameters.add(from);
    parameters.add(to);
    return s.query(
        sql,
        r ->
            new ServiceFigures.Line(
                r.getString(1),
                r.getLong(2),
                r.getLong(3),
                r.getLong(4),
                r.getLong(5),
                r.getLong(6),
                r.getLong(7),
                r.getLong(8),
                r.getLong(9),
                r.getLong(10)),
        parameters.toArray());
  }

  public static List<RequestTransition> history(Session s, String requestId) throws SQLException {
    return s.query(
        "SELECT request_id, seq, step_event, from_state, to_state, actor, at_ms, note"
            + " FROM ${prefix}service_transition WHERE request_id = ? ORDER BY seq",
        r -> {
          String event = r.getString(3);
          String from = r.getString(4);
          return new RequestTransition(
              r.getString(1),
              r.getInt(2),
              event == null ? null : RequestEvent.valueOf(event),
              from == null ? null : RequestState.valueOf(from),
              RequestState.valueOf(r.getString(5)),
              r.getString(6),
              Instant.ofEpochMilli(r.getLong(7)),
              r.getString(8));
        },
        requestId);
  }

  /**
   * The requests matching {@code where} (over the request table as {@code r}), with their
   * attributes, ordered by id.
   */
  private static List<ServiceRequest> requests(Session s, String where, Object... parameters)
      throws SQLException {
    Map<String, List<AttributeValue>> attributes =
        s.queryGrouped(
            "SELECT a.request_id, a.code, a.attr_type, a.personal, a.attr_value"
                + " FROM ${prefix}service_request_attribute a JOIN ${prefix}service_request r"
                + " ON r.id = a.request_id WHERE "
                + where
                + " ORDER BY a.request_id, a.ord",
            r -> r.getString(1),
            r ->
                new AttributeValue(
                    r.getString(2),
                    AttributeType.valueOf(r.getString(3)),
                    r.getString(5),
                    r.getBoolean(4)),
            parameters);
    return s.query(
        REQUEST_SELECT + "WHERE " + where + " ORDER BY r.id",
        r -> request(r, attributes),
        parameters);
  }

  private static ServiceRequest request(ResultSet r, Map<String, List<AttributeValue>> attributes)
      throws SQLException {
    String id = r.getString(1);
    String satisfaction = r.getString(13);
    int taken = r.getInt(12);
    boolean noTaken = r.wasNull();
    return new ServiceRequest(
        id,
        r.getString(2),
        r.getObject(3, LocalDate.class),
        DivisionCode.of(r.getString(4).strip()),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getObject(8, LocalDate.class),
        r.getObject(9, LocalDate.class),
        RequestState.valueOf(r.getString(10)),
        r.getObject(11, LocalDate.class),
        noTaken ? null : taken,
        ServiceAttributes.of(attributes.getOrDefault(id, List.of())),
        satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
        r.getInt(14),
        r.getLong(15));
  }

  private static List<Integer> indices(int n) {
    List<Integer> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
