package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.CaseRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory repository of cases and their histories, over the store's tables; writes go through
 * {@link Writes}.
 */
final class InMemoryCases implements CaseRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryCases(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Case insert(Case reported, CaseTransition report) {
    return view.write(
        undo -> {
          Case stored =
              tables.caseTable.insert(
                  reported, undo, c -> tables.requireCommunity("case " + c.id(), c.community()));
          tables.caseStepLedger.insert(report, undo);
          return stored;
        });
  }

  @Override
  public Case update(Case next, @Nullable CaseTransition step) {
    return view.write(
        undo -> {
          Case stored = tables.caseTable.update(next, undo);
          if (step != null) {
            tables.caseStepLedger.insert(step, undo);
          }
          return stored;
        });
  }

  @Override
  public Optional<Case> find(String id) {
    return tables.read(() -> tables.caseTable.find(id));
  }

  @Override
  public List<CaseTransition> history(String caseId) {
    return tables.read(() -> tables.caseStepLedger.where(t -> t.caseId().equals(caseId)));
  }

  @Override
  public List<CaseFigures.Line> figures(
      DivisionCode area,
      boolean below,
      Instant from,
      Instant to,
      Instant asOf,
      CaseFigures.GroupBy by) {
    return tables.read(
        () -> {
          java.util.Map<String, CaseFigures.Line> lines = new java.util.TreeMap<>();
          for (Case c :
              tables.caseTable.where(
                  c ->
                      (c.community().equals(area) || (below && c.community().isWithin(area)))
                          && !c.reportedAt().isBefore(from)
                          && c.reportedAt().isBefore(to))) {
            lines.merge(
                CaseFigures.Line.key(c, by),
                CaseFigures.Line.of(c, by, asOf),
                CaseFigures.Line::plus);
          }
          return List.copyOf(lines.values());
        });
  }

  @Override
  public List<Case> findByCommunity(DivisionCode community, Instant from, Instant to) {
    return tables.read(
        () ->
            tables.caseTable.where(
                c ->
                    c.community().equals(community)
                        && !c.reportedAt().isBefore(from)
                        && c.reportedAt().isBefore(to)));
  }
}
