package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.service.RequestState;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.service.ServiceFigures;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.spi.ServiceRequestRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory repository of service requests and their histories, over the store's tables; writes
 * go through {@link Writes}.
 */
final class InMemoryServiceRequests implements ServiceRequestRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryServiceRequests(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public ServiceRequest insert(ServiceRequest request, RequestTransition intake) {
    return view.write(
        undo -> {
          ServiceRequest stored =
              tables.serviceRequestTable.insert(
                  request,
                  undo,
                  r -> tables.requireCommunity("service request " + r.id(), r.community()));
          tables.transitionLedger.insert(intake, undo);
          return stored;
        });
  }

  @Override
  public ServiceRequest update(ServiceRequest request, @Nullable RequestTransition step) {
    return view.write(
        undo -> {
          ServiceRequest stored = tables.serviceRequestTable.update(request, undo);
          if (step != null) {
            tables.transitionLedger.insert(step, undo);
          }
          return stored;
        });
  }

  @Override
  public Optional<ServiceRequest> find(String id) {
    return tables.read(() -> tables.serviceRequestTable.find(id));
  }

  @Override
  public List<RequestTransition> history(String requestId) {
    return tables.read(() -> tables.transitionLedger.where(t -> t.requestId().equals(requestId)));
  }

  @Override
  public List<ServiceRequest> findByCommunity(
      DivisionCode community, LocalDate from, LocalDate to) {
    return tables.read(
        () ->
            tables.serviceRequestTable.where(
                r -> r.community().equals(community) && between(r.receivedOn(), from, to)));
  }

  @Override
  public List<ServiceRequest> findByCreator(String actor, LocalDate from, LocalDate to) {
    return tables.read(
        () ->
            tables.serviceRequestTable.where(
                r -> r.createdBy().equals(actor) && between(r.receivedOn(), from, to)));
  }

  @Override
  public List<ServiceFigures.Line> figures(
      DivisionCode area,
      boolean below,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      ServiceFigures.GroupBy by) {
    return tables.read(
        () -> {
          java.util.Map<String, ServiceFigures.Line> lines = new java.util.TreeMap<>();
          for (ServiceRequest r :
              tables.serviceRequestTable.where(
                  r ->
                      (r.community().equals(area) || (below && r.community().isWithin(area)))
                          && between(r.receivedOn(), from, to))) {
            lines.merge(key(r, by), line(r, by, asOf), ServiceFigures.Line::plus);
          }
          return List.copyOf(lines.values());
        });
  }

  private static String key(ServiceRequest r, ServiceFigures.GroupBy by) {
    return switch (by) {
      case ITEM -> r.itemCode();
      case WINDOW -> r.window();
      case DEPARTMENT -> r.department();
    };
  }

  /** One request's counts, as the SQL of the JDBC store counts them. */
  private static ServiceFigures.Line line(
      ServiceRequest r, ServiceFigures.GroupBy by, LocalDate asOf) {
    RequestState s = r.state();
    boolean settled = s.isSettled();
    LocalDate doneOn = r.doneOn();
    Integer taken = r.workingDaysTaken();
    Satisfaction rating = r.satisfaction();
    return new ServiceFigures.Line(
        key(r, by),
        1,
        s == RequestState.DONE ? 1 : 0,
        s == RequestState.REFUSED ? 1 : 0,
        s == RequestState.WITHDRAWN ? 1 : 0,
        settled && doneOn != null && !doneOn.isAfter(r.dueOn()) ? 1 : 0,
        !s.isFinal() && r.dueOn().isBefore(asOf) ? 1 : 0,
        settled && taken != null ? taken : 0,
        rating != null ? 1 : 0,
        rating != null && rating.positive() ? 1 : 0);
  }

  private static boolean between(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
