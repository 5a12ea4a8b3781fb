package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.service.StoredCatalogue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The tables of one in-memory store, and the lock that guards them: writes (whole units of work)
 * take the write lock, reads the read lock, so a read never sees a transaction half-done.
 */
final class StoreTables {
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  final Table<DivisionCode, AdministrativeDivision> divisionTable =
      new Table<>("division", AdministrativeDivision::code);
  final Table<String, io.github.jiceng.governance.division.DivisionChange> changeTable =
      new Table<>("division change", io.github.jiceng.governance.division.DivisionChange::id);
  final Table<String, Committee> committeeTable =
      Table.owned("committee", Committee::id, Committee::division);

  /** A publication in a committee's log (村务公开记录). */
  record LoggedPublication(
      String committeeId, io.github.jiceng.governance.openness.Publication publication) {
    String key() {
      return committeeId
          + " "
          + publication.on()
          + " "
          + publication.kind()
          + (publication.matter() == null ? "" : " " + publication.matter());
    }
  }

  /** A major matter a committee decided. */
  record DecidedMatter(
      String committeeId, io.github.jiceng.governance.openness.MajorMatter matter) {
    String key() {
      return committeeId + " " + matter.key();
    }
  }

  /** A counted election round, with the community its committee governed when it was recorded. */
  record CountedElection(
      DivisionCode community, io.github.jiceng.governance.election.ElectionRecord election) {
    String key() {
      return election.committeeId()
          + " "
          + election.round().votedOn()
          + " "
          + election.roundNumber();
    }
  }

  final Ledger<String, CountedElection> elections =
      new Ledger<>("election round", CountedElection::key);

  final Ledger<String, LoggedPublication> publicationLog =
      new Ledger<>("publication", LoggedPublication::key);
  final Ledger<String, DecidedMatter> majorMatters =
      new Ledger<>("major matter", DecidedMatter::key);
  final Table<String, io.github.jiceng.governance.facility.Facility> facilityTable =
      Table.owned(
          "facility",
          io.github.jiceng.governance.facility.Facility::id,
          io.github.jiceng.governance.facility.Facility::community);
  final Table<String, io.github.jiceng.governance.points.PointsAccount> pointsTable =
      new Table<>("points account", io.github.jiceng.governance.points.PointsAccount::id);
  final Table<String, io.github.jiceng.governance.organisation.SocialOrganisation>
      organisationTable =
          Table.owned(
              "social organisation",
              io.github.jiceng.governance.organisation.SocialOrganisation::id,
              io.github.jiceng.governance.organisation.SocialOrganisation::community);
  final Table<String, io.github.jiceng.governance.assessment.WorkerAssessment> assessmentTable =
      new Table<>("worker assessment", io.github.jiceng.governance.assessment.WorkerAssessment::id);
  final Table<String, io.github.jiceng.governance.organisation.CoBuildingAgreement> agreementTable =
      Table.owned(
          "co-building agreement",
          io.github.jiceng.governance.organisation.CoBuildingAgreement::id,
          io.github.jiceng.governance.organisation.CoBuildingAgreement::community);
  final Table<String, io.github.jiceng.governance.consultation.Consultation> consultationTable =
      new Table<>("consultation", io.github.jiceng.governance.consultation.Consultation::id);
  final Table<String, io.github.jiceng.governance.consultation.ResidentsCouncil> councilTable =
      Table.owned(
          "residents' council",
          io.github.jiceng.governance.consultation.ResidentsCouncil::id,
          io.github.jiceng.governance.consultation.ResidentsCouncil::community);
  final Table<String, io.github.jiceng.governance.consultation.CouncilProject> projectTable =
      Table.owned(
          "council project",
          io.github.jiceng.governance.consultation.CouncilProject::id,
          io.github.jiceng.governance.consultation.CouncilProject::councilId);
  final Table<String, io.github.jiceng.governance.care.CareVisit> careVisitTable =
      new Table<>("care visit", io.github.jiceng.governance.care.CareVisit::id);
  final Ledger<String, io.github.jiceng.governance.points.PointsEntry> pointsLedger =
      new Ledger<>(
          "points entry", e -> e.accountId() + "\u0000" + String.format("%09d", e.sequence()));
  final Table<String, PartyTree> partyTable =
      Table.owned("party tree", PartyTree::id, PartyTree::community);
  final Table<GridCode, Grid> gridTable = Table.owned("grid", Grid::code, Grid::community);
  final Table<String, Household> householdTable =
      Table.owned("household", Household::id, Household::community);
  final Table<String, Resident> residentTable =
      new Table<>(
          "resident",
          Resident::id,
          new Table.Unique<>("identity number", Resident::identityNumber, IdentityNumber::masked));
  final Ledger<String, StoredPolicy> policyLedger =
      new Ledger<>("access policy", p -> p.policyId() + "\u0000" + p.version());

  /** Disputes by id; a dispute is replaced by the same one with one more attempt. */
  final java.util.TreeMap<String, io.github.jiceng.governance.cases.Dispute> disputes =
      new java.util.TreeMap<>();

  final Ledger<String, io.github.jiceng.governance.cases.StoredRoutingTable> routingLedger =
      new Ledger<>("routing table", r -> r.routingId() + "\u0000" + r.version());
  final Ledger<String, StoredCatalogue> catalogueLedger =
      new Ledger<>("service catalogue", c -> c.catalogueId() + "\u0000" + c.version());

  /** Owned by the county its targets lie in (none when they span counties), as on JDBC (V022). */
  final Table<String, TaskRequest> requestTable =
      Table.owned("task request", TaskRequest::id, r -> r.targets().county().orElse(""));

  final Ledger<String, AccessDecision> decisionLedger =
      new Ledger<>(
          "access decision",
          d ->
              d.requestId()
                  + "\u0000"
                  + d.community()
                  + "\u0000"
                  + String.format("%09d", d.sequence()));
  final Ledger<String, ApprovalStep> approvalLedger =
      new Ledger<>(
          "approval step", a -> a.requestId() + "\u0000" + String.format("%09d", a.sequence()));

  final AuditLog auditLog = new AuditLog();
  final Table<String, io.github.jiceng.governance.service.ServiceRequest> serviceRequestTable =
      new Table<>("service request", io.github.jiceng.governance.service.ServiceRequest::id);
  final Ledger<String, io.github.jiceng.governance.service.RequestTransition> transitionLedger =
      new Ledger<>(
          "service request step",
          t -> t.requestId() + "\u0000" + String.format("%09d", t.sequence()));
  final Table<String, io.github.jiceng.governance.cases.Case> caseTable =
      new Table<>("case", io.github.jiceng.governance.cases.Case::id);
  final Ledger<String, io.github.jiceng.governance.cases.CaseTransition> caseStepLedger =
      new Ledger<>("case step", t -> t.caseId() + "\u0000" + String.format("%09d", t.sequence()));
  final java.util.TreeMap<String, io.github.jiceng.governance.scope.ScopeGrant> grants =
      new java.util.TreeMap<>();

  <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Refuses a write that refers to a community not stored. */
  void requireCommunity(String what, DivisionCode community) {
    if (!divisionTable.contains(community)) {
      throw new IntegrityViolationException(what + ": community " + community + " does not exist");
    }
  }

  /** Refuses a write that refers to a task request not stored. */
  void requireRequest(String requestId, String what) {
    if (!requestTable.contains(requestId)) {
      throw new IntegrityViolationException(
          what + ": task request " + requestId + " does not exist");
    }
  }
}
