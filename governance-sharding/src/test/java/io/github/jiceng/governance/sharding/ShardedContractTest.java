package io.github.jiceng.governance.sharding;

import io.github.jiceng.governance.jdbc.JdbcAuditTampering;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.jdbc.SchemaMode;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.AuditTampering;
import io.github.jiceng.governance.testkit.GovernanceStoreContract;

/**
 * The whole storage contract on two PostgreSQL servers through ShardingSphere-JDBC, sharded by
 * county as {@link GovernanceSharding} configures it; no test skipped.
 */
class ShardedContractTest extends GovernanceStoreContract {

  @Override
  protected GovernanceStore createEmptyStore() {
    TwoShards shards = TwoShards.get();
    shards.empty();
    return store(shards);
  }

  @Override
  protected GovernanceStore anotherInstance() {
    return store(TwoShards.get());
  }

  private static GovernanceStore store(TwoShards shards) {
    return JdbcGovernanceStore.builder(shards.sharded).schemaMode(SchemaMode.VALIDATE).build();
  }

  @Override
  protected AuditTampering auditTampering() {
    return new JdbcAuditTampering(TwoShards.get().ds0, TwoShards.PREFIX);
  }
}
