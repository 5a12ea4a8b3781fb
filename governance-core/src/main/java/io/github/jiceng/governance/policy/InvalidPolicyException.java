package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.GovernanceException;

/**
 * Thrown when a policy cannot be built because it contradicts itself, for example two versions of
 * one parameter in force on the same day.
 */
public class InvalidPolicyException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  public InvalidPolicyException(String message) {
    super(message);
  }
}
