package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.spi.Repositories;
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
  public Repositories repositories() {
    return callByCall.repositories;
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    return callByCall.inTransaction(work);
  }

  /** The tables, for this package's tests (which tamper with the audit trail). */
  StoreTables tables() {
    return tables;
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

    private final Repositories repositories =
        new Repositories(
            new InMemoryDivisions(tables, this),
            new InMemoryCommittees(tables, this),
            new InMemoryPartyTrees(tables, this),
            new InMemoryGrids(tables, this),
            new InMemoryHouseholds(tables, this),
            new InMemoryResidents(tables, this),
            new InMemoryAccessPolicies(tables, this),
            new InMemoryTaskRequests(tables, this),
            new InMemoryAccessDecisions(tables, this),
            new InMemoryApprovals(tables, this),
            new InMemoryAudit(tables, this),
            new InMemoryScopeGrants(tables, this),
            new InMemoryServiceRequests(tables, this),
            new InMemoryServiceCatalogues(tables, this),
            new InMemoryCases(tables, this),
            new InMemoryRoutingTables(tables, this),
            new InMemoryDisputes(tables, this),
            new InMemoryFacilities(tables, this),
            new InMemoryPoints(tables, this),
            new InMemoryCareVisits(tables, this),
            new InMemoryOrganisations(tables, this),
            new InMemoryAssessments(tables, this),
            new InMemoryConsultations(tables, this));

    TransactionView(@Nullable UndoLog undo) {
      this.undo = undo;
    }

    @Override
    public Repositories repositories() {
      return repositories;
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
