package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.GovernanceException;
import java.time.LocalDate;

/**
 * Thrown when a rule asks for a parameter that has no value in force on the date of the question,
 * or that the policy does not define. A {@link RuleSet} turns it into a "not applicable" result
 * with this message as the reason, so a decision still explains itself.
 */
public class ParameterNotInForceException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String parameterId;
  private final LocalDate asOf;

  public ParameterNotInForceException(String policyId, String parameterId, LocalDate asOf) {
    super("policy '" + policyId + "' has no value of '" + parameterId + "' in force on " + asOf);
    this.parameterId = parameterId;
    this.asOf = asOf;
  }

  /** The parameter that was asked for. */
  public String parameterId() {
    return parameterId;
  }

  /**
   * The day the value was looked up: the date of the question, or the day a rule applies the law of
   * (such as the day a term began).
   */
  public LocalDate asOf() {
    return asOf;
  }
}
