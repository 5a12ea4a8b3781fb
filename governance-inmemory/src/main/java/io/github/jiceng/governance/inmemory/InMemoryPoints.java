package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsEntry;
import io.github.jiceng.governance.spi.PointsRepository;
import java.util.List;
import java.util.Optional;

/** The in-memory repository of points accounts and their ledgers. */
final class InMemoryPoints implements PointsRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryPoints(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public PointsAccount open(PointsAccount account) {
    return view.write(
        undo ->
            tables.pointsTable.insert(
                account,
                undo,
                a -> tables.requireCommunity("points account " + a.id(), a.community())));
  }

  @Override
  public Optional<PointsAccount> find(String id) {
    return tables.read(() -> tables.pointsTable.find(id));
  }

  @Override
  public List<PointsAccount> findByCommunity(DivisionCode community) {
    return tables.read(() -> tables.pointsTable.where(a -> a.community().equals(community)));
  }

  @Override
  public PointsAccount append(PointsAccount next, PointsEntry entry) {
    if (!entry.accountId().equals(next.id()) || entry.sequence() != next.entries()) {
      throw InvalidInputException.of(
          "points account " + next.id(), "entry", "must be the account's next entry");
    }
    return view.write(
        undo -> {
          PointsAccount stored = tables.pointsTable.update(next, undo);
          tables.pointsLedger.insert(entry, undo);
          return stored;
        });
  }

  @Override
  public List<PointsEntry> ledger(String accountId) {
    return tables.read(() -> tables.pointsLedger.where(e -> e.accountId().equals(accountId)));
  }
}
