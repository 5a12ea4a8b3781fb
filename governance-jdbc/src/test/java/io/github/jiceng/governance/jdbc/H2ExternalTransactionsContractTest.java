package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.AuditTampering;
import io.github.jiceng.governance.testkit.GovernanceStoreContract;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The storage contract through {@link ExternalTransactions} over connections in auto-commit mode,
 * as a caller without a transaction manager hands them over: every store call must still be one
 * transaction, and a failed one must store nothing.
 */
class H2ExternalTransactionsContractTest extends GovernanceStoreContract {
  private JdbcDataSource dataSource;

  @Override
  protected GovernanceStore createEmptyStore() {
    dataSource = H2ContractTest.newH2();
    JdbcDataSource h2 = dataSource;
    JdbcGovernanceStore.builder(h2).build(); // migrates: a joining store leaves the schema alone
    return JdbcGovernanceStore.builder(
            new ExternalTransactions() {
              @Override
              public Connection currentConnection() throws java.sql.SQLException {
                return h2.getConnection(); // auto-commit, as a pool hands it out
              }

              @Override
              public void release(Connection connection) throws java.sql.SQLException {
                connection.close();
              }
            })
        .build();
  }

  @Override
  protected AuditTampering auditTampering() {
    return new JdbcAuditTampering(dataSource, "gov_");
  }

  @Override
  protected void releaseStore(GovernanceStore used) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
