package io.github.jiceng.governance.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a policy document (an access policy, a service catalogue) fails its static check or
 * its file cannot be read. Carries every finding, errors and warnings, each with its file and line
 * where known; the message lists them one per line.
 */
public class PolicyCheckException extends InvalidPolicyException {
  private static final long serialVersionUID = 1L;

  private final transient List<PolicyProblem> problems;

  /**
   * @param policyId the policy that failed
   * @param problems every finding; at least one error
   */
  public PolicyCheckException(String policyId, List<PolicyProblem> problems) {
    super(message(policyId, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every finding, errors first. */
  public List<PolicyProblem> problems() {
    return problems;
  }

  /** The errors only. */
  public List<PolicyProblem> errors() {
    return problems.stream().filter(p -> p.severity() == PolicyProblem.Severity.ERROR).toList();
  }

  private static String message(String policyId, List<PolicyProblem> problems) {
    long errors =
        problems.stream().filter(p -> p.severity() == PolicyProblem.Severity.ERROR).count();
    return "policy '"
        + policyId
        + "' has "
        + errors
        + (errors == 1 ? " error" : " errors")
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
