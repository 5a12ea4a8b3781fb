package io.github.jiceng.governance.jdbc.internal;

import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.spi.AccessPolicyRepository;
import java.util.List;
import java.util.Optional;

/** The JDBC repository of access-policy versions: each call runs its SQL through {@link Calls}. */
public final class JdbcAccessPolicies implements AccessPolicyRepository {
  private final Calls calls;

  public JdbcAccessPolicies(Calls calls) {
    this.calls = calls;
  }

  @Override
  public StoredPolicy insert(StoredPolicy policy) {
    return calls.call(
        "insert access policy " + policy.policyId() + " " + policy.version(),
        s -> AccessTables.insertPolicy(s, policy));
  }

  @Override
  public Optional<StoredPolicy> find(String policyId, String version) {
    return calls.call("find access policy", s -> AccessTables.findPolicy(s, policyId, version));
  }

  @Override
  public List<StoredPolicy> findVersions(String policyId) {
    return calls.call(
        "find access policy versions", s -> AccessTables.findPolicyVersions(s, policyId));
  }
}
