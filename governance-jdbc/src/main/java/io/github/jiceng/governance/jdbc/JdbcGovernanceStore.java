package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.jdbc.internal.AccessTables;
import io.github.jiceng.governance.jdbc.internal.CommitteeTable;
import io.github.jiceng.governance.jdbc.internal.DivisionTable;
import io.github.jiceng.governance.jdbc.internal.GridTables;
import io.github.jiceng.governance.jdbc.internal.PartyTables;
import io.github.jiceng.governance.jdbc.internal.SchemaMigrator;
import io.github.jiceng.governance.jdbc.internal.Session;
import io.github.jiceng.governance.jdbc.internal.SqlErrors;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link GovernanceStore} on a relational database through JDBC: PostgreSQL, H2, MySQL or MariaDB
 * (see {@link Dialect}). Several application instances may share one database: optimistic locking
 * by version keeps their writes from overwriting each other.
 *
 * <pre>{@code
 * GovernanceStore store = JdbcGovernanceStore.builder(dataSource)
 *     .tablePrefix("gov_")                        // default "gov_"
 *     .schemaMode(SchemaMode.CREATE_OR_MIGRATE)    // default
 *     .build();
 * }</pre>
 *
 * <p>Each SPI call runs in its own transaction on a connection taken from the {@link DataSource}
 * and always closed; {@link #inTransaction} runs several calls in one. To join the caller's own
 * transactions instead, build with {@link #builder(ExternalTransactions)}.
 *
 * <p>All statements are parameterised. {@link SQLException}s never escape: they are translated into
 * {@link StorageException} and its subtypes.
 */
public final class JdbcGovernanceStore implements GovernanceStore {
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}|");

  private final @Nullable DataSource dataSource;
  private final @Nullable ExternalTransactions external;
  private final Dialect dialect;
  private final String prefix;
  private final TransactionView callByCall = new TransactionView(null);

  private JdbcGovernanceStore(Builder builder, Dialect dialect) {
    this.dataSource = builder.dataSource;
    this.external = builder.external;
    this.dialect = dialect;
    this.prefix = builder.prefix;
  }

  /** A store that opens its own transactions on connections from {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    if (dataSource == null) {
      throw InvalidInputException.of("JdbcGovernanceStore", "dataSource", "must not be null");
    }
    return new Builder(dataSource, null);
  }

  /**
   * A store that joins the caller's transactions: it runs its statements on the connection {@code
   * transactions} hands it and never closes it. Inside a transaction of the caller's it never
   * commits or rolls back; on a connection in auto-commit mode each call runs in a local
   * transaction of its own ({@link ExternalTransactions} says exactly how). The schema is not
   * touched (the builder's schema mode is ignored): migrate it with a store built on a {@link
   * DataSource}, or with your own tools.
   */
  public static Builder builder(ExternalTransactions transactions) {
    if (transactions == null) {
      throw InvalidInputException.of("JdbcGovernanceStore", "transactions", "must not be null");
    }
    return new Builder(null, transactions);
  }

  /** The dialect in use. */
  public Dialect dialect() {
    return dialect;
  }

  /** The table prefix in use. */
  public String tablePrefix() {
    return prefix;
  }

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
    return "JdbcGovernanceStore[" + dialect + ", prefix '" + prefix + "']";
  }

  /** A statement that needs a session. */
  @FunctionalInterface
  private interface Call<T> {
    T run(Session session) throws SQLException;
  }

  /**
   * The store as its repositories see it: call by call, each call its own transaction ({@code
   * session == null}; the view {@code callByCall}), or inside one transaction on its session.
   */
  private final class TransactionView implements GovernanceStore {
    private final @Nullable Session session;
    private final Divisions divisions = new Divisions(this);
    private final Committees committees = new Committees(this);
    private final PartyTreeRepository partyTrees = new PartyTrees(this);
    private final GridRepository grids = new Grids(this);
    private final HouseholdRepository households = new Households(this);
    private final ResidentRepository residents = new Residents(this);
    private final AccessPolicyRepository policies = new Policies(this);
    private final TaskRequestRepository requests = new Requests(this);
    private final AccessDecisionRepository decisions = new Decisions(this);
    private final ApprovalRepository approvals = new Approvals(this);

    TransactionView(@Nullable Session session) {
      this.session = session;
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
      if (session != null) {
        return work.run(this);
      }
      if (external != null) {
        return inExternalTransaction(work);
      }
      return inOwnTransaction(work);
    }

    /** Runs {@code call} in the bound transaction, or in a transaction of its own. */
    <T> T call(String operation, Call<T> call) {
      if (session == null) {
        return inTransaction(tx -> ((TransactionView) tx).call(operation, call));
      }
      try {
        return call.run(session);
      } catch (SQLException e) {
        throw SqlErrors.translate(e, operation);
      }
    }

    private <T> T inOwnTransaction(UnitOfWork<T> work) {
      Connection connection;
      try {
        connection = java.util.Objects.requireNonNull(dataSource).getConnection();
      } catch (SQLException e) {
        throw SqlErrors.translate(e, "opening a connection");
      }
      // No try-with-resources: a failing close() would attach the driver's own exception, whose
      // message may quote personal data, to what the caller sees. Every driver exception that
      // rides along is redacted first.
      Throwable failure = null;
      try {
        connection.setAutoCommit(false);
        T result;
        try {
          result = work.run(new TransactionView(new Session(connection, prefix)));
        } catch (RuntimeException | Error e) {
          rollback(connection, e);
          throw e;
        }
        commit(connection);
        return result;
      } catch (SQLException e) {
        RuntimeException translated = SqlErrors.translate(e, "transaction");
        failure = translated;
        rollback(connection, translated);
        throw translated;
      } catch (RuntimeException | Error e) {
        failure = e;
        throw e;
      } finally {
        close(connection, failure);
      }
    }

    /**
     * Closes {@code connection}; a failure to close is redacted onto {@code failure}, or thrown.
     */
    private void close(Connection connection, @Nullable Throwable failure) {
      cleanUp(connection::close, "closing the connection", failure);
    }

    /** A last step on a connection, such as closing it or handing it back. */
    private interface CleanUp {
      void run() throws SQLException;
    }

    /**
     * Runs {@code step} after the work. If it fails while another failure is on its way to the
     * caller, its exception goes along, redacted, as a suppressed one; otherwise it is translated
     * and thrown. The driver's own exception never reaches the caller, since its message may quote
     * personal data.
     */
    private static void cleanUp(CleanUp step, String what, @Nullable Throwable failure) {
      try {
        step.run();
      } catch (SQLException e) {
        if (failure == null) {
          throw SqlErrors.translate(e, what);
        }
        failure.addSuppressed(SqlErrors.redacted(e));
      }
    }

    private <T> T inExternalTransaction(UnitOfWork<T> work) {
      ExternalTransactions transactions = java.util.Objects.requireNonNull(external);
      Connection connection;
      try {
        connection = transactions.currentConnection();
      } catch (SQLException e) {
        throw SqlErrors.translate(e, "getting the caller's connection");
      }
      boolean local; // the caller runs no transaction: this call makes and finishes its own
      try {
        local = connection.getAutoCommit();
        if (local) {
          connection.setAutoCommit(false);
        }
      } catch (SQLException e) {
        RuntimeException translated =
            SqlErrors.translate(e, "starting a transaction on the caller's connection");
        release(transactions, connection, translated);
        throw translated;
      }
      Throwable failure = null;
      try {
        T result = work.run(new TransactionView(new Session(connection, prefix)));
        if (local) {
          commit(connection);
        }
        return result;
      } catch (RuntimeException | Error e) {
        failure = e;
        if (local) {
          rollback(connection, e);
        }
        throw e;
      } finally {
        if (local) {
          restoreAutoCommit(connection, failure);
        }
        release(transactions, connection, failure);
      }
    }

    /**
     * Commits; a failure that is not a definite rollback (a serialization failure or deadlock,
     * which the database reports as rolled back) leaves the outcome unknown, and says so.
     */
    private static void commit(Connection connection) {
      try {
        connection.commit();
      } catch (SQLException e) {
        io.github.jiceng.governance.base.StorageException translated =
            SqlErrors.translate(e, "commit");
        if (translated instanceof io.github.jiceng.governance.base.WriteConflictException) {
          throw translated;
        }
        throw new io.github.jiceng.governance.base.CommitOutcomeUnknownException(
            "commit failed: whether the transaction took effect is unknown; look before writing it again",
            SqlErrors.redacted(e));
      }
    }

    /**
     * Hands the caller's connection back; a failure is redacted onto {@code failure}, or thrown.
     */
    private void release(
        ExternalTransactions transactions, Connection connection, @Nullable Throwable failure) {
      cleanUp(() -> transactions.release(connection), "releasing the caller's connection", failure);
    }

    private void restoreAutoCommit(Connection connection, @Nullable Throwable failure) {
      cleanUp(
          () -> connection.setAutoCommit(true),
          "restoring auto-commit on the caller's connection",
          failure);
    }

    private void rollback(Connection connection, Throwable failure) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        failure.addSuppressed(SqlErrors.redacted(e));
      }
    }
  }

  private static final class Divisions implements DivisionRepository {
    private final TransactionView store;

    Divisions(TransactionView store) {
      this.store = store;
    }

    @Override
    public AdministrativeDivision insert(AdministrativeDivision division) {
      return store.call(
          "insert division " + division.code(), s -> DivisionTable.insert(s, division));
    }

    @Override
    public AdministrativeDivision update(AdministrativeDivision division) {
      return store.call(
          "update division " + division.code(), s -> DivisionTable.update(s, division));
    }

    @Override
    public boolean delete(DivisionCode code, long expectedVersion) {
      return store.call(
          "delete division " + code, s -> DivisionTable.delete(s, code, expectedVersion));
    }

    @Override
    public Optional<AdministrativeDivision> find(DivisionCode code) {
      return store.call("find division", s -> DivisionTable.find(s, code));
    }

    @Override
    public List<AdministrativeDivision> findChildren(DivisionCode parent) {
      return store.call("find child divisions", s -> DivisionTable.findChildren(s, parent));
    }

    @Override
    public List<AdministrativeDivision> findWithin(DivisionCode ancestor) {
      return store.call("find divisions within", s -> DivisionTable.findWithin(s, ancestor));
    }
  }

  private static final class Committees implements CommitteeRepository {
    private final TransactionView store;

    Committees(TransactionView store) {
      this.store = store;
    }

    @Override
    public Committee insert(Committee committee) {
      return store.call(
          "insert committee " + committee.id(), s -> CommitteeTable.insert(s, committee));
    }

    @Override
    public Committee update(Committee committee) {
      return store.call(
          "update committee " + committee.id(), s -> CommitteeTable.update(s, committee));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return store.call(
          "delete committee " + id, s -> CommitteeTable.delete(s, id, expectedVersion));
    }

    @Override
    public Optional<Committee> find(String id) {
      return store.call("find committee", s -> CommitteeTable.find(s, id));
    }

    @Override
    public List<Committee> findByDivision(DivisionCode division) {
      return store.call(
          "find committees of division", s -> CommitteeTable.findByDivision(s, division));
    }

    @Override
    public List<Committee> findWithin(DivisionCode ancestor) {
      return store.call("find committees within", s -> CommitteeTable.findWithin(s, ancestor));
    }
  }

  private record PartyTrees(TransactionView store) implements PartyTreeRepository {
    @Override
    public PartyTree insert(PartyTree tree) {
      return store.call("insert party tree " + tree.id(), s -> PartyTables.insert(s, tree));
    }

    @Override
    public PartyTree update(PartyTree tree) {
      return store.call("update party tree " + tree.id(), s -> PartyTables.update(s, tree));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return store.call("delete party tree " + id, s -> PartyTables.delete(s, id, expectedVersion));
    }

    @Override
    public Optional<PartyTree> find(String id) {
      return store.call("find party tree", s -> PartyTables.find(s, id));
    }

    @Override
    public List<PartyTree> findByCommunity(DivisionCode community) {
      return store.call(
          "find party trees of a community", s -> PartyTables.findByCommunity(s, community));
    }

    @Override
    public List<PartyTree> findWithin(DivisionCode ancestor) {
      return store.call("find party trees within", s -> PartyTables.findWithin(s, ancestor));
    }
  }

  private record Grids(TransactionView store) implements GridRepository {
    @Override
    public Grid insert(Grid grid) {
      return store.call("insert grid " + grid.code(), s -> GridTables.insertGrid(s, grid));
    }

    @Override
    public Grid update(Grid grid) {
      return store.call("update grid " + grid.code(), s -> GridTables.updateGrid(s, grid));
    }

    @Override
    public boolean delete(GridCode code, long expectedVersion) {
      return store.call(
          "delete grid " + code, s -> GridTables.deleteGrid(s, code, expectedVersion));
    }

    @Override
    public Optional<Grid> find(GridCode code) {
      return store.call("find grid", s -> GridTables.findGrid(s, code));
    }

    @Override
    public List<Grid> findByCommunity(DivisionCode community) {
      return store.call(
          "find grids of a community", s -> GridTables.findGridsByCommunity(s, community));
    }
  }

  private record Households(TransactionView store) implements HouseholdRepository {
    @Override
    public Household insert(Household household) {
      return store.call(
          "insert household " + household.id(),
          s -> GridTables.insertHouseholds(s, List.of(household)).get(0));
    }

    @Override
    public List<Household> insertAll(List<Household> households) {
      return store.call(
          "insert " + households.size() + " households",
          s -> GridTables.insertHouseholds(s, households));
    }

    @Override
    public Household update(Household household) {
      return store.call(
          "update household " + household.id(), s -> GridTables.updateHousehold(s, household));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return store.call(
          "delete household " + id, s -> GridTables.deleteHousehold(s, id, expectedVersion));
    }

    @Override
    public Optional<Household> find(String id) {
      return store.call("find household", s -> GridTables.findHousehold(s, id));
    }

    @Override
    public List<Household> findByGrid(GridCode grid) {
      return store.call("find households of a grid", s -> GridTables.findHouseholdsByGrid(s, grid));
    }

    @Override
    public List<Household> findByCommunity(DivisionCode community) {
      return store.call(
          "find households of a community",
          s -> GridTables.findHouseholdsByCommunity(s, community));
    }
  }

  private record Residents(TransactionView store) implements ResidentRepository {
    @Override
    public Resident insert(Resident resident) {
      return store.call(
          "insert resident " + resident.id(),
          s -> GridTables.insertResidents(s, List.of(resident)).get(0));
    }

    @Override
    public List<Resident> insertAll(List<Resident> residents) {
      return store.call(
          "insert " + residents.size() + " residents",
          s -> GridTables.insertResidents(s, residents));
    }

    @Override
    public Resident update(Resident resident) {
      return store.call(
          "update resident " + resident.id(), s -> GridTables.updateResident(s, resident));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return store.call(
          "delete resident " + id, s -> GridTables.deleteResident(s, id, expectedVersion));
    }

    @Override
    public Optional<Resident> find(String id) {
      return store.call("find resident", s -> GridTables.findResident(s, id));
    }

    @Override
    public List<Resident> findByHousehold(String householdId) {
      return store.call(
          "find residents of a household",
          s -> GridTables.findResidentsByHousehold(s, householdId));
    }

    @Override
    public List<Resident> findByTag(DivisionCode community, CareTag tag) {
      return store.call(
          "find residents by tag", s -> GridTables.findResidentsByTag(s, community, tag));
    }

    @Override
    public Optional<Resident> findByIdentityNumber(IdentityNumber identityNumber) {
      return store.call(
          "find resident by identity number",
          s -> GridTables.findResidentByIdentityNumber(s, identityNumber));
    }

    @Override
    public Map<String, Integer> countByHousehold(DivisionCode community) {
      return store.call(
          "count residents by household", s -> GridTables.countResidentsByHousehold(s, community));
    }
  }

  private record Policies(TransactionView store) implements AccessPolicyRepository {
    @Override
    public StoredPolicy insert(StoredPolicy policy) {
      return store.call(
          "insert access policy " + policy.policyId() + " " + policy.version(),
          s -> AccessTables.insertPolicy(s, policy));
    }

    @Override
    public Optional<StoredPolicy> find(String policyId, String version) {
      return store.call("find access policy", s -> AccessTables.findPolicy(s, policyId, version));
    }

    @Override
    public List<StoredPolicy> findVersions(String policyId) {
      return store.call(
          "find access policy versions", s -> AccessTables.findPolicyVersions(s, policyId));
    }
  }

  private record Requests(TransactionView store) implements TaskRequestRepository {
    @Override
    public TaskRequest insert(TaskRequest request) {
      return store.call(
          "insert task request " + request.id(), s -> AccessTables.insertRequest(s, request));
    }

    @Override
    public TaskRequest update(TaskRequest request) {
      return store.call(
          "update task request " + request.id(), s -> AccessTables.updateRequest(s, request));
    }

    @Override
    public boolean delete(String id, long expectedVersion) {
      return store.call(
          "delete task request " + id, s -> AccessTables.deleteRequest(s, id, expectedVersion));
    }

    @Override
    public Optional<TaskRequest> find(String id) {
      return store.call("find task request", s -> AccessTables.findRequest(s, id));
    }

    @Override
    public List<TaskRequest> findAppliedBetween(LocalDate from, LocalDate to) {
      return store.call(
          "find task requests", s -> AccessTables.findRequestsAppliedBetween(s, from, to));
    }
  }

  private record Decisions(TransactionView store) implements AccessDecisionRepository {
    @Override
    public AccessDecision insert(AccessDecision decision) {
      return store.call(
          "insert access decision " + decision.id(), s -> AccessTables.insertDecision(s, decision));
    }

    @Override
    public List<AccessDecision> findByRequest(String requestId) {
      return store.call(
          "find access decisions of a request",
          s -> AccessTables.findDecisionsByRequest(s, requestId));
    }

    @Override
    public List<AccessDecision> findWithin(DivisionCode scope, LocalDate from, LocalDate to) {
      return store.call(
          "find access decisions within",
          s -> AccessTables.findDecisionsWithin(s, scope, from, to));
    }
  }

  private record Approvals(TransactionView store) implements ApprovalRepository {
    @Override
    public ApprovalStep append(ApprovalStep step) {
      return store.call(
          "append approval step " + step.requestId() + "#" + step.sequence(),
          s -> AccessTables.appendStep(s, step));
    }

    @Override
    public List<ApprovalStep> findByRequest(String requestId) {
      return store.call("find approval steps", s -> AccessTables.findSteps(s, requestId));
    }
  }

  /** Configures a {@link JdbcGovernanceStore}. Not thread-safe. */
  public static final class Builder {
    private final @Nullable DataSource dataSource;
    private final @Nullable ExternalTransactions external;
    private @Nullable Dialect dialect;
    private String prefix = "gov_";
    private SchemaMode schemaMode = SchemaMode.CREATE_OR_MIGRATE;

    private Builder(@Nullable DataSource dataSource, @Nullable ExternalTransactions external) {
      this.dataSource = dataSource;
      this.external = external;
    }

    /** The SQL dialect; detected from the database's metadata if not set. */
    public Builder dialect(Dialect value) {
      this.dialect = value;
      return this;
    }

    /**
     * A prefix for every table name: lower-case letters, digits and underscores, starting with a
     * letter, at most 21 characters; may be empty. Default {@code gov_}.
     */
    public Builder tablePrefix(String value) {
      if (value == null || !PREFIX.matcher(value).matches()) {
        throw InvalidInputException.of(
            "JdbcGovernanceStore",
            "tablePrefix",
            "must be lower-case letters, digits and '_', starting with a letter, at most 21 characters");
      }
      this.prefix = value;
      return this;
    }

    /** What to do with the schema at build time. Default {@link SchemaMode#CREATE_OR_MIGRATE}. */
    public Builder schemaMode(SchemaMode value) {
      if (value == null) {
        throw InvalidInputException.of("JdbcGovernanceStore", "schemaMode", "must not be null");
      }
      this.schemaMode = value;
      return this;
    }

    /**
     * Detects the dialect if needed, applies the schema mode, and returns the store.
     *
     * @throws StorageException if the database cannot be reached, is not supported, or its schema
     *     fails validation
     */
    public JdbcGovernanceStore build() {
      Dialect resolved = dialect != null ? dialect : detectDialect();
      if (dataSource != null) {
        new SchemaMigrator(resolved, prefix).run(dataSource, schemaMode);
      }
      return new JdbcGovernanceStore(this, resolved);
    }

    private Dialect detectDialect() {
      try {
        if (dataSource != null) {
          try (Connection connection = dataSource.getConnection()) {
            return Dialect.fromProductName(connection.getMetaData().getDatabaseProductName());
          }
        }
        ExternalTransactions transactions = java.util.Objects.requireNonNull(external);
        Connection connection = transactions.currentConnection();
        try {
          return Dialect.fromProductName(connection.getMetaData().getDatabaseProductName());
        } finally {
          transactions.release(connection);
        }
      } catch (SQLException e) {
        throw SqlErrors.translate(e, "detecting the database dialect");
      }
    }
  }
}
