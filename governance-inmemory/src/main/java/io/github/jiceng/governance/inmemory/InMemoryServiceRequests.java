package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.service.RequestTransition;
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

  private static boolean between(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
