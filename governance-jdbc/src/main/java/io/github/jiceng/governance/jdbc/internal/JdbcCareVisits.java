package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.care.CareVisit;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.spi.CareVisitRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of care visits. */
public final class JdbcCareVisits implements CareVisitRepository {
  private static final String SELECT =
      "SELECT id, resident_id, community_code, care_tag, visit_kind, on_day, by_actor, version"
          + " FROM ${prefix}care_visit ";

  private final Calls calls;

  public JdbcCareVisits(Calls calls) {
    this.calls = calls;
  }

  @Override
  public CareVisit insert(CareVisit v) {
    return calls.call(
        "insert care visit " + v.id(),
        s -> {
          if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", v.community().value())) {
            throw new IntegrityViolationException(
                "care visit " + v.id() + ": community " + v.community() + " does not exist");
          }
          s.update(
              "INSERT INTO ${prefix}care_visit (id, resident_id, community_code, care_tag,"
                  + " visit_kind, on_day, by_actor, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
              v.id(),
              v.residentId(),
              v.community().value(),
              v.tag().name(),
              v.kind().name(),
              v.on(),
              v.by());
          return v.withVersion(1);
        });
  }

  @Override
  public Optional<CareVisit> find(String id) {
    return calls.call(
        "find care visit", s -> s.queryOne(SELECT + "WHERE id = ?", JdbcCareVisits::visit, id));
  }

  @Override
  public List<CareVisit> findByCommunity(DivisionCode community) {
    return calls.call(
        "find care visits of community",
        s ->
            s.query(
                SELECT + "WHERE community_code = ? ORDER BY on_day, id",
                JdbcCareVisits::visit,
                community.value()));
  }

  private static CareVisit visit(ResultSet r) throws SQLException {
    return new CareVisit(
        r.getString(1),
        r.getString(2),
        DivisionCode.of(r.getString(3).strip()),
        CareTag.valueOf(r.getString(4)),
        CareVisit.Kind.valueOf(r.getString(5)),
        r.getObject(6, LocalDate.class),
        r.getString(7),
        r.getLong(8));
  }
}
