package io.github.jiceng.governance.inmemory;

import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.spi.AccessPolicyRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory repository of access-policy versions, over the store's tables; writes go through
 * {@link Writes}.
 */
final class InMemoryAccessPolicies implements AccessPolicyRepository {
  private final StoreTables tables;
  private final Writes view;

  InMemoryAccessPolicies(StoreTables tables, Writes view) {
    this.tables = tables;
    this.view = view;
  }

  @Override
  public StoredPolicy insert(StoredPolicy policy) {
    return view.write(undo -> tables.policyLedger.insert(policy, undo));
  }

  @Override
  public Optional<StoredPolicy> find(String policyId, String version) {
    return tables.read(() -> tables.policyLedger.find(policyId + "\u0000" + version));
  }

  @Override
  public List<StoredPolicy> findVersions(String policyId) {
    return tables.read(
        () ->
            tables.policyLedger.where(p -> p.policyId().equals(policyId)).stream()
                .sorted(
                    Comparator.comparing(StoredPolicy::publishedOn)
                        .thenComparing(StoredPolicy::version))
                .toList());
  }
}
