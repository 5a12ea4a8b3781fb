package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.AccessDecisionRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * The in-memory repository of access decisions, over the store's tables; writes go through {@link
 * Writes}.
 */
final class InMemoryAccessDecisions implements AccessDecisionRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryAccessDecisions(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public AccessDecision insert(AccessDecision decision) {
    return view.write(
        undo -> {
          tables.requireRequest(decision.requestId(), "access decision " + decision.id());
          return tables.decisionLedger.insert(decision, undo);
        });
  }

  @Override
  public List<AccessDecision> findByRequest(String requestId) {
    return tables.read(() -> tables.decisionLedger.where(d -> d.requestId().equals(requestId)));
  }

  @Override
  public List<AccessDecision> findWithin(DivisionCode scope, LocalDate from, LocalDate to) {
    return tables.read(
        () ->
            tables.decisionLedger.where(
                d ->
                    (d.community().equals(scope) || d.community().isWithin(scope))
                        && !d.asOf().isBefore(from)
                        && !d.asOf().isAfter(to)));
  }
}
