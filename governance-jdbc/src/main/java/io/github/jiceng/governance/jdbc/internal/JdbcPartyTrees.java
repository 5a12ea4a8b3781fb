package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.spi.PartyTreeRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of party trees: each call runs its SQL through {@link Calls}. */
public final class JdbcPartyTrees implements PartyTreeRepository {
  private final Calls calls;

  public JdbcPartyTrees(Calls calls) {
    this.calls = calls;
  }

  @Override
  public PartyTree insert(PartyTree tree) {
    return calls.call("insert party tree " + tree.id(), s -> PartyTables.insert(s, tree));
  }

  @Override
  public PartyTree update(PartyTree tree) {
    return calls.call("update party tree " + tree.id(), s -> PartyTables.update(s, tree));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call("delete party tree " + id, s -> PartyTables.delete(s, id, expectedVersion));
  }

  @Override
  public Optional<PartyTree> find(String id) {
    return calls.call("find party tree", s -> PartyTables.find(s, id));
  }

  @Override
  public List<PartyTree> findByCommunity(DivisionCode community) {
    return calls.call(
        "find party trees of a community", s -> PartyTables.findByCommunity(s, community));
  }

  @Override
  public List<PartyTree> findWithin(DivisionCode ancestor) {
    return calls.call("find party trees within", s -> PartyTables.findWithin(s, ancestor));
  }
}
