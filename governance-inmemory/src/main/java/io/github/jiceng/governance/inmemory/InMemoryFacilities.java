package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.spi.FacilityRepository;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of facilities, over the store's tables; writes go through {@link
 * Writes}.
 */
final class InMemoryFacilities implements FacilityRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryFacilities(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public Facility insert(Facility facility) {
    return view.write(undo -> tables.facilityTable.insert(facility, undo, this::requireCommunity));
  }

  @Override
  public Facility update(Facility facility) {
    return view.write(undo -> tables.facilityTable.update(facility, undo, this::requireCommunity));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return view.write(undo -> tables.facilityTable.delete(id, expectedVersion, undo));
  }

  @Override
  public Optional<Facility> find(String id) {
    return tables.read(() -> tables.facilityTable.find(id));
  }

  @Override
  public List<Facility> findByCommunity(DivisionCode community) {
    return tables.read(() -> tables.facilityTable.where(f -> f.community().equals(community)));
  }

  @Override
  public List<Facility> findWithin(DivisionCode area) {
    return tables.read(
        () ->
            tables.facilityTable.where(
                f -> f.community().equals(area) || f.community().isWithin(area)));
  }

  private void requireCommunity(Facility facility) {
    tables.requireCommunity("facility " + facility.id(), facility.community());
  }
}
