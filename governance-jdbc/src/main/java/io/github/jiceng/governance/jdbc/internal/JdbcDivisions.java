package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionChange;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.spi.DivisionRepository;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The JDBC repository of divisions: each call runs its SQL through {@link Calls}. */
public final class JdbcDivisions implements DivisionRepository {
  private final Calls calls;

  public JdbcDivisions(Calls calls) {
    this.calls = calls;
  }

  @Override
  public AdministrativeDivision insert(AdministrativeDivision division) {
    return calls.call("insert division " + division.code(), s -> DivisionTable.insert(s, division));
  }

  @Override
  public AdministrativeDivision update(AdministrativeDivision division) {
    return calls.call("update division " + division.code(), s -> DivisionTable.update(s, division));
  }

  @Override
  public boolean delete(DivisionCode code, long expectedVersion) {
    return calls.call(
        "delete division " + code, s -> DivisionTable.delete(s, code, expectedVersion));
  }

  @Override
  public Optional<AdministrativeDivision> find(DivisionCode code) {
    return calls.call("find division", s -> DivisionTable.find(s, code));
  }

  @Override
  public List<AdministrativeDivision> findChildren(DivisionCode parent) {
    return calls.call("find child divisions", s -> DivisionTable.findChildren(s, parent));
  }

  @Override
  public List<AdministrativeDivision> findWithin(DivisionCode ancestor) {
    return calls.call("find divisions within", s -> DivisionTable.findWithin(s, ancestor));
  }

  private static final String CHANGE =
      "SELECT id, kind, effective_on, former_name, new_name, basis_document, basis_article,"
          + " version FROM ${prefix}division_change ";

  @Override
  public DivisionChange recordChange(DivisionChange c) {
    return calls.call(
        "record division change " + c.id(),
        s -> {
          for (DivisionCode code : concat(c.predecessors(), c.successors())) {
            if (!s.exists("SELECT 1 FROM ${prefix}division WHERE code = ?", code.value())) {
              throw new IntegrityViolationException(
                  "division change " + c.id() + ": division " + code + " does not exist");
            }
          }
          AuditTable.lockSharedWrites(s);
          s.update(
              "INSERT INTO ${prefix}division_change (id, county_code, kind, effective_on,"
                  + " former_name, new_name, basis_document, basis_article, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
              c.id(),
              c.countyCode(),
              c.kind().name(),
              c.effective(),
              c.formerName(),
              c.newName(),
              c.basis().document(),
              c.basis().article());
          List<String[]> codes = new ArrayList<>();
          for (int i = 0; i < c.predecessors().size(); i++) {
            codes.add(new String[] {"P", String.valueOf(i), c.predecessors().get(i).value()});
          }
          for (int i = 0; i < c.successors().size(); i++) {
            codes.add(new String[] {"S", String.valueOf(i), c.successors().get(i).value()});
          }
          s.batch(
              "INSERT INTO ${prefix}division_change_code (change_id, side, seq, code)"
                  + " VALUES (?, ?, ?, ?)",
              codes,
              (st, row) -> {
                st.setString(1, c.id());
                st.setString(2, row[0]);
                st.setInt(3, Integer.parseInt(row[1]));
                st.setString(4, row[2]);
              });
          return c.withVersion(1);
        });
  }

  @Override
  public Optional<DivisionChange> findChange(String id) {
    return calls.call(
        "find division change", s -> changes(s, "WHERE id = ?", id).stream().findFirst());
  }

  @Override
  public List<DivisionChange> changesIn(String countyCode) {
    return calls.call(
        "find division changes of county",
        s -> changes(s, "WHERE county_code = ? ORDER BY effective_on, id", countyCode));
  }

  private static List<DivisionCode> concat(List<DivisionCode> a, List<DivisionCode> b) {
    List<DivisionCode> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A change's row, before its divisions are attached. */
  private record Row(
      String id,
      DivisionChange.Kind kind,
      LocalDate effective,
      @Nullable String formerName,
      @Nullable String newName,
      Citation basis,
      long version) {}

  private static List<DivisionChange> changes(Session s, String where, String parameter)
      throws SQLException {
    List<Row> rows =
        s.query(
            CHANGE + where,
            r ->
                new Row(
                    r.getString(1),
                    DivisionChange.Kind.valueOf(r.getString(2)),
                    r.getObject(3, LocalDate.class),
                    r.getString(4),
                    r.getString(5),
                    new Citation(r.getString(6), r.getString(7)),
                    r.getLong(8)),
            parameter);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<String[]>> codes =
        s.queryGrouped(
            "SELECT change_id, side, code FROM ${prefix}division_change_code WHERE change_id IN"
                + " (SELECT id FROM ${prefix}division_change "
                + where.replaceFirst(" ORDER BY .*", "")
                + ") ORDER BY change_id, side, seq",
            r -> r.getString(1),
            r -> new String[] {r.getString(2), r.getString(3).strip()},
            parameter);
    List<DivisionChange> found = new ArrayList<>(rows.size());
    for (Row row : rows) {
      List<DivisionCode> before = new ArrayList<>();
      List<DivisionCode> after = new ArrayList<>();
      for (String[] code : codes.getOrDefault(row.id(), List.of())) {
        ("P".equals(code[0]) ? before : after).add(DivisionCode.of(code[1]));
      }
      found.add(
          new DivisionChange(
              row.id(),
              row.kind(),
              row.effective(),
              before,
              after,
              row.formerName(),
              row.newName(),
              row.basis(),
              row.version()));
    }
    return found;
  }
}
