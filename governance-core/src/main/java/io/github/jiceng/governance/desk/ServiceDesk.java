package io.github.jiceng.governance.desk;

import static io.github.jiceng.governance.desk.DeskSetup.required;

import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.scope.Reach;
import io.github.jiceng.governance.service.RequestEvent;
import io.github.jiceng.governance.service.RequestTransition;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.service.ServiceCatalogue;
import io.github.jiceng.governance.service.ServiceFigures;
import io.github.jiceng.governance.service.ServiceItem;
import io.github.jiceng.governance.service.ServiceParameters;
import io.github.jiceng.governance.service.ServiceRequest;
import io.github.jiceng.governance.service.StoredCatalogue;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The one-window desk (一口受理): takes residents' requests for the items of a {@link ServiceCatalogue}
 * at a community's station, follows each through its steps until it is settled, and records the
 * resident's rating. Every call honours the caller's data scope — a request belongs to the
 * community that took it, and a {@code SELF} scope covers the requests the actor took — and every
 * intake, step and rating is recorded in the audit trail in its transaction. Obtain it from {@code
 * Governance.services()}. Thread-safe.
 */
public final class ServiceDesk {
  private final DeskSetup setup;
  private final GovernanceStore store;

  /** Catalogue versions read from the store, by id and version: a stored version never changes. */
  private final Map<String, ServiceCatalogue> catalogues = new ConcurrentHashMap<>();

  /** A desk over {@code setup}'s store, policy (its working calendar), clock and caller. */
  public ServiceDesk(DeskSetup setup) {
    this.setup = required(setup, "setup");
    this.store = setup.store();
  }

  /**
   * Stores a catalogue version, published today, as its file ({@link
   * io.github.jiceng.governance.service.ServiceCatalogueFile}), and records the publication in the
   * audit trail. A catalogue serves every community the store serves, so the caller's scope must be
   * {@link io.github.jiceng.governance.scope.ScopeKind#ALL}.
   *
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if that id and version are
   *     stored; a changed catalogue is a new version
   * @throws InvalidInputException if the catalogue's file would have more than {@link
   *     io.github.jiceng.governance.policy.YamlInput#MAX_CHARACTERS} characters
   */
  public StoredCatalogue publish(ServiceCatalogue catalogue) {
    required(catalogue, "catalogue");
    StoredCatalogue record = StoredCatalogue.of(catalogue, setup.today());
    StoredCatalogue stored =
        setup.publish(
            "service catalogue " + catalogue.id(),
            AuditAction.CATALOGUE_PUBLICATION,
            catalogue.id() + " " + catalogue.version(),
            record.document(),
            tx -> tx.serviceCatalogues().insert(record));
    catalogues.put(key(catalogue.id(), catalogue.version()), catalogue);
    return stored;
  }

  /**
   * A stored catalogue version, read back from the store (and kept in memory afterwards: versions
   * never change). Any bound caller may read it: it serves every community.
   *
   * @throws NotFoundException if it is not stored
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if no caller is bound
   */
  public ServiceCatalogue catalogue(String catalogueId, String version) {
    required(catalogueId, "catalogueId");
    required(version, "version");
    setup.caller();
    return catalogues.computeIfAbsent(
        key(catalogueId, version),
        k ->
            store
                .serviceCatalogues()
                .find(catalogueId, version)
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "service catalogue " + catalogueId + " " + version + " is not stored"))
                .catalogue());
  }

  /**
   * Every stored version of catalogue {@code catalogueId}, oldest first, without reading their
   * files; empty if none is stored.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if no caller is bound
   */
  public List<StoredCatalogue> catalogueVersions(String catalogueId) {
    required(catalogueId, "catalogueId");
    setup.caller();
    return store.serviceCatalogues().findVersions(catalogueId);
  }

  private static String key(String id, String version) {
    return id + "\u0000" + version;
  }

  /**
   * Takes a request for item {@code itemCode} of {@code catalogue} at {@code community}'s station
   * today: checks the attributes against the item version in force today, settles an item of the
   * spot at once, and otherwise makes it due after the item's promised working days.
   *
   * @return the stored request, at version 1
   * @throws InvalidInputException if the catalogue has no such item today, or listing every
   *     attribute problem (never a value); nothing is stored
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope neither
   *     covers the community nor is {@code SELF} (a proxy helper, 代办员, takes requests anywhere and
   *     then sees the ones it took)
   * @throws NotFoundException if the community is not recorded
   * @throws io.github.jiceng.governance.base.DuplicateKeyException if the request id is taken
   */
  public ServiceRequest intake(
      ServiceCatalogue catalogue,
      String itemCode,
      String requestId,
      DivisionCode community,
      Map<String, String> attributes) {
    required(catalogue, "catalogue");
    required(itemCode, "itemCode");
    Checks.key(requestId, "ServiceDesk.intake", "requestId");
    required(community, "community");
    required(attributes, "attributes");
    LocalDate today = setup.today();
    ServiceItem item =
        catalogue
            .item(itemCode, today)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "ServiceDesk.intake",
                        "itemCode",
                        "catalogue " + catalogue.id() + " has no item of that code on " + today));
    String actor = setup.caller().actorId();
    ServiceRequest.Step step =
        ServiceRequest.intake(
            requestId,
            item,
            community,
            attributes,
            actor,
            setup.clock().instant(),
            today,
            calendar());
    return store.inTransaction(
        tx -> {
          Reach reach = setup.reach(tx);
          // a SELF scope may take requests anywhere: they are then its own, and it sees only those
          DeskSetup.require(
              reach,
              reach.covers(community) || reach.coversOwnRecords(),
              "take requests at " + community);
          DeskSetup.requireRecorded(tx, community, "service request " + requestId);
          ServiceRequest stored = tx.serviceRequests().insert(step.request(), step.transition());
          setup.audit(
              tx,
              AuditAction.SERVICE_INTAKE,
              requestId,
              item.code()
                  + " "
                  + item.period().from()
                  + " "
                  + stored.state()
                  + " "
                  + stored.dueOn());
          return stored;
        });
  }

  /**
   * Applies {@code event} to the request as the caller, today: the request read must still be at
   * {@code expectedVersion} (the version the clerk saw), so that of two clerks acting on what they
   * saw, exactly one succeeds.
   *
   * @return the stored request after the step
   * @throws NotFoundException if the request is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone changed the request since {@code expectedVersion}
   * @throws InvalidInputException if the event cannot happen in the request's state, or a refusal
   *     or return gives no reason
   */
  public ServiceRequest advance(
      String requestId, long expectedVersion, RequestEvent event, @Nullable String note) {
    Checks.key(requestId, "ServiceDesk.advance", "requestId");
    required(event, "event");
    return store.inTransaction(
        tx -> {
          ServiceRequest current = current(tx, requestId, expectedVersion);
          ServiceRequest.Step step =
              current.apply(
                  event,
                  setup.caller().actorId(),
                  setup.clock().instant(),
                  setup.today(),
                  note,
                  calendar());
          ServiceRequest stored = tx.serviceRequests().update(step.request(), step.transition());
          setup.audit(
              tx,
              AuditAction.SERVICE_TRANSITION,
              requestId + "#" + step.transition().sequence(),
              event + " " + step.transition().from() + " " + step.transition().to());
          return stored;
        });
  }

  /**
   * Records the resident's rating of a settled request, once, on the scale the policy sets today
   * ({@link ServiceParameters#RATING_LEVELS}: five levels nationally, three where a jurisdiction
   * says so).
   *
   * @throws NotFoundException if the request is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone changed the request since {@code expectedVersion}
   * @throws InvalidInputException if it is not settled, already rated, or the rating is not on the
   *     scale in force today (非常满意 on a three-level scale)
   */
  public ServiceRequest rate(String requestId, long expectedVersion, Satisfaction rating) {
    Checks.key(requestId, "ServiceDesk.rate", "requestId");
    required(rating, "rating");
    ServiceParameters.onScale(rating, setup.policy(), setup.today(), "ServiceDesk.rate");
    return store.inTransaction(
        tx -> {
          ServiceRequest rated = current(tx, requestId, expectedVersion).rated(rating);
          ServiceRequest stored = tx.serviceRequests().update(rated, null);
          setup.audit(tx, AuditAction.SERVICE_RATING, requestId, rating.name());
          return stored;
        });
  }

  /**
   * Records the resident's rating as a score, 1 (worst) to the number of levels the policy sets
   * today: on five levels 5 is 非常满意 and 1 非常不满意; on three, 3 is 满意 and 1 不满意.
   *
   * @throws InvalidInputException if the score is off the scale, or as {@link #rate(String, long,
   *     Satisfaction)}
   * @throws NotFoundException if the request is not recorded or not in the caller's scope
   * @throws WriteConflictException if someone changed the request since {@code expectedVersion}
   */
  public ServiceRequest rate(String requestId, long expectedVersion, int score) {
    return rate(
        requestId,
        expectedVersion,
        Satisfaction.ofScore(score, ServiceParameters.ratingLevels(setup.policy(), setup.today())));
  }

  /** The request with this id; empty if it is not recorded or not in the caller's scope. */
  public Optional<ServiceRequest> find(String requestId) {
    Checks.key(requestId, "ServiceDesk.find", "requestId");
    return visible(store, requestId);
  }

  /** A request's steps, oldest first; empty if it is not recorded or not in the caller's scope. */
  public List<RequestTransition> history(String requestId) {
    Checks.key(requestId, "ServiceDesk.history", "requestId");
    return visible(store, requestId).isPresent()
        ? store.serviceRequests().history(requestId)
        : List.of();
  }

  /**
   * The requests taken at {@code community} from {@code from} to {@code to}, ordered by id.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's scope does not
   *     cover the community
   */
  public List<ServiceRequest> requestsOf(DivisionCode community, LocalDate from, LocalDate to) {
    required(community, "community");
    required(from, "from");
    required(to, "to");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.covers(community), "read the service requests of " + community);
    return store.serviceRequests().findByCommunity(community, from, to);
  }

  /**
   * The requests the caller took from {@code from} to {@code to}, ordered by id: what a {@code
   * SELF} scope covers.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller has neither the
   *     {@code SELF} nor the {@code ALL} scope
   */
  public List<ServiceRequest> ownRequests(LocalDate from, LocalDate to) {
    required(from, "from");
    required(to, "to");
    Reach reach = setup.reach(store);
    DeskSetup.require(reach, reach.coversOwnRecords(), "read its own service requests");
    return store.serviceRequests().findByCreator(reach.actorId(), from, to);
  }

  /**
   * The figures of the requests taken within {@code scope} (a district, street or community) from
   * {@code from} to {@code to} at the communities the caller's data scope covers, per {@code by};
   * "overdue now" as of today. Counted by the store, once per covered area, and merged.
   *
   * @throws io.github.jiceng.governance.scope.AccessDeniedException if the caller's data scope
   *     covers nothing of {@code scope}
   */
  public ServiceFigures figures(
      DivisionCode scope, LocalDate from, LocalDate to, ServiceFigures.GroupBy by) {
    required(scope, "scope");
    required(from, "from");
    required(to, "to");
    required(by, "by");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("ServiceDesk.figures", "to", "must not be before 'from'");
    }
    LocalDate today = setup.today();
    List<ServiceFigures.Line> parts =
        DeskSetup.withinReach(
            setup.reach(store),
            scope,
            area -> store.serviceRequests().figures(area, true, from, to, today, by),
            area -> store.serviceRequests().figures(area, false, from, to, today, by),
            java.util.Comparator.comparing(ServiceFigures.Line::key),
            "read the service figures of");
    return ServiceFigures.of(scope, from, to, today, by, parts);
  }

  private ServiceRequest current(GovernanceStore tx, String requestId, long expectedVersion) {
    ServiceRequest current =
        visible(tx, requestId)
            .orElseThrow(
                () -> new NotFoundException("service request " + requestId + " is not stored"));
    return DeskSetup.atVersion(current, expectedVersion, "service request " + requestId);
  }

  /** The request, if recorded and covered: by its community, or as the caller's own. */
  private Optional<ServiceRequest> visible(GovernanceStore tx, String requestId) {
    Reach reach = setup.reach(tx);
    return tx.serviceRequests()
        .find(requestId)
        .filter(
            r ->
                reach.covers(r.community())
                    || (reach.coversOwnRecords() && r.createdBy().equals(reach.actorId())));
  }

  private WorkingCalendar calendar() {
    return WorkingCalendar.of(setup.policy());
  }

  @Override
  public String toString() {
    return "ServiceDesk[" + setup + "]";
  }
}
