package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.spi.FacilityRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of facilities: each call runs its SQL through {@link Calls}. */
public final class JdbcFacilities implements FacilityRepository {
  private final Calls calls;

  public JdbcFacilities(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Facility insert(Facility facility) {
    return calls.call("insert facility " + facility.id(), s -> FacilityTable.insert(s, facility));
  }

  @Override
  public Facility update(Facility facility) {
    return calls.call("update facility " + facility.id(), s -> FacilityTable.update(s, facility));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call("delete facility " + id, s -> FacilityTable.delete(s, id, expectedVersion));
  }

  @Override
  public Optional<Facility> find(String id) {
    return calls.call("find facility", s -> FacilityTable.find(s, id));
  }

  @Override
  public List<Facility> findByCommunity(DivisionCode community) {
    return calls.call(
        "find facilities of community", s -> FacilityTable.findByCommunity(s, community));
  }

  @Override
  public List<Facility> findWithin(DivisionCode area) {
    return calls.call("find facilities within", s -> FacilityTable.findWithin(s, area));
  }
}
