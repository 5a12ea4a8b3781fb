package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.jdbc.internal.Calls;
import io.github.jiceng.governance.jdbc.internal.JdbcAccessDecisions;
import io.github.jiceng.governance.jdbc.internal.JdbcAccessPolicies;
import io.github.jiceng.governance.jdbc.internal.JdbcApprovals;
import io.github.jiceng.governance.jdbc.internal.JdbcAssessments;
import io.github.jiceng.governance.jdbc.internal.JdbcAudit;
import io.github.jiceng.governance.jdbc.internal.JdbcCareVisits;
import io.github.jiceng.governance.jdbc.internal.JdbcCases;
import io.github.jiceng.governance.jdbc.internal.JdbcCommittees;
import io.github.jiceng.governance.jdbc.internal.JdbcConsultations;
import io.github.jiceng.governance.jdbc.internal.JdbcDisputes;
import io.github.jiceng.governance.jdbc.internal.JdbcDivisions;
import io.github.jiceng.governance.jdbc.internal.JdbcFacilities;
import io.github.jiceng.governance.jdbc.internal.JdbcGrids;
import io.github.jiceng.governance.jdbc.internal.JdbcHouseholds;
import io.github.jiceng.governance.jdbc.internal.JdbcOrganisations;
import io.github.jiceng.governance.jdbc.internal.JdbcPartyTrees;
import io.github.jiceng.governance.jdbc.internal.JdbcPoints;
import io.github.jiceng.governance.jdbc.internal.JdbcResidents;
import io.github.jiceng.governance.jdbc.internal.JdbcRoutingTables;
import io.github.jiceng.governance.jdbc.internal.JdbcScopeGrants;
import io.github.jiceng.governance.jdbc.internal.JdbcServiceCatalogues;
import io.github.jiceng.governance.jdbc.internal.JdbcServiceRequests;
import io.github.jiceng.governance.jdbc.internal.JdbcTaskRequests;
import io.github.jiceng.governance.jdbc.internal.SchemaMigrator;
import io.github.jiceng.governance.jdbc.internal.Session;
import io.github.jiceng.governance.jdbc.internal.SqlCall;
import io.github.jiceng.governance.jdbc.internal.SqlErrors;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.spi.Repositories;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private static final Logger LOG = LoggerFactory.getLogger(JdbcGovernanceStore.class);

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}|");

  private final @Nullable DataSource dataSource;
  private final @Nullable ExternalTransactions external;
  private final Dialect dialect;
  private final String prefix;
  private final boolean bulkCopy;
  private final TransactionView callByCall = new TransactionView(null);

  private JdbcGovernanceStore(Builder builder, Dialect dialect) {
    this.dataSource = builder.dataSource;
    this.external = builder.external;
    this.dialect = dialect;
    this.prefix = builder.prefix;
    this.bulkCopy = builder.bulkCopy;
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

  /**
   * The dialect the server's metadata names, with a warning for a compatible server this project's
   * tests do not run on.
   */
  private static Dialect detect(java.sql.DatabaseMetaData metadata) throws SQLException {
    String product = metadata.getDatabaseProductName();
    String version = metadata.getDatabaseProductVersion();
    Dialect dialect = Dialect.fromProductName(product);
    Dialect.untested(product, version == null ? "" : version)
        .ifPresent(
            server ->
                LOG.warn(
                    "{} is used as {}: the library's tests do not run on it; see"
                        + " docs/databases.md for what to check",
                    server,
                    dialect));
    return dialect;
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
  public Repositories repositories() {
    return callByCall.repositories;
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    return callByCall.inTransaction(work);
  }

  @Override
  public String toString() {
    return "JdbcGovernanceStore[" + dialect + ", prefix '" + prefix + "']";
  }

  /**
   * The store as its repositories see it: call by call, each call its own transaction ({@code
   * session == null}; the view {@code callByCall}), or inside one transaction on its session.
   */
  private final class TransactionView implements GovernanceStore, Calls {
    private final @Nullable Session session;

    private final Repositories repositories =
        new Repositories(
            new JdbcDivisions(this),
            new JdbcCommittees(this),
            new JdbcPartyTrees(this),
            new JdbcGrids(this),
            new JdbcHouseholds(this),
            new JdbcResidents(this),
            new JdbcAccessPolicies(this),
            new JdbcTaskRequests(this),
            new JdbcAccessDecisions(this),
            new JdbcApprovals(this),
            new JdbcAudit(this),
            new JdbcScopeGrants(this),
            new JdbcServiceRequests(this),
            new JdbcServiceCatalogues(this),
            new JdbcCases(this),
            new JdbcRoutingTables(this),
            new JdbcDisputes(this),
            new JdbcFacilities(this),
            new JdbcPoints(this),
            new JdbcCareVisits(this),
            new JdbcOrganisations(this),
            new JdbcAssessments(this),
            new JdbcConsultations(this));

    TransactionView(@Nullable Session session) {
      this.session = session;
    }

    @Override
    public Repositories repositories() {
      return repositories;
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
    @Override
    public <T> T call(String operation, SqlCall<T> call) {
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
          result = work.run(new TransactionView(new Session(connection, prefix, bulkCopy)));
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
        T result = work.run(new TransactionView(new Session(connection, prefix, bulkCopy)));
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

  /** Configures a {@link JdbcGovernanceStore}. Not thread-safe. */
  public static final class Builder {
    private final @Nullable DataSource dataSource;
    private final @Nullable ExternalTransactions external;
    private @Nullable Dialect dialect;
    private String prefix = "gov_";
    private SchemaMode schemaMode = SchemaMode.CREATE_OR_MIGRATE;
    private boolean bulkCopy = true;

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

    /**
     * Whether a bulk import of households or residents (500 rows or more) streams through
     * PostgreSQL's {@code COPY ... FROM STDIN} when the connection is PgJDBC's. {@code COPY} keeps
     * every key and constraint and runs in the import's transaction, so nothing changes but the
     * speed; turn it off for a PostgreSQL-compatible server or proxy that does not support it, and
     * the store batches inserts as it does on every other database. Default {@code true}.
     */
    public Builder bulkCopy(boolean value) {
      this.bulkCopy = value;
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
            return detect(connection.getMetaData());
          }
        }
        ExternalTransactions transactions = java.util.Objects.requireNonNull(external);
        Connection connection = transactions.currentConnection();
        try {
          return detect(connection.getMetaData());
        } finally {
          transactions.release(connection);
        }
      } catch (SQLException e) {
        throw SqlErrors.translate(e, "detecting the database dialect");
      }
    }
  }
}
