package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.assessment.AssessmentFacts;
import io.github.jiceng.governance.assessment.WorkerAssessment;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.AssessmentRepository;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The JDBC repository of workers' assessments: one row each and one per item scored. */
public final class JdbcAssessments implements AssessmentRepository {
  private static final String SELECT =
      "SELECT id, community_code, worker_id, period, assessed_on, by_actor, version"
          + " FROM ${prefix}worker_assessment ";

  private final Calls calls;

  public JdbcAssessments(Calls calls) {
    this.calls = calls;
  }

  @Override
  public WorkerAssessment insert(WorkerAssessment a) {
    return calls.call(
        "insert worker assessment " + a.id(),
        s -> {
          if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", a.community().value())) {
            throw new IntegrityViolationException(
                "worker assessment " + a.id() + ": community " + a.community() + " does not exist");
          }
          s.update(
              "INSERT INTO ${prefix}worker_assessment (id, community_code, worker_id, period,"
                  + " assessed_on, by_actor, version) VALUES (?, ?, ?, ?, ?, ?, 1)",
              a.id(),
              a.community().value(),
              a.scores().workerId(),
              a.scores().period(),
              a.assessedOn(),
              a.by());
          List<Map.Entry<String, Integer>> scores = new ArrayList<>(a.scores().scores().entrySet());
          s.batch(
              "INSERT INTO ${prefix}worker_assessment_score (assessment_id, item_code, score,"
                  + " community_code) VALUES (?, ?, ?, ?)",
              scores,
              (st, e) -> {
                st.setString(1, a.id());
                st.setString(2, e.getKey());
                st.setInt(3, e.getValue());
                st.setString(4, a.community().value());
              });
          return a.withVersion(1);
        });
  }

  @Override
  public Optional<WorkerAssessment> find(String id) {
    return calls.call(
        "find worker assessment",
        s -> {
          List<WorkerAssessment> found = load(s, "WHERE id = ?", id);
          return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
  }

  @Override
  public List<WorkerAssessment> findByCommunity(DivisionCode community, String period) {
    return calls.call(
        "find worker assessments of community",
        s -> load(s, "WHERE community_code = ? AND period = ?", community.value(), period));
  }

  private static List<WorkerAssessment> load(Session s, String where, Object... parameters)
      throws SQLException {
    record Row(
        String id,
        DivisionCode community,
        String worker,
        String period,
        LocalDate on,
        String by,
        long version) {}
    List<Row> rows =
        s.query(
            SELECT + where + " ORDER BY id",
            r ->
                new Row(
                    r.getString(1),
                    DivisionCode.of(r.getString(2).strip()),
                    r.getString(3),
                    r.getString(4),
                    r.getObject(5, LocalDate.class),
                    r.getString(6),
                    r.getLong(7)),
            parameters);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<Map.Entry<String, Integer>>> scores =
        s.queryGrouped(
            "SELECT assessment_id, item_code, score FROM ${prefix}worker_assessment_score"
                + " WHERE assessment_id IN (SELECT id FROM ${prefix}worker_assessment "
                + where
                + ") ORDER BY assessment_id, item_code",
            r -> r.getString(1),
            r -> Map.entry(r.getString(2), r.getInt(3)),
            parameters);
    List<WorkerAssessment> assessments = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Map<String, Integer> byItem = new TreeMap<>();
      scores.getOrDefault(row.id(), List.of()).forEach(e -> byItem.put(e.getKey(), e.getValue()));
      assessments.add(
          new WorkerAssessment(
              row.id(),
              row.community(),
              new AssessmentFacts(row.worker(), row.period(), byItem),
              row.on(),
              row.by(),
              row.version()));
    }
    return assessments;
  }
}
