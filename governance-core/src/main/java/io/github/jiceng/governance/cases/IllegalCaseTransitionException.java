package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Violation;
import java.util.List;

/**
 * Thrown when an action cannot happen to a case in its state — closing a case that was never
 * verified, dispatching one that is not filed. Names the case, the state and the action.
 */
public class IllegalCaseTransitionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final CaseState state;
  private final CaseAction action;

  /**
   * @param caseId the case
   * @param state the state it is in
   * @param action the action refused
   */
  public IllegalCaseTransitionException(String caseId, CaseState state, CaseAction action) {
    super(
        "case " + caseId,
        List.of(
            new Violation(
                "action",
                action
                    + " cannot happen to a case that is "
                    + state
                    + "; it can happen to one that is "
                    + action.from())));
    this.state = state;
    this.action = action;
  }

  /** The state the case is in. */
  public CaseState state() {
    return state;
  }

  /** The action refused. */
  public CaseAction action() {
    return action;
  }
}
