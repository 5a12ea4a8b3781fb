package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.CommitteeRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of committees: each call runs its SQL through {@link Calls}. */
public final class JdbcCommittees implements CommitteeRepository {
  private final Calls calls;

  public JdbcCommittees(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Committee insert(Committee committee) {
    return calls.call(
        "insert committee " + committee.id(), s -> CommitteeTable.insert(s, committee));
  }

  @Override
  public Committee update(Committee committee) {
    return calls.call(
        "update committee " + committee.id(), s -> CommitteeTable.update(s, committee));
  }

  @Override
  public boolean delete(String id, long expectedVersion) {
    return calls.call("delete committee " + id, s -> CommitteeTable.delete(s, id, expectedVersion));
  }

  @Override
  public Optional<Committee> find(String id) {
    return calls.call("find committee", s -> CommitteeTable.find(s, id));
  }

  @Override
  public List<Committee> findByDivision(DivisionCode division) {
    return calls.call(
        "find committees of division", s -> CommitteeTable.findByDivision(s, division));
  }

  @Override
  public List<Committee> findWithin(DivisionCode ancestor) {
    return calls.call("find committees within", s -> CommitteeTable.findWithin(s, ancestor));
  }
}
