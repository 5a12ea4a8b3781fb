package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.AccessDecisionRepository;
import java.time.LocalDate;
import java.util.List;

/** The JDBC repository of access decisions: each call runs its SQL through {@link Calls}. */
public final class JdbcAccessDecisions implements AccessDecisionRepository {
  private final Calls calls;

  public JdbcAccessDecisions(Calls calls) {
    this.calls = calls;
  }

  @Override
  public AccessDecision insert(AccessDecision decision) {
    return calls.call(
        "insert access decision " + decision.id(), s -> AccessTables.insertDecision(s, decision));
  }

  @Override
  public List<AccessDecision> findByRequest(String requestId) {
    return calls.call(
        "find access decisions of a request",
        s -> AccessTables.findDecisionsByRequest(s, requestId));
  }

  @Override
  public List<AccessDecision> findWithin(DivisionCode scope, LocalDate from, LocalDate to) {
    return calls.call(
        "find access decisions within", s -> AccessTables.findDecisionsWithin(s, scope, from, to));
  }
}
