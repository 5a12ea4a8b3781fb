/**
 * AssertJ assertions for decisions: {@link
 * io.github.jiceng.governance.testkit.assertions.GovernanceAssertions#assertThat(io.github.jiceng.governance.policy.Decision)}.
 */
@NullMarked
package io.github.jiceng.governance.testkit.assertions;

import org.jspecify.annotations.NullMarked;
