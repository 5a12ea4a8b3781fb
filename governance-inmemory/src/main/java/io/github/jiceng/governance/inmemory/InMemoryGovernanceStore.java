package io.github.jiceng.governance.inmemory;

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
  private final StoreTables tables = new StoreTables();
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

  /**
   * The store as its repositories see it: call by call ({@code undo == null}: each write is its own
   * transaction; the view {@code callByCall}) or inside one transaction (writes go to its undo
   * log).
   */
  private final class TransactionView implements GovernanceStore, Writes {
    private final @Nullable UndoLog undo;
    private final DivisionRepository divisions = new InMemoryDivisions(tables, this);
    private final CommitteeRepository committees = new InMemoryCommittees(tables, this);
    private final PartyTreeRepository partyTrees = new InMemoryPartyTrees(tables, this);
    private final GridRepository grids = new InMemoryGrids(tables, this);
    private final HouseholdRepository households = new InMemoryHouseholds(tables, this);
    private final ResidentRepository residents = new InMemoryResidents(tables, this);
    private final AccessPolicyRepository policies = new InMemoryAccessPolicies(tables, this);
    private final TaskRequestRepository requests = new InMemoryTaskRequests(tables, this);
    private final AccessDecisionRepository decisions = new InMemoryAccessDecisions(tables, this);
    private final ApprovalRepository approvals = new InMemoryApprovals(tables, this);

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
      tables.lock.writeLock().lock();
      try {
        return work.run(new TransactionView(log));
      } catch (RuntimeException | Error e) {
        log.rollback();
        throw e;
      } finally {
        tables.lock.writeLock().unlock();
      }
    }

    @Override
    public <T> T write(java.util.function.Function<UndoLog, T> change) {
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
}
