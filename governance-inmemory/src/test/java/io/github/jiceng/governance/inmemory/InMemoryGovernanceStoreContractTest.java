package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.GovernanceStoreContract;

class InMemoryGovernanceStoreContractTest extends GovernanceStoreContract {

  @Override
  protected GovernanceStore createEmptyStore() {
    return new InMemoryGovernanceStore();
  }
}
