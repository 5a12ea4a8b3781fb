package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.cases.Dispute;
import io.github.jiceng.governance.cases.MediationFigures;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.DisputeRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of disputes, over the store's tables; writes go through {@link Writes}.
 */
final class InMemoryDisputes implements DisputeRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryDisputes(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Dispute insert(Dispute dispute) {
    return view.write(
        undo -> {
          if (tables.disputes.containsKey(dispute.id())) {
            throw new DuplicateKeyException("dispute " + dispute.id() + " already exists");
          }
          tables.requireCommunity("dispute " + dispute.id(), dispute.community());
          tables.disputes.put(dispute.id(), dispute);
          undo.record(() -> tables.disputes.remove(dispute.id()));
          return dispute;
        });
  }

  @Override
  public Dispute appendAttempt(Dispute next) {
    return view.write(
        undo -> {
          Dispute stored = tables.disputes.get(next.id());
          if (stored == null) {
            throw new NotFoundException("dispute " + next.id() + " is not stored");
          }
          if (stored.attempts().size() + 1 != next.attempts().size()) {
            throw new WriteConflictException(
                "dispute "
                    + next.id()
                    + " has "
                    + stored.attempts().size()
                    + " attempts stored; yours follows "
                    + (next.attempts().size() - 1));
          }
          tables.disputes.put(next.id(), next);
          undo.record(() -> tables.disputes.put(next.id(), stored));
          return next;
        });
  }

  @Override
  public Optional<Dispute> find(String id) {
    return tables.read(() -> Optional.ofNullable(tables.disputes.get(id)));
  }

  @Override
  public List<Dispute> findByCommunity(DivisionCode community, LocalDate from, LocalDate to) {
    return tables.read(
        () ->
            tables.disputes.values().stream()
                .filter(d -> d.community().equals(community) && within(d.reportedOn(), from, to))
                .toList());
  }

  @Override
  public MediationFigures figures(DivisionCode area, boolean below, LocalDate from, LocalDate to) {
    return tables.read(
        () ->
            MediationFigures.of(
                tables.disputes.values().stream()
                    .filter(
                        d ->
                            (d.community().equals(area) || (below && d.community().isWithin(area)))
                                && within(d.reportedOn(), from, to))
                    .toList()));
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
