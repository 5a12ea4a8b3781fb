package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.spi.ResidentRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JDBC repository of residents: each call runs its SQL through {@link Calls}. */
public final class JdbcResidents implements ResidentRepository {
  private final Calls calls;

  public JdbcResidents(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Resident insert(Resident resident) {
    return calls.call(
        "insert resident " + resident.id(),
        s -> GridTables.insertResidents(s, List.of(resident)).get(0));
  }

  @Override
  public List<Resident> insertAll(List<Resident> residents) {
    return calls.call(
        "insert " + residents.size() + " residents", s -> GridTables.insertResidents(s, residents));
  }

  @Override
  public Resident update(Resident resident) {
    return calls.call(
        "update resident " + resident.id(), s -> GridTables.updateResident(s, resident));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call(
        "delete resident " + id, s -> GridTables.deleteResident(s, id, expectedVersion));
  }

  @Override
  public Optional<Resident> find(String id) {
    return calls.call("find resident", s -> GridTables.findResident(s, id));
  }

  @Override
  public List<Resident> findByHousehold(String householdId) {
    return calls.call(
        "find residents of a household", s -> GridTables.findResidentsByHousehold(s, householdId));
  }

  @Override
  public List<Resident> findByTag(DivisionCode community, CareTag tag) {
    return calls.call(
        "find residents by tag", s -> GridTables.findResidentsByTag(s, community, tag));
  }

  @Override
  public Optional<Resident> findByIdentityNumber(IdentityNumber identityNumber) {
    return calls.call(
        "find resident by identity number",
        s -> GridTables.findResidentByIdentityNumber(s, identityNumber));
  }

  @Override
  public Map<String, Integer> countByHousehold(DivisionCode community) {
    return calls.call(
        "count residents by household", s -> GridTables.countResidentsByHousehold(s, community));
  }

  @Override
  public List<Resident> findByGridAndTag(
      io.github.jiceng.governance.grid.GridCode grid,
      io.github.jiceng.governance.people.CareTag tag) {
    return calls.call(
        "find residents of a grid by tag", s -> GridTables.findResidentsByGridAndTag(s, grid, tag));
  }
}
