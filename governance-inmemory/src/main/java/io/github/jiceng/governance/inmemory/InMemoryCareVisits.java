package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.care.CareVisit;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.CareVisitRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The in-memory repository of care visits. */
final class InMemoryCareVisits implements CareVisitRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryCareVisits(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public CareVisit insert(CareVisit visit) {
    return view.write(
        undo ->
            tables.careVisitTable.insert(
                visit, undo, v -> tables.requireCommunity("care visit " + v.id(), v.community())));
  }

  @Override
  public Optional<CareVisit> find(String id) {
    return tables.read(() -> tables.careVisitTable.find(id));
  }

  @Override
  public List<CareVisit> findByCommunity(DivisionCode community) {
    return tables.read(
        () ->
            tables.careVisitTable.where(v -> v.community().equals(community)).stream()
                .sorted(Comparator.comparing(CareVisit::on).thenComparing(CareVisit::id))
                .toList());
  }
}
