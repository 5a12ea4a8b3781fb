package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.access.Targets;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.DecisionDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * SQL for task access: policy versions, task requests (one row plus the rows of their lists),
 * access decisions (key columns plus the full decision as a document) and approval steps. Every
 * method runs inside the caller's transaction. Missing references are reported by the database's
 * foreign keys and translated by {@link SqlErrors}.
 */
public final class AccessTables {
  private static final String REQUEST_SELECT =
      "SELECT id, department, title, item_code, street_code, kind, channel, authority_attached,"
          + " funding_attached, applied_on, start_on, end_on, version FROM ${prefix}task_request ";
  private static final String DECISION_SELECT =
      "SELECT request_id, community, seq, department, document FROM ${prefix}access_decision ";
  private static final int IN_CHUNK = 500;

  private AccessTables() {}

  // ---- policies
  // ----------------------------------------------------------------------------------

  public static StoredPolicy insertPolicy(Session s, StoredPolicy policy) throws SQLException {
    AuditTable.lockSharedWrites(s);
    s.update(
        "INSERT INTO ${prefix}access_policy (policy_id, version, published_on, document) VALUES (?, ?, ?, ?)",
        policy.policyId(),
        policy.version(),
        policy.publishedOn(),
        policy.document());
    return policy;
  }

  public static Optional<StoredPolicy> findPolicy(Session s, String policyId, String version)
      throws SQLException {
    return s.queryOne(
        "SELECT policy_id, version, published_on, document FROM ${prefix}access_policy WHERE policy_id = ? AND version = ?",
        AccessTables::policy,
        policyId,
        version);
  }

  public static List<StoredPolicy> findPolicyVersions(Session s, String policyId)
      throws SQLException {
    return s.query(
        "SELECT policy_id, version, published_on, document FROM ${prefix}access_policy WHERE policy_id = ?"
            + " ORDER BY published_on, version",
        AccessTables::policy,
        policyId);
  }

  private static StoredPolicy policy(ResultSet r) throws SQLException {
    return new StoredPolicy(
        r.getString(1), r.getString(2), r.getObject(3, LocalDate.class), r.getString(4));
  }

  // ---- requests
  // ----------------------------------------------------------------------------------

  public static TaskRequest insertRequest(Session s, TaskRequest request) throws SQLException {
    s.update(
        "INSERT INTO ${prefix}task_request (id, department, title, item_code, street_code, kind, channel,"
            + " authority_attached, funding_attached, applied_on, start_on, end_on, county_code, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        request.id(),
        request.department(),
        request.title(),
        request.itemCode(),
        request.targets().street() == null ? null : request.targets().street().value(),
        request.kind().name(),
        request.channel().name(),
        request.authorityAttached(),
        request.fundingAttached(),
        request.appliedOn(),
        request.start(),
        request.end(),
        county(request));
    insertParts(s, request);
    return request.withVersion(1);
  }

  public static TaskRequest updateRequest(Session s, TaskRequest request) throws SQLException {
    int rows =
        s.update(
            "UPDATE ${prefix}task_request SET department = ?, title = ?, item_code = ?, street_code = ?, kind = ?,"
                + " channel = ?, authority_attached = ?, funding_attached = ?, applied_on = ?, start_on = ?,"
                + " end_on = ?, version = version + 1 WHERE id = ? AND "
                + countyIs(request)
                + " AND version = ?",
            request.department(),
            request.title(),
            request.itemCode(),
            request.targets().street() == null ? null : request.targets().street().value(),
            request.kind().name(),
            request.channel().name(),
            request.authorityAttached(),
            request.fundingAttached(),
            request.appliedOn(),
            request.start(),
            request.end(),
            request.id(),
            request.version());
    if (rows == 0) {
      throw s.staleOrMoved(
          "task request",
          "task_request",
          request.id(),
          request.version(),
          "county_code",
          Objects.requireNonNullElse(county(request), ""));
    }
    s.update("DELETE FROM ${prefix}task_request_part WHERE request_id = ?", request.id());
    insertParts(s, request);
    return request.withVersion(request.version() + 1);
  }

  public static boolean deleteRequest(Session s, String id, long expectedVersion)
      throws SQLException {
    return s.deleteVersioned("task request", "task_request", "id", id, expectedVersion);
  }

  public static Optional<TaskRequest> findRequest(Session s, String id) throws SQLException {
    List<TaskRequest> found =
        loadRequests(s, s.query(REQUEST_SELECT + "WHERE id = ?", RequestRow::of, id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static List<TaskRequest> findRequestsAppliedBetween(
      Session s, LocalDate from, LocalDate to) throws SQLException {
    return loadRequests(
        s,
        s.query(
            REQUEST_SELECT + "WHERE applied_on BETWEEN ? AND ? ORDER BY id",
            RequestRow::of,
            from,
            to));
  }

  /** The columns of a request row, before its lists are attached. */
  private record RequestRow(
      String id,
      String department,
      String title,
      String itemCode,
      String street,
      String kind,
      String channel,
      boolean authority,
      boolean funding,
      LocalDate appliedOn,
      LocalDate start,
      LocalDate end,
      long version) {

    static RequestRow of(ResultSet r) throws SQLException {
      return new RequestRow(
          r.getString(1),
          r.getString(2),
          r.getString(3),
          r.getString(4),
          r.getString(5),
          r.getString(6),
          r.getString(7),
          r.getBoolean(8),
          r.getBoolean(9),
          r.getObject(10, LocalDate.class),
          r.getObject(11, LocalDate.class),
          r.getObject(12, LocalDate.class),
          r.getLong(13));
    }
  }

  /**
   * The county the request's targets lie in (V022), which a store sharded by county routes it by;
   * {@code null} when they span counties.
   */
  private static @Nullable String county(TaskRequest request) {
    return request.targets().county().orElse(null);
  }

  /**
   * The update's condition that the request stays in its county: a request is never moved to
   * another county's shard by changing its targets. A literal, as it is a validated county code.
   */
  private static String countyIs(TaskRequest request) {
    String county = county(request);
    return county == null ? "county_code IS NULL" : "county_code = '" + county + "'";
  }

  /** One row of a request's lists. */
  private record Part(String requestId, String part, int ord, String value, boolean flag) {}

  private static void insertParts(Session s, TaskRequest request) throws SQLException {
    String county = county(request);
    List<Part> parts = new ArrayList<>();
    List<DivisionCode> communities = request.targets().communities();
    for (int i = 0; i < communities.size(); i++) {
      parts.add(new Part(request.id(), "COMMUNITY", i, communities.get(i).value(), false));
    }
    addAll(parts, request.id(), "FORM", request.forms());
    addAll(parts, request.id(), "CERTIFICATE", request.certificates());
    addAll(parts, request.id(), "DEMAND", request.demands());
    List<Inspection> inspections = request.inspections();
    for (int i = 0; i < inspections.size(); i++) {
      parts.add(
          new Part(
              request.id(),
              "INSPECTION",
              i,
              inspections.get(i).title(),
              inspections.get(i).unifiedByStreetOffice()));
    }
    s.batch(
        "INSERT INTO ${prefix}task_request_part (request_id, part, ord, part_value, flag, county_code)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        parts,
        (statement, p) -> {
          statement.setString(6, county);
          statement.setString(1, p.requestId());
          statement.setString(2, p.part());
          statement.setInt(3, p.ord());
          statement.setString(4, p.value());
          statement.setBoolean(5, p.flag());
        });
  }

  private static void addAll(List<Part> parts, String id, String part, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      parts.add(new Part(id, part, i, values.get(i), false));
    }
  }

  /** Attaches the lists of every row with one query per chunk of ids, not one per request. */
  private static List<TaskRequest> loadRequests(Session s, List<RequestRow> rows)
      throws SQLException {
    Map<String, List<Part>> parts = new HashMap<>();
    for (int from = 0; from < rows.size(); from += IN_CHUNK) {
      List<RequestRow> chunk = rows.subList(from, Math.min(rows.size(), from + IN_CHUNK));
      String marks = chunk.stream().map(r -> "?").collect(Collectors.joining(", "));
      for (Part part :
          s.query(
              "SELECT request_id, part, ord, part_value, flag FROM ${prefix}task_request_part"
                  + " WHERE request_id IN ("
                  + marks
                  + ") ORDER BY request_id, part, ord",
              r ->
                  new Part(
                      r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getBoolean(5)),
              chunk.stream().map(RequestRow::id).toArray())) {
        parts.computeIfAbsent(part.requestId(), k -> new ArrayList<>()).add(part);
      }
    }
    List<TaskRequest> result = new ArrayList<>(rows.size());
    for (RequestRow row : rows) {
      result.add(request(row, parts.getOrDefault(row.id(), List.of())));
    }
    return result;
  }

  private static TaskRequest request(RequestRow row, List<Part> parts) {
    List<DivisionCode> communities = new ArrayList<>();
    List<String> forms = new ArrayList<>();
    List<String> certificates = new ArrayList<>();
    List<String> demands = new ArrayList<>();
    List<Inspection> inspections = new ArrayList<>();
    for (Part part : parts) {
      switch (part.part()) {
        case "COMMUNITY" -> communities.add(DivisionCode.of(part.value()));
        case "FORM" -> forms.add(part.value());
        case "CERTIFICATE" -> certificates.add(part.value());
        case "DEMAND" -> demands.add(part.value());
        case "INSPECTION" -> inspections.add(new Inspection(part.value(), part.flag()));
        default ->
            throw new IllegalStateException(
                "unknown part " + part.part() + " of request " + row.id());
      }
    }
    Targets targets =
        row.street() != null
            ? Targets.allOf(DivisionCode.of(row.street()))
            : Targets.communities(communities);
    return new TaskRequest(
        row.id(),
        row.department(),
        row.title(),
        row.itemCode(),
        targets,
        TaskKind.valueOf(row.kind()),
        Channel.valueOf(row.channel()),
        row.authority(),
        row.funding(),
        forms,
        inspections,
        certificates,
        demands,
        row.appliedOn(),
        row.start(),
        row.end(),
        row.version());
  }

  // ---- decisions
  // ---------------------------------------------------------------------------------

  public static AccessDecision insertDecision(Session s, AccessDecision d) throws SQLException {
    s.update(
        "INSERT INTO ${prefix}access_decision (request_id, community, seq, department, outcome, as_of, policy_id,"
            + " policy_version, deciding, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.requestId(),
        d.community().value(),
        d.sequence(),
        d.department(),
        d.outcome().name(),
        d.asOf(),
        d.decision().policyId(),
        d.decision().policyVersion(),
        String.join(",", d.decidingRules()),
        DecisionDocument.write(d.decision()));
    return d;
  }

  public static List<AccessDecision> findDecisionsByRequest(Session s, String requestId)
      throws SQLException {
    return s.query(
        DECISION_SELECT + "WHERE request_id = ? ORDER BY community, seq",
        AccessTables::decision,
        requestId);
  }

  public static List<AccessDecision> findDecisionsWithin(
      Session s, DivisionCode scope, LocalDate from, LocalDate to) throws SQLException {
    return s.query(
        DECISION_SELECT
            + "WHERE community LIKE ? AND as_of BETWEEN ? AND ? ORDER BY request_id, community, seq",
        AccessTables::decision,
        DivisionTable.significantPrefix(scope) + "%",
        from,
        to);
  }

  private static AccessDecision decision(ResultSet r) throws SQLException {
    return new AccessDecision(
        r.getString(1),
        DivisionCode.of(r.getString(2)),
        r.getInt(3),
        r.getString(4),
        DecisionDocument.read(r.getString(5), AccessOutcome.class));
  }

  // ---- approval steps
  // ----------------------------------------------------------------------------

  public static ApprovalStep appendStep(Session s, ApprovalStep step) throws SQLException {
    // the step lives with its request, in the request's county (V022); the request is looked up
    // first, as a sharded store cannot place a step whose request is not there
    Optional<Optional<String>> request =
        s.queryOne(
            "SELECT county_code FROM ${prefix}task_request WHERE id = ?",
            r -> Optional.ofNullable(r.getString(1)),
            step.requestId());
    if (request.isEmpty()) {
      throw new IntegrityViolationException(
          "approval step "
              + step.requestId()
              + "#"
              + step.sequence()
              + ": the task request does"
              + " not exist");
    }
    @Nullable String county = request.get().orElse(null);
    s.update(
        "INSERT INTO ${prefix}approval_step (request_id, seq, step_action, on_day, decided_by, until_day, note,"
            + " county_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        step.requestId(),
        step.sequence(),
        step.action().name(),
        step.on(),
        step.by(),
        step.until(),
        step.note(),
        county);
    return step;
  }

  public static List<ApprovalStep> findSteps(Session s, String requestId) throws SQLException {
    return s.query(
        "SELECT request_id, seq, step_action, on_day, decided_by, until_day, note FROM ${prefix}approval_step"
            + " WHERE request_id = ? ORDER BY seq",
        r ->
            new ApprovalStep(
                r.getString(1),
                r.getInt(2),
                ApprovalAction.valueOf(r.getString(3)),
                r.getObject(4, LocalDate.class),
                r.getString(5),
                r.getObject(6, LocalDate.class),
                r.getString(7)),
        requestId);
  }
}
