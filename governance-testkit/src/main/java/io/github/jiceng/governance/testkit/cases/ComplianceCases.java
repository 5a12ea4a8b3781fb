package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A family of compliance checks (committees, party organisations): the outcome is compliant or
 * non-compliant, and the numbers come from the national defaults or, when the case file names a
 * policy file, from that file's parameters (a city's overrides are written there, see {@code
 * docs/access-policy-format.md}).
 */
abstract class ComplianceCases implements CaseFamily {

  /** The rule set the family's cases are checked against. */
  abstract RuleSet<?, Compliance> rules();

  /** Checks {@code input} under {@code policy} as of {@code asOf}. */
  abstract Decision<Compliance> check(Object input, Policy policy, LocalDate asOf);

  @Override
  public boolean needsPolicyFile() {
    return false;
  }

  @Override
  public Class<? extends Enum<?>> outcomes() {
    return Compliance.class;
  }

  @Override
  public LoadedPolicy load(@Nullable Path policyFile) {
    Policy policy =
        policyFile == null
            ? NationalDefaults.policy()
            : AccessPolicyFile.read(policyFile).parameters();
    List<String> ids = rules().rules().stream().map(Rule::id).toList();
    return new LoadedPolicy(
        policy.id() + " " + policy.version(), ids, (input, asOf) -> check(input, policy, asOf));
  }
}
