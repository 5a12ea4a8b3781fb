package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.spi.HouseholdRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of households: each call runs its SQL through {@link Calls}. */
public final class JdbcHouseholds implements HouseholdRepository {
  private final Calls calls;

  public JdbcHouseholds(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Household insert(Household household) {
    return calls.call(
        "insert household " + household.id(),
        s -> GridTables.insertHouseholds(s, List.of(household)).get(0));
  }

  @Override
  public List<Household> insertAll(List<Household> households) {
    return calls.call(
        "insert " + households.size() + " households",
        s -> GridTables.insertHouseholds(s, households));
  }

  @Override
  public Household update(Household household) {
    return calls.call(
        "update household " + household.id(), s -> GridTables.updateHousehold(s, household));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call(
        "delete household " + id, s -> GridTables.deleteHousehold(s, id, expectedVersion));
  }

  @Override
  public Optional<Household> find(String id) {
    return calls.call("find household", s -> GridTables.findHousehold(s, id));
  }

  @Override
  public List<Household> findByGrid(GridCode grid) {
    return calls.call("find households of a grid", s -> GridTables.findHouseholdsByGrid(s, grid));
  }

  @Override
  public io.github.jiceng.governance.grid.GridTallies tallies(DivisionCode community) {
    return calls.call(
        "count the households of a community by grid", s -> GridTables.tallies(s, community));
  }

  @Override
  public List<Household> findByCommunity(DivisionCode community) {
    return calls.call(
        "find households of a community", s -> GridTables.findHouseholdsByCommunity(s, community));
  }
}
