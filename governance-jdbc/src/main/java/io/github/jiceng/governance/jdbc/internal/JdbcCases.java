package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.CaseRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The JDBC repository of cases: each call runs its SQL through {@link Calls}. */
public final class JdbcCases implements CaseRepository {
  private final Calls calls;

  public JdbcCases(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Case insert(Case reported, CaseTransition report) {
    return calls.call("insert case " + reported.id(), s -> CaseTables.insert(s, reported, report));
  }

  @Override
  public Case update(Case next, @Nullable CaseTransition step) {
    return calls.call("update case " + next.id(), s -> CaseTables.update(s, next, step));
  }

  @Override
  public Optional<Case> find(String id) {
    return calls.call("find case", s -> CaseTables.find(s, id));
  }

  @Override
  public List<CaseTransition> history(String caseId) {
    return calls.call("read a case's history", s -> CaseTables.history(s, caseId));
  }

  @Override
  public List<CaseFigures.Line> figures(
      DivisionCode area,
      boolean below,
      Instant from,
      Instant to,
      Instant asOf,
      CaseFigures.GroupBy by) {
    return calls.call(
        "count case figures", s -> CaseTables.figures(s, area, below, from, to, asOf, by));
  }

  @Override
  public List<Case> findByCommunity(DivisionCode community, Instant from, Instant to) {
    return calls.call(
        "find cases of a community", s -> CaseTables.findByCommunity(s, community, from, to));
  }
}
