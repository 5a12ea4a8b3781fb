package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.AuditTampering;
import io.github.jiceng.governance.testkit.GovernanceStoreContract;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The storage contract on a database server started once for the JVM: each test gets its own tables
 * by prefix.
 */
abstract class ServerContractTest extends GovernanceStoreContract {
  private static final AtomicInteger TESTS = new AtomicInteger();

  /** The server's data source. */
  abstract DataSource server();

  private String prefix = "";

  @Override
  protected GovernanceStore createEmptyStore() {
    prefix = "c" + TESTS.incrementAndGet() + "_";
    return JdbcGovernanceStore.builder(server()).tablePrefix(prefix).build();
  }

  @Override
  protected GovernanceStore anotherInstance() {
    return JdbcGovernanceStore.builder(server()).tablePrefix(prefix).build();
  }

  @Override
  protected AuditTampering auditTampering() {
    return new JdbcAuditTampering(server(), prefix);
  }
}
