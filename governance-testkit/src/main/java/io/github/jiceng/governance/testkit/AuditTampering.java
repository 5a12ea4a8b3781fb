package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.audit.AuditRecord;

/**
 * Raw access to a store's audit records, bypassing the library — what an intruder with write access
 * to the database could do. The contract suite uses it to show that verification catches every such
 * change; a store supplies it through {@link GovernanceStoreContract#auditTampering()}.
 */
public interface AuditTampering {

  /** Replaces the stored record with {@code record}'s sequence number by {@code record}. */
  void overwrite(AuditRecord record);

  /** Stores {@code record} as a new row, without touching the chain's head. */
  void insert(AuditRecord record);

  /** Removes the stored record with {@code sequence}, without touching the chain's head. */
  void delete(long sequence);

  /** Sets the chain's head, as an intruder hiding a cut tail would. */
  void moveHead(long sequence, String hash);
}
