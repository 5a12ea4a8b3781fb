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
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.spi.AccessDecisionRepository;
import io.github.jiceng.governance.spi.AccessPolicyRepository;
import io.github.jiceng.governance.spi.ApprovalRepository;
import io.github.jiceng.governance.spi.CommitteeRepository;
import io.github.jiceng.governance.spi.DivisionRepository;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.spi.GridRepository;
import io.github.jiceng.governance.spi.HouseholdRepository;
import io.github.jiceng.governance.spi.PartyTreeRepository;
import io.github.jiceng.governance.spi.ResidentRepository;
import io.github.jiceng.governance.spi.TaskRequestRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link GovernanceStore} that keeps everything in memory: a real store, not a mock. It follows
 * every rule of the SPI exactly as the JDBC store does — versions, duplicate keys, references,
 * all-or-nothing transactions — so tests written against it hold for production.
 *
 * <p>Thread-safe: writes (and whole {@link #inTransaction} units) are serialised by a write lock;
 * reads take a read lock and therefore never see a transaction half-done. Aggregates are immutable,
 * so what is returned cannot change what is stored. Nothing survives the JVM.
 */
public final class InMemoryGovernanceStore implements GovernanceStore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Table<DivisionCode, AdministrativeDivision> divisionTable =
      new Table<>("division", AdministrativeDivision::code);
  private final Table<String, Committee> committeeTable = new Table<>("committee", Committee::id);
  private final Table<String, PartyTree> partyTable = new Table<>("party tree", PartyTree::id);
  private final Table<GridCode, Grid> gridTable = new Table<>("grid", Grid::code);
  private final Table<String, Household> householdTable = new Table<>("household", Household::id);
  private final Table<String, Resident> residentTable =
      new Table<>(
          "resident",
          Resident::id,
          new Table.Unique<>("identity number", Resident::identityNumber, IdentityNumber::masked));
  private final Ledger<String, StoredPolicy> policyLedger =
      new Ledger<>("access policy", p -> p.policyId() + "\u0000" + p.version());
  private final Table<String, TaskRequest> requestTable =
      new Table<>("task request", TaskRequest::id);
  private final Ledger<String, AccessDecision> decisionLedger =
      new Ledger<>(
          "access decision",
          d ->
              d.requestId()
                  + "\u0000"
                  + d.community()
                  + "\u0000"
                  + String.format("%09d", d.sequence()));
  private final Ledger<String, ApprovalStep> approvalLedger =
      new Ledger<>(
          "approval step", a -> a.requestId() + "\u0000" + String.format("%09d", a.sequence()));
  private final TransactionView callByCall = new TransactionView(null);

  /** An empty store. */
  public InMemoryGovernanceStore() {}

  @Override
  public DivisionRepository divisions() {
    return callByCall.divisions;
  }

  @Override
  public CommitteeRepository committees() {
    return callByCall.committees;
  }

  @Override
  public PartyTreeRepository partyTrees() {
    return callByCall.partyTrees;
  }

  @Override
  public GridRepository grids() {
    return callByCall.grids;
  }

  @Override
  public HouseholdRepository households() {
    return callByCall.households;
  }

  @Override
  public ResidentRepository residents() {
    return callByCall.residents;
  }

  @Override
  public AccessPolicyRepository accessPolicies() {
    return callByCall.policies;
  }

  @Override
  public TaskRequestRepository taskRequests() {
    return callByCall.requests;
  }

  @Override
  public AccessDecisionRepository accessDecisions() {
    return callByCall.decisions;
  }

  @Override
  public ApprovalRepository approvals() {
    return callByCall.approvals;
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    return callByCall.inTransaction(work);
  }

  @Override
  public String toString() {
    return "InMemoryGovernanceStore";
  }

  private <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The store as its repositories see it: call by call ({@code undo == null}: each write is its own
   * transaction; the view {@code callByCall}) or inside one transaction (writes go to its undo
   * log).
   */
  private final class TransactionView implements GovernanceStore {
    private final @Nullable UndoLog undo;
    private final Divisions divisions = new Divisions(this);
    private final Committees committees = new Committees(this);
    private final PartyTrees partyTrees = new PartyTrees(this);
    private final Grids grids = new Grids(this);
    private final Households households = new Households(this);
    private final Residents residents = new Residents(this);
    private final Policies policies = new Policies(this);
    private final Requests requests = new Requests(this);
    private final Decisions decisions = new Decisions(this);
    private final Approvals approvals = new Approvals(this);

    TransactionView(@Nullable UndoLog undo) {
      this.undo = undo;
    }

    @Override
    public PartyTreeRepository partyTrees() {
      return partyTrees;
    }

    @Override
    public GridRepository grids() {
      return grids;
    }

    @Override
    public HouseholdRepository households() {
      return households;
    }

    @Override
    public ResidentRepository residents() {
      return residents;
    }

    @Override
    public AccessPolicyRepository accessPolicies() {
      return policies;
    }

    @Override
    public TaskRequestRepository taskRequests() {
      return requests;
    }

    @Override
    public AccessDecisionRepository accessDecisions() {
      return decisions;
    }

    @Override
    public ApprovalRepository approvals() {
      return approvals;
    }

    @Override
    public DivisionRepository divisions() {
      return divisions;
    }

    @Override
    public CommitteeRepository committees() {
      return committees;
    }

    @Override
    public <T> T inTransaction(UnitOfWork<T> work) {
      if (undo != null) {
        return work.run(this);
      }
      UndoLog log = new UndoLog();
      lock.writeLock().lock();
      try {
        return work.run(new TransactionView(log));
      } catch (RuntimeException | Error e) {
        log.rollback();
        throw e;
      } finally {
        lock.writeLock().unlock();
      }
    }

    <T> T write(java.util.function.Function<UndoLog, T> change) {
      if (undo != null) {
        return change.apply(undo);
      }
      return inTransaction(tx -> change.apply(((TransactionView) tx).undo()));
    }

    UndoLog undo() {
      if (undo == null) {
        throw new IllegalStateException("not in a transaction");
      }
      return undo;
    }
  }

  private final class Divisions implements DivisionRepository {
    private final TransactionView view;

    Divisions(TransactionView view) {
      this.view = view;
    }

    @Override
    public AdministrativeDivision insert(AdministrativeDivision division) {
      return view.write(undo -> divisionTable.insert(division, undo, this::requireParent));
    }

    @Override
    public AdministrativeDivision update(AdministrativeDivision division) {
      return view.write(undo -> divisionTable.update(division, undo));
    }

    @Override
    public boolean delete(DivisionCode code, long expectedVersion) {
      return view.write(
          undo -> {
            if (divisionTable.contains(code)) {
              if (divisionTable.any(d -> d.parent().filter(code::equals).isPresent())) {
                throw new IntegrityViolationException(
                    "division " + code + " cannot be deleted: divisions lie within it");
              }
              if (committeeTable.any(c -> c.division().equals(code))) {
                throw new IntegrityViolationException(
                    "division " + code + " cannot be deleted: a committee governs it");
              }
              if (partyTable.any(t -> t.community().equals(code))) {
                throw new IntegrityViolationException(
                    "division " + code + " cannot be deleted: party organisations belong to it");
              }
              if (gridTable.any(g -> g.community().equals(code))
                  || householdTable.any(h -> h.community().equals(code))) {
                throw new IntegrityViolationException(
                    "division " + code + " cannot be deleted: grids or households belong to it");
              }
            }
            return divisionTable.delete(code, expectedVersion, undo);
          });
    }

    @Override
    public Optional<AdministrativeDivision> find(DivisionCode code) {
      return read(() -> divisionTable.find(code));
    }

    @Override
    public List<AdministrativeDivision> findChildren(DivisionCode parent) {
      return read(() -> divisionTable.where(d -> d.parent().filter(parent::equals).isPresent()));
    }

    @Override
    public List<AdministrativeDivision> findWithin(DivisionCode ancestor) {
      return read(() -> divisionTable.where(d -> d.code().isWithin(ancestor)));
    }

    private void requireParent(AdministrativeDivision division) {
      division
          .parent()
          .filter(parent -> !divisionTable.contains(parent))
          .ifPresent(
              parent -> {
                throw new IntegrityViolationException(
                    "division " + division.code() + ": parent " + parent + " does not exist");
              });
    }
  }

  private final class Committees implements CommitteeRepository {
    private final TransactionView view;

    Committees(TransactionView view) {
      this.view = view;
    }

    @Override
    public Committee insert(Committee committee) {
      return view.write(undo -> committeeTable.insert(committee, undo, this::requireDivision));
    }

    @Override
    public Committee update(Committee committee) {
      return view.write(undo -> committeeTable.update(committee, undo, this::requireDivision));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return view.write(undo -> committeeTable.delete(id, expectedVersion, undo));
    }

    @Override
    public Optional<Committee> find(String id) {
      return read(() -> committeeTable.find(id));
    }

    @Override
    public List<Committee> findByDivision(DivisionCode division) {
      return read(() -> committeeTable.where(c -> c.division().equals(division)));
    }

    @Override
    public List<Committee> findWithin(DivisionCode ancestor) {
      return read(
          () ->
              committeeTable.where(
                  c -> c.division().equals(ancestor) || c.division().isWithin(ancestor)));
    }

    private void requireDivision(Committee committee) {
      if (!divisionTable.contains(committee.division())) {
        throw new IntegrityViolationException(
            "committee "
                + committee.id()
                + ": division "
                + committee.division()
                + " does not exist");
      }
    }
  }

  private final class PartyTrees implements PartyTreeRepository {
    private final TransactionView view;

    PartyTrees(TransactionView view) {
      this.view = view;
    }

    @Override
    public PartyTree insert(PartyTree tree) {
      return view.write(undo -> partyTable.insert(tree, undo, this::requireCommunity));
    }

    @Override
    public PartyTree update(PartyTree tree) {
      return view.write(undo -> partyTable.update(tree, undo, this::requireCommunity));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return view.write(undo -> partyTable.delete(id, expectedVersion, undo));
    }

    @Override
    public Optional<PartyTree> find(String id) {
      return read(() -> partyTable.find(id));
    }

    @Override
    public List<PartyTree> findByCommunity(DivisionCode community) {
      return read(() -> partyTable.where(t -> t.community().equals(community)));
    }

    @Override
    public List<PartyTree> findWithin(DivisionCode ancestor) {
      return read(
          () ->
              partyTable.where(
                  t -> t.community().equals(ancestor) || t.community().isWithin(ancestor)));
    }

    private void requireCommunity(PartyTree tree) {
      if (!divisionTable.contains(tree.community())) {
        throw new IntegrityViolationException(
            "party tree " + tree.id() + ": community " + tree.community() + " does not exist");
      }
    }
  }

  private void requireCommunity(String what, DivisionCode community) {
    if (!divisionTable.contains(community)) {
      throw new IntegrityViolationException(what + ": community " + community + " does not exist");
    }
  }

  private final class Grids implements GridRepository {
    private final TransactionView view;

    Grids(TransactionView view) {
      this.view = view;
    }

    @Override
    public Grid insert(Grid grid) {
      return view.write(
          undo ->
              gridTable.insert(
                  grid, undo, g -> requireCommunity("grid " + g.code(), g.community())));
    }

    @Override
    public Grid update(Grid grid) {
      return view.write(
          undo ->
              gridTable.update(
                  grid, undo, g -> requireCommunity("grid " + g.code(), g.community())));
    }

    @Override
    public boolean delete(GridCode code, long expectedVersion) {
      return view.write(
          undo -> {
            if (gridTable.contains(code) && householdTable.any(h -> code.equals(h.grid()))) {
              throw new IntegrityViolationException(
                  "grid " + code + " cannot be deleted: households are placed in it");
            }
            return gridTable.delete(code, expectedVersion, undo);
          });
    }

    @Override
    public Optional<Grid> find(GridCode code) {
      return read(() -> gridTable.find(code));
    }

    @Override
    public List<Grid> findByCommunity(DivisionCode community) {
      return read(() -> gridTable.where(g -> g.community().equals(community)));
    }
  }

  private final class Households implements HouseholdRepository {
    private final TransactionView view;

    Households(TransactionView view) {
      this.view = view;
    }

    @Override
    public Household insert(Household household) {
      return view.write(undo -> householdTable.insert(household, undo, this::requireReferences));
    }

    @Override
    public List<Household> insertAll(List<Household> households) {
      return view.write(
          undo -> householdTable.insertAll(households, undo, this::requireReferences));
    }

    @Override
    public Household update(Household household) {
      return view.write(undo -> householdTable.update(household, undo, this::requireReferences));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return view.write(
          undo -> {
            if (householdTable.contains(id) && residentTable.any(r -> r.householdId().equals(id))) {
              throw new IntegrityViolationException(
                  "household " + id + " cannot be deleted: residents belong to it");
            }
            return householdTable.delete(id, expectedVersion, undo);
          });
    }

    @Override
    public Optional<Household> find(String id) {
      return read(() -> householdTable.find(id));
    }

    @Override
    public List<Household> findByGrid(GridCode grid) {
      return read(() -> householdTable.where(h -> grid.equals(h.grid())));
    }

    @Override
    public List<Household> findByCommunity(DivisionCode community) {
      return read(() -> householdTable.where(h -> h.community().equals(community)));
    }

    private void requireReferences(Household household) {
      requireCommunity("household " + household.id(), household.community());
      GridCode grid = household.grid();
      if (grid != null && !gridTable.contains(grid)) {
        throw new IntegrityViolationException(
            "household " + household.id() + ": grid " + grid + " does not exist");
      }
    }
  }

  private final class Residents implements ResidentRepository {
    private final TransactionView view;

    Residents(TransactionView view) {
      this.view = view;
    }

    @Override
    public Resident insert(Resident resident) {
      return view.write(undo -> residentTable.insert(resident, undo, this::requireHousehold));
    }

    @Override
    public List<Resident> insertAll(List<Resident> residents) {
      return view.write(undo -> residentTable.insertAll(residents, undo, this::requireHousehold));
    }

    @Override
    public Resident update(Resident resident) {
      return view.write(undo -> residentTable.update(resident, undo, this::requireHousehold));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return view.write(undo -> residentTable.delete(id, expectedVersion, undo));
    }

    @Override
    public Optional<Resident> find(String id) {
      return read(() -> residentTable.find(id));
    }

    @Override
    public List<Resident> findByHousehold(String householdId) {
      return read(() -> residentTable.where(r -> r.householdId().equals(householdId)));
    }

    @Override
    public List<Resident> findByTag(DivisionCode community, CareTag tag) {
      return read(() -> residentTable.where(r -> r.has(tag) && livesIn(r, community)));
    }

    @Override
    public Optional<Resident> findByIdentityNumber(IdentityNumber identityNumber) {
      return read(() -> residentTable.findUnique(identityNumber));
    }

    @Override
    public Map<String, Integer> countByHousehold(DivisionCode community) {
      return read(
          () -> {
            Map<String, Integer> counts = new java.util.TreeMap<>();
            residentTable
                .where(r -> livesIn(r, community))
                .forEach(r -> counts.merge(r.householdId(), 1, Integer::sum));
            return Map.copyOf(counts);
          });
    }

    private boolean livesIn(Resident resident, DivisionCode community) {
      return householdTable
          .find(resident.householdId())
          .filter(h -> h.community().equals(community))
          .isPresent();
    }

    private void requireHousehold(Resident resident) {
      if (!householdTable.contains(resident.householdId())) {
        throw new IntegrityViolationException(
            "resident "
                + resident.id()
                + ": household "
                + resident.householdId()
                + " does not exist");
      }
    }
  }

  private final class Policies implements AccessPolicyRepository {
    private final TransactionView view;

    Policies(TransactionView view) {
      this.view = view;
    }

    @Override
    public StoredPolicy insert(StoredPolicy policy) {
      return view.write(undo -> policyLedger.insert(policy, undo));
    }

    @Override
    public Optional<StoredPolicy> find(String policyId, String version) {
      return read(() -> policyLedger.find(policyId + "\u0000" + version));
    }

    @Override
    public List<StoredPolicy> findVersions(String policyId) {
      return read(
          () ->
              policyLedger.where(p -> p.policyId().equals(policyId)).stream()
                  .sorted(
                      Comparator.comparing(StoredPolicy::publishedOn)
                          .thenComparing(StoredPolicy::version))
                  .toList());
    }
  }

  private final class Requests implements TaskRequestRepository {
    private final TransactionView view;

    Requests(TransactionView view) {
      this.view = view;
    }

    @Override
    public TaskRequest insert(TaskRequest request) {
      return view.write(undo -> requestTable.insert(request, undo));
    }

    @Override
    public TaskRequest update(TaskRequest request) {
      return view.write(undo -> requestTable.update(request, undo));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return view.write(
          undo -> {
            if (requestTable.contains(id)
                && (decisionLedger.any(d -> d.requestId().equals(id))
                    || approvalLedger.any(a -> a.requestId().equals(id)))) {
              throw new IntegrityViolationException(
                  "task request " + id + " cannot be deleted: it has decisions or approval steps");
            }
            return requestTable.delete(id, expectedVersion, undo);
          });
    }

    @Override
    public Optional<TaskRequest> find(String id) {
      return read(() -> requestTable.find(id));
    }

    @Override
    public List<TaskRequest> findAppliedBetween(LocalDate from, LocalDate to) {
      return read(
          () ->
              requestTable.where(r -> !r.appliedOn().isBefore(from) && !r.appliedOn().isAfter(to)));
    }
  }

  private final class Decisions implements AccessDecisionRepository {
    private final TransactionView view;

    Decisions(TransactionView view) {
      this.view = view;
    }

    @Override
    public AccessDecision insert(AccessDecision decision) {
      return view.write(
          undo -> {
            requireRequest(decision.requestId(), "access decision " + decision.id());
            return decisionLedger.insert(decision, undo);
          });
    }

    @Override
    public List<AccessDecision> findByRequest(String requestId) {
      return read(() -> decisionLedger.where(d -> d.requestId().equals(requestId)));
    }

    @Override
    public List<AccessDecision> findWithin(DivisionCode scope, LocalDate from, LocalDate to) {
      return read(
          () ->
              decisionLedger.where(
                  d ->
                      (d.community().equals(scope) || d.community().isWithin(scope))
                          && !d.asOf().isBefore(from)
                          && !d.asOf().isAfter(to)));
    }
  }

  private final class Approvals implements ApprovalRepository {
    private final TransactionView view;

    Approvals(TransactionView view) {
      this.view = view;
    }

    @Override
    public ApprovalStep append(ApprovalStep step) {
      return view.write(
          undo -> {
            requireRequest(
                step.requestId(), "approval step " + step.requestId() + "#" + step.sequence());
            return approvalLedger.insert(step, undo);
          });
    }

    @Override
    public List<ApprovalStep> findByRequest(String requestId) {
      return read(() -> approvalLedger.where(a -> a.requestId().equals(requestId)));
    }
  }

  private void requireRequest(String requestId, String what) {
    if (!requestTable.contains(requestId)) {
      throw new IntegrityViolationException(
          what + ": task request " + requestId + " does not exist");
    }
  }
}
