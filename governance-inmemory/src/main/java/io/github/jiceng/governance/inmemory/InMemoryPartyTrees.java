package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.spi.PartyTreeRepository;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of party trees, over the store's tables; writes go through {@link
 * Writes}.
 */
final class InMemoryPartyTrees implements PartyTreeRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryPartyTrees(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public PartyTree insert(PartyTree tree) {
    return view.write(undo -> tables.partyTable.insert(tree, undo, this::requireCommunity));
  }

  @Override
  public PartyTree update(PartyTree tree) {
    return view.write(undo -> tables.partyTable.update(tree, undo, this::requireCommunity));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(undo -> tables.partyTable.delete(id, expectedVersion, undo));
  }

  @Override
  public Optional<PartyTree> find(String id) {
    return tables.read(() -> tables.partyTable.find(id));
  }

  @Override
  public List<PartyTree> findByCommunity(DivisionCode community) {
    return tables.read(() -> tables.partyTable.where(t -> t.community().equals(community)));
  }

  @Override
  public List<PartyTree> findWithin(DivisionCode ancestor) {
    return tables.read(
        () ->
            tables.partyTable.where(
                t -> t.community().equals(ancestor) || t.community().isWithin(ancestor)));
  }

  private void requireCommunity(PartyTree tree) {
    if (!tables.divisionTable.contains(tree.community())) {
      throw new IntegrityViolationException(
          "party tree " + tree.id() + ": community " + tree.community() + " does not exist");
    }
  }
}
