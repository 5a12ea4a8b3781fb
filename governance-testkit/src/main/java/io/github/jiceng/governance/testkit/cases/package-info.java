/**
 * Policy tests as data: case files ({@code *.cases.yaml}) for task access, committees or party
 * organisations (read by {@link io.github.jiceng.governance.testkit.cases.CaseFile}), run as JUnit
 * dynamic tests or all at once ({@link
 * io.github.jiceng.governance.testkit.cases.PolicyCaseRunner}), with rule coverage, and from the
 * command line ({@link io.github.jiceng.governance.testkit.cases.PolicyTestCommand}).
 */
@NullMarked
package io.github.jiceng.governance.testkit.cases;

import org.jspecify.annotations.NullMarked;
