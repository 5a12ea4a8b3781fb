package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.facility.FacilityKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL for facilities: one row per facility and one per room or function code, replaced whole on
 * every update. Every method runs inside the caller's transaction.
 */
public final class FacilityTable {
  private static final String SELECT =
      "SELECT id, community_code, facility_kind, name, floor_area, version FROM ${prefix}facility ";

  private FacilityTable() {}

  public static Facility insert(Session s, Facility f) throws SQLException {
    requireCommunity(s, f);
    s.update(
        "INSERT INTO ${prefix}facility (id, community_code, facility_kind, name, floor_area, version)"
            + " VALUES (?, ?, ?, ?, ?, 1)",
        f.id(),
        f.community().value(),
        f.kind().name(),
        f.name(),
        f.floorArea());
    insertFunctions(s, f);
    return f.withVersion(1);
  }

  public static Facility update(Session s, Facility f) throws SQLException {
    requireCommunity(s, f);
    int rows =
        s.update(
            "UPDATE ${prefix}facility SET facility_kind = ?, name = ?, floor_area = ?,"
                + " version = version + 1 WHERE id = ? AND community_code = ? AND version = ?",
            f.kind().name(),
            f.name(),
            f.floorArea(),
            f.id(),
            f.community().value(),
            f.version());
    if (rows == 0) {
      throw s.staleOrMoved(
          "facility", "facility", f.id(), f.version(), "community_code", f.community().value());
    }
    s.update("DELETE FROM ${prefix}facility_function WHERE facility_id = ?", f.id());
    insertFunctions(s, f);
    return f.withVersion(f.version() + 1);
  }

  public static boolean delete(Session s, String id, long expectedVersion) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}facility WHERE id = ?", id)) {
      return false;
    }
    s.update("DELETE FROM ${prefix}facility_function WHERE facility_id = ?", id);
    int rows =
        s.update("DELETE FROM ${prefix}facility WHERE id = ? AND version = ?", id, expectedVersion);
    if (rows == 0) {
      throw s.stale("facility", "facility", "id", id, expectedVersion);
    }
    return true;
  }

  public static Optional<Facility> find(Session s, String id) throws SQLException {
    List<Facility> found = load(s, "WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public static List<Facility> findByCommunity(Session s, DivisionCode community)
      throws SQLException {
    return load(s, "WHERE community_code = ?", community.value());
  }

  public static List<Facility> findWithin(Session s, DivisionCode area) throws SQLException {
    return load(s, "WHERE community_code LIKE ?", DivisionTable.significantPrefix(area) + "%");
  }

  private static void requireCommunity(Session s, Facility f) throws SQLException {
    if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", f.community().value())) {
      throw new IntegrityViolationException(
          "facility " + f.id() + ": community " + f.community() + " does not exist");
    }
  }

  private static void insertFunctions(Session s, Facility f) throws SQLException {
    s.batch(
        "INSERT INTO ${prefix}facility_function (facility_id, code, community_code)"
            + " VALUES (?, ?, ?)",
        f.functions(),
        (statement, code) -> {
          statement.setString(1, f.id());
          statement.setString(2, code);
          statement.setString(3, f.community().value());
        });
  }

  /** The facilities {@code where} selects, by id, with their codes: two queries in all. */
  private static List<Facility> load(Session s, String where, Object parameter)
      throws SQLException {
    record Row(
        String id,
        DivisionCode community,
        FacilityKind kind,
        String name,
        java.math.BigDecimal area,
        long version) {}
    List<Row> rows =
        s.query(
            SELECT + where + " ORDER BY id",
            r ->
                new Row(
                    r.getString(1),
                    DivisionCode.of(r.getString(2).strip()),
                    FacilityKind.valueOf(r.getString(3)),
                    r.getString(4),
                    r.getBigDecimal(5),
                    r.getLong(6)),
            parameter);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> functions =
        s.queryGrouped(
            "SELECT facility_id, code FROM ${prefix}facility_function WHERE facility_id IN"
                + " (SELECT id FROM ${prefix}facility "
                + where
                + ") ORDER BY facility_id, code",
            r -> r.getString(1),
            r -> r.getString(2),
            parameter);
    List<Facility> facilities = new ArrayList<>(rows.size());
    for (Row row : rows) {
      facilities.add(
          new Facility(
              row.id(),
              row.community(),
              row.kind(),
              row.name(),
              row.area(),
              functions.getOrDefault(row.id(), List.of()),
              row.version()));
    }
    return facilities;
  }
}
