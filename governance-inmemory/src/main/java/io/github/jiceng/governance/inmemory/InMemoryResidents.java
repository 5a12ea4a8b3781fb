package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.spi.ResidentRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory repository of residents, over the store's tables; writes go through {@link Writes}.
 */
final class InMemoryResidents implements ResidentRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryResidents(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Resident insert(Resident resident) {
    return view.write(undo -> tables.residentTable.insert(resident, undo, this::requireHousehold));
  }

  @Override
  public List<Resident> insertAll(List<Resident> residents) {
    return view.write(
        undo -> tables.residentTable.insertAll(residents, undo, this::requireHousehold));
  }

  /**
   * Changes a resident, who may move to another household of the same community but not to another
   * community, as on the JDBC store (the community stays out of the update's {@code SET}).
   */
  @Override
  public Resident update(Resident resident) {
    return view.write(
        undo ->
            tables.residentTable.update(
                resident,
                undo,
                r -> {
                  requireHousehold(r);
                  DivisionCode now = communityOf(r.householdId());
                  tables
                      .residentTable
                      .find(r.id())
                      .map(stored -> communityOf(stored.householdId()))
                      .filter(before -> !before.equals(now))
                      .ifPresent(
                          before -> {
                            throw new IntegrityViolationException(
                                "resident "
                                    + r.id()
                                    + " belongs to "
                                    + before
                                    + " and stays there");
                          });
                }));
  }

  private DivisionCode communityOf(String householdId) {
    return tables.householdTable.find(householdId).orElseThrow().community();
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(undo -> tables.residentTable.delete(id, expectedVersion, undo));
  }

  @Override
  public Optional<Resident> find(String id) {
    return tables.read(() -> tables.residentTable.find(id));
  }

  @Override
  public List<Resident> findByHousehold(String householdId) {
    return tables.read(() -> tables.residentTable.where(r -> r.householdId().equals(householdId)));
  }

  @Override
  public List<Resident> findByTag(DivisionCode community, CareTag tag) {
    return tables.read(() -> tables.residentTable.where(r -> r.has(tag) && livesIn(r, community)));
  }

  @Override
  public List<Resident> findByGridAndTag(GridCode grid, CareTag tag) {
    return tables.read(
        () ->
            tables.residentTable.where(
                r ->
                    r.has(tag)
                        && tables
                            .householdTable
                            .find(r.householdId())
                            .map(h -> grid.equals(h.grid()))
                            .orElse(false)));
  }

  @Override
  public Optional<Resident> findByIdentityNumber(IdentityNumber identityNumber) {
    return tables.read(() -> tables.residentTable.findUnique(identityNumber));
  }

  @Override
  public Map<String, Integer> countByHousehold(DivisionCode community) {
    return tables.read(
        () -> {
          Map<String, Integer> counts = new java.util.TreeMap<>();
          tables
              .residentTable
              .where(r -> livesIn(r, community))
              .forEach(r -> counts.merge(r.householdId(), 1, Integer::sum));
          return Map.copyOf(counts);
        });
  }

  private boolean livesIn(Resident resident, DivisionCode community) {
    return tables
        .householdTable
        .find(resident.householdId())
        .filter(h -> h.community().equals(community))
        .isPresent();
  }

  private void requireHousehold(Resident resident) {
    if (!tables.householdTable.contains(resident.householdId())) {
      throw new IntegrityViolationException(
          "resident "
              + resident.id()
              + ": household "
              + resident.householdId()
              + " does not exist");
    }
  }
}
