package io.github.jiceng.governance.testkit.assertions;

import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Outcome;

/**
 * Entry point of the AssertJ assertions for this library: {@code import static
 * io.github.jiceng.governance.testkit.assertions.GovernanceAssertions.assertThat;}
 */
public final class GovernanceAssertions {
  private GovernanceAssertions() {}

  /**
   * Assertions on a decision, for example {@code assertThat(decision).isRefused().byRule("A3")}.
   */
  public static <O extends Enum<O> & Outcome> DecisionAssert<O> assertThat(Decision<O> decision) {
    return new DecisionAssert<>(decision);
  }
}
