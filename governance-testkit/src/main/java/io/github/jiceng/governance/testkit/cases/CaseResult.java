package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.policy.Decision;

/**
 * The result of one case: the decision it got and, if it did not get what it expected, a report
 * that says why without a stack trace: expected and actual outcome, the deciding rules with their
 * reasons, compared values and citations, and the file and line of the case.
 *
 * @param policyCase the case
 * @param decision the decision the policy made
 * @param passed whether the decision met the expectation
 * @param report the failure report, empty when the case passed
 */
public record CaseResult(
    PolicyCase policyCase, Decision<?> decision, boolean passed, String report) {}
