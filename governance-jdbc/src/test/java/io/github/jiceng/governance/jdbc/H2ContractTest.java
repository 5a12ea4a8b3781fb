package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.AuditTampering;
import io.github.jiceng.governance.testkit.GovernanceStoreContract;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/** The storage contract on H2, a fresh in-memory database for each test. */
class H2ContractTest extends GovernanceStoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private JdbcDataSource dataSource;

  static JdbcDataSource newH2() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:contract" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  @Override
  protected GovernanceStore createEmptyStore() {
    dataSource = newH2();
    return JdbcGovernanceStore.builder(dataSource).build();
  }

  @Override
  protected GovernanceStore anotherInstance() {
    return JdbcGovernanceStore.builder(dataSource).build();
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
