package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.base.StorageException;

/**
 * A place where the library keeps its records: the one storage SPI. Implementations: {@code
 * InMemoryGovernanceStore} (governance-inmemory) and {@code JdbcGovernanceStore} (governance-jdbc).
 * The package documentation states the rules every implementation follows; the contract suite in
 * governance-testkit checks them.
 *
 * <p>Every text field of every record has one length limit, declared with Bean Validation on the
 * record (for example {@code TaskRequest.department}: 100 characters). The {@code Governance}
 * facade and its desks validate every record before they write it, so records reaching a store
 * through them fit; a store must hold every text at its limit without truncating it (the JDBC
 * columns are as wide as the limits). Code that calls a store directly skips that validation.
 */
public interface GovernanceStore {

  /**
   * This store's repositories, one per aggregate: outside a transaction each call of theirs is a
   * transaction of its own; those of the store given to {@link UnitOfWork#run} work inside its
   * transaction. The ten accessors below read them from here.
   */
  Repositories repositories();

  /** Administrative divisions. */
  default DivisionRepository divisions() {
    return repositories().divisions();
  }

  /** Residents' and villagers' committees. */
  default CommitteeRepository committees() {
    return repositories().committees();
  }

  /** Party organisations, one tree per community (or more, for resident units). */
  default PartyTreeRepository partyTrees() {
    return repositories().partyTrees();
  }

  /** Grids, with their buildings and worker assignments. */
  default GridRepository grids() {
    return repositories().grids();
  }

  /** Households, each placed in at most one grid. */
  default HouseholdRepository households() {
    return repositories().households();
  }

  /** Residents of households. */
  default ResidentRepository residents() {
    return repositories().residents();
  }

  /** Versions of task-access policies. */
  default AccessPolicyRepository accessPolicies() {
    return repositories().accessPolicies();
  }

  /** Departments' task requests. */
  default TaskRequestRepository taskRequests() {
    return repositories().taskRequests();
  }

  /** Access decisions, kept immutable. */
  default AccessDecisionRepository accessDecisions() {
    return repositories().accessDecisions();
  }

  /** The leadership group's approval steps. */
  default ApprovalRepository approvals() {
    return repositories().approvals();
  }

  /** The audit trail, append-only and hash-chained. */
  default AuditRepository audit() {
    return repositories().audit();
  }

  /** The data scopes granted to actors. */
  default ScopeGrantRepository scopeGrants() {
    return repositories().scopeGrants();
  }

  /** Residents' service requests and their histories. */
  default ServiceRequestRepository serviceRequests() {
    return repositories().serviceRequests();
  }

  /** The service-catalogue versions. */
  default ServiceCatalogueRepository serviceCatalogues() {
    return repositories().serviceCatalogues();
  }

  /** Cases on the closed loop and their histories. */
  default CaseRepository cases() {
    return repositories().cases();
  }

  /** Communities' service facilities. */
  default FacilityRepository facilities() {
    return repositories().facilities();
  }

  /** Points and time bank accounts and their ledgers. */
  default PointsRepository points() {
    return repositories().points();
  }

  /** Visits to and talks with residents who need care. */
  default CareVisitRepository careVisits() {
    return repositories().careVisits();
  }

  /** Social organisations serving communities. */
  default OrganisationRepository organisations() {
    return repositories().organisations();
  }

  /** Community workers' assessments. */
  default AssessmentRepository assessments() {
    return repositories().assessments();
  }

  /** Consultations, residents' councils and their projects. */
  default ConsultationRepository consultations() {
    return repositories().consultations();
  }

  /** The routing-table versions. */
  default RoutingTableRepository routingTables() {
    return repositories().routingTables();
  }

  /** Disputes and their mediation attempts. */
  default DisputeRepository disputes() {
    return repositories().disputes();
  }

  /**
   * Runs {@code work} as one transaction: either every write it makes through the store it is given
   * is kept, or — if it throws — none is. The exception is rethrown unchanged (checked exceptions
   * are not allowed; wrap them).
   *
   * <p>Use only the store passed to {@code work} inside it. Calling {@code inTransaction} on that
   * store again joins the same transaction.
   *
   * @return what {@code work} returned
   * @throws StorageException if the store fails to begin or commit
   */
  <T> T inTransaction(UnitOfWork<T> work);

  /** Work that runs inside one transaction. */
  @FunctionalInterface
  interface UnitOfWork<T> {

    /**
     * Does the work.
     *
     * @param store the store bound to the transaction
     */
    T run(GovernanceStore store);
  }
}
