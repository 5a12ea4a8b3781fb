package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.DivisionRepository;
import java.util.List;
import java.util.Optional;

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
}
