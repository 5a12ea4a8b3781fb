package io.github.jiceng.governance.spring;

import io.github.jiceng.governance.policy.PolicyCheckException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells the user, when a policy file fails its static check at start-up, which file and line to
 * fix, instead of a stack of bean-creation errors.
 */
class PolicyCheckFailureAnalyzer extends AbstractFailureAnalyzer<PolicyCheckException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PolicyCheckException cause) {
    return new FailureAnalysis(
        "The governance policy file failed its static check:\n" + cause.getMessage(),
        "Fix the problems at the lines given in the file that governance.policy.location names,"
            + " or point governance.policy.location at another policy file.",
        cause);
  }
}
