package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQL for divisions. Every method runs inside the caller's transaction. */
public final class DivisionTable {
  private static final String COLUMNS = "code, name, division_level, version";

  private DivisionTable() {}

  public static AdministrativeDivision insert(Session s, AdministrativeDivision division)
      throws SQLException {
    Optional<DivisionCode> parent = division.parent();
    if (parent.isPresent() && !exists(s, parent.get()) && !exists(s, division.code())) {
      throw new IntegrityViolationException(
          "division " + division.code() + ": parent " + parent.get() + " does not exist");
    }
    AuditTable.lockSharedWrites(s);
    s.update(
        "INSERT INTO ${prefix}division (code, name, division_level, parent_code, version) VALUES (?, ?, ?, ?, 1)",
        division.code().value(),
        division.name(),
        division.level().name(),
        parent.map(DivisionCode::value).orElse(null));
    return division.withVersion(1);
  }

  public static AdministrativeDivision update(Session s, AdministrativeDivision division)
      throws SQLException {
    AuditTable.lockSharedWrites(s);
    int rows =
        s.update(
            "UPDATE ${prefix}division SET name = ?, version = version + 1 WHERE code = ? AND version = ?",
            division.name(),
            division.code().value(),
            division.version());
    if (rows == 0) {
      throw s.stale("division", "division", "code", division.code().value(), division.version());
    }
    return division.withVersion(division.version() + 1);
  }

  public static boolean delete(Session s, DivisionCode code, long expectedVersion)
      throws SQLException {
    if (!exists(s, code)) {
      return false;
    }
    if (s.exists("SELECT 1 FROM ${prefix}division WHERE parent_code = ?", code.value())) {
      throw new IntegrityViolationException(
          "division " + code + " cannot be deleted: divisions lie within it");
    }
    if (s.exists("SELECT 1 FROM ${prefix}committee WHERE division_code = ?", code.value())) {
      throw new IntegrityViolationException(
          "division " + code + " cannot be deleted: a committee governs it");
    }
    if (s.exists("SELECT 1 FROM ${prefix}party_tree WHERE community_code = ?", code.value())) {
      throw new IntegrityViolationException(
          "division " + code + " cannot be deleted: party organisations belong to it");
    }
    AuditTable.lockSharedWrites(s);
    int rows =
        s.update(
            "DELETE FROM ${prefix}division WHERE code = ? AND version = ?",
            code.value(),
            expectedVersion);
    if (rows == 0) {
      throw s.stale("division", "division", "code", code.value(), expectedVersion);
    }
    return true;
  }

  public static Optional<AdministrativeDivision> find(Session s, DivisionCode code)
      throws SQLException {
    return s.queryOne(
        "SELECT " + COLUMNS + " FROM ${prefix}division WHERE code = ?",
        DivisionTable::map,
        code.value());
  }

  public static List<AdministrativeDivision> findChildren(Session s, DivisionCode parent)
      throws SQLException {
    return s.query(
        "SELECT " + COLUMNS + " FROM ${prefix}division WHERE parent_code = ? ORDER BY code",
        DivisionTable::map,
        parent.value());
  }

  public static List<AdministrativeDivision> findWithin(Session s, DivisionCode ancestor)
      throws SQLException {
    return s.query(
        "SELECT "
            + COLUMNS
            + " FROM ${prefix}division WHERE code LIKE ? AND code <> ? ORDER BY code",
        DivisionTable::map,
        significantPrefix(ancestor) + "%",
        ancestor.value());
  }

  /** The digits of {@code code} that its descendants share: 6, 9 or 12. */
  static String significantPrefix(DivisionCode code) {
    return switch (code.tier()) {
      case COUNTY -> code.value().substring(0, 6);
      case STREET -> code.value().substring(0, 9);
      case COMMUNITY -> code.value();
    };
  }

  /**
   * The SQL condition selecting the rows of {@code area} by {@code column} — its code, or, if
   * {@code below}, the half-open range of codes under it, so that an index on the column is used —
   * and its parameters.
   *
   * @param sql e.g. {@code community_code >= ? AND community_code < ?}
   * @param parameters the values for its placeholders, in order
   */
  record AreaFilter(String sql, List<Object> parameters) {
    static AreaFilter of(String column, DivisionCode area, boolean below) {
      if (!below) {
        return new AreaFilter(column + " = ?", List.of(area.value()));
      }
      String[] range = subtree(area);
      return new AreaFilter(column + " >= ? AND " + column + " < ?", List.of(range[0], range[1]));
    }
  }

  /**
   * The codes of {@code area} and everything under it, as a half-open range of 12-digit codes
   * ({@code low <= code < high}), so that a query over a sub-tree uses an index on the code.
   */
  private static String[] subtree(DivisionCode area) {
    String prefix = significantPrefix(area);
    String next = String.format("%0" + prefix.length() + "d", Long.parseLong(prefix) + 1);
    return new String[] {padded(prefix), padded(next)};
  }

  private static String padded(String prefix) {
    return prefix + "0".repeat(12 - prefix.length());
  }

  /**
   * The names of the constants {@code which} selects, quoted for an SQL {@code IN} list: figures
   * count by the enums' own definitions (settled, open, satisfied), not by a copy of them.
   */
  static <E extends Enum<E>> String names(
      java.util.Collection<E> constants, java.util.function.Predicate<E> which) {
    return constants.stream()
        .filter(which)
        .map(c -> "'" + c.name() + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static boolean exists(Session s, DivisionCode code) throws SQLException {
    return s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", code.value());
  }

  private static AdministrativeDivision map(ResultSet row) throws SQLException {
    return new AdministrativeDivision(
        DivisionCode.of(row.getString(1)),
        row.getString(2),
        DivisionLevel.valueOf(row.getString(3)),
        row.getLong(4));
  }
}
