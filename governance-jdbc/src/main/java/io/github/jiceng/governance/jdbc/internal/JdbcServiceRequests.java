package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.spi.ServiceRequestRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The JDBC repository of service requests: each call runs its SQL through {@link Calls}. */
public final class JdbcServiceRequests implements ServiceRequestRepository {
  private final Calls calls;

  public JdbcServiceRequests(Calls calls) {
    this.calls = calls;
  }

  @Override
  public ServiceRequest insert(ServiceRequest request, RequestTransition intake) {
    return calls.call(
        "insert service request " + request.id(), s -> ServiceTables.insert(s, request, intake));
  }

  @Override
  public ServiceRequest update(ServiceRequest request, @Nullable RequestTransition step) {
    return calls.call(
        "update service request " + request.id(), s -> ServiceTables.update(s, request, step));
  }

  @Override
  public Optional<ServiceRequest> find(String id) {
    return calls.call("find service request", s -> ServiceTables.find(s, id));
  }

  @Override
  public List<RequestTransition> history(String requestId) {
    return calls.call("read a service request's history", s -> ServiceTables.history(s, requestId));
  }

  @Override
  public List<ServiceRequest> findByCommunity(
      DivisionCode community, LocalDate from, LocalDate to) {
    return calls.call(
        "find service requests of a community",
        s -> ServiceTables.findByCommunity(s, community, from, to));
  }

  @Override
  public List<ServiceRequest> findByCreator(String actor, LocalDate from, LocalDate to) {
    return calls.call(
        "find service requests by creator", s -> ServiceTables.findByCreator(s, actor, from, to));
  }

  @Override
  public List<io.github.jiceng.governance.service.ServiceFigures.Line> figures(
      DivisionCode area,
      boolean below,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      io.github.jiceng.governance.service.ServiceFigures.GroupBy by) {
    return calls.call(
        "count service figures", s -> ServiceTables.figures(s, area, below, from, to, asOf, by));
  }
}
