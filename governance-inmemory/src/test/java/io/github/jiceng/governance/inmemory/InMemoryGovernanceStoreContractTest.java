package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.audit.ChainPosition;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.AuditTampering;
import io.github.jiceng.governance.testkit.GovernanceStoreContract;

class InMemoryGovernanceStoreContractTest extends GovernanceStoreContract {

  @Override
  protected GovernanceStore createEmptyStore() {
    return new InMemoryGovernanceStore();
  }

  @Override
  protected AuditTampering auditTampering() {
    AuditLog log = ((InMemoryGovernanceStore) store).tables().auditLog;
    return new AuditTampering() {
      @Override
      public void overwrite(AuditRecord record) {
        log.overwrite(record);
      }

      @Override
      public void insert(AuditRecord record) {
        log.overwrite(record);
      }

      @Override
      public void delete(long sequence) {
        log.remove(sequence);
      }

      @Override
      public void moveHead(long sequence, String hash) {
        log.moveHead(new ChainPosition(sequence, hash));
      }
    };
  }
}
