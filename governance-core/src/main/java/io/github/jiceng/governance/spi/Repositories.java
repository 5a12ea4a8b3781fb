package io.github.jiceng.governance.spi;

import io.github.jiceng.governance.internal.Checks;

/**
 * The repositories of one {@link GovernanceStore}, one per aggregate, as the store hands them out
 * (see {@link GovernanceStore#repositories()}). A store builds one for itself and one for each
 * transaction it opens.
 *
 * @param divisions the divisions
 * @param committees the committees
 * @param partyTrees the party trees
 * @param grids the grids
 * @param households the households
 * @param residents the residents
 * @param accessPolicies the access-policy versions
 * @param taskRequests the task requests
 * @param accessDecisions the access decisions
 * @param approvals the leadership group's approval steps
 * @param audit the audit trail
 * @param scopeGrants the data scopes granted to actors
 * @param serviceRequests residents' service requests and their histories
 * @param serviceCatalogues the service-catalogue versions
 * @param cases cases on the closed loop and their histories
 * @param routingTables the routing-table versions, each a change with who, when and why
 * @param disputes disputes and their mediation attempts
 * @param facilities communities' service facilities
 * @param points points and time bank accounts and their ledgers
 * @param careVisits visits to and talks with residents who need care
 * @param organisations social organisations serving communities
 * @param assessments community workers' assessments
 * @param consultations consultations, residents' councils and their projects
 */
public record Repositories(
    DivisionRepository divisions,
    CommitteeRepository committees,
    PartyTreeRepository partyTrees,
    GridRepository grids,
    HouseholdRepository households,
    ResidentRepository residents,
    AccessPolicyRepository accessPolicies,
    TaskRequestRepository taskRequests,
    AccessDecisionRepository accessDecisions,
    ApprovalRepository approvals,
    AuditRepository audit,
    ScopeGrantRepository scopeGrants,
    ServiceRequestRepository serviceRequests,
    ServiceCatalogueRepository serviceCatalogues,
    CaseRepository cases,
    RoutingTableRepository routingTables,
    DisputeRepository disputes,
    FacilityRepository facilities,
    PointsRepository points,
    CareVisitRepository careVisits,
    OrganisationRepository organisations,
    AssessmentRepository assessments,
    ConsultationRepository consultations) {

  /** Every repository is required: a missing one is an {@code InvalidInputException} naming it. */
  public Repositories {
    Checks.required(divisions, "Repositories", "divisions");
    Checks.required(committees, "Repositories", "committees");
    Checks.required(partyTrees, "Repositories", "partyTrees");
    Checks.required(grids, "Repositories", "grids");
    Checks.required(households, "Repositories", "households");
    Checks.required(residents, "Repositories", "residents");
    Checks.required(accessPolicies, "Repositories", "accessPolicies");
    Checks.required(taskRequests, "Repositories", "taskRequests");
    Checks.required(accessDecisions, "Repositories", "accessDecisions");
    Checks.required(approvals, "Repositories", "approvals");
    Checks.required(audit, "Repositories", "audit");
    Checks.required(scopeGrants, "Repositories", "scopeGrants");
    Checks.required(serviceRequests, "Repositories", "serviceRequests");
    Checks.required(serviceCatalogues, "Repositories", "serviceCatalogues");
    Checks.required(cases, "Repositories", "cases");
    Checks.required(routingTables, "Repositories", "routingTables");
    Checks.required(disputes, "Repositories", "disputes");
    Checks.required(facilities, "Repositories", "facilities");
    Checks.required(points, "Repositories", "points");
    Checks.required(careVisits, "Repositories", "careVisits");
    Checks.required(organisations, "Repositories", "organisations");
    Checks.required(assessments, "Repositories", "assessments");
    Checks.required(consultations, "Repositories", "consultations");
  }
}
