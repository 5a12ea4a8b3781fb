/**
 * Task access (工作事项准入): which work a government department may assign to a community.
 *
 * <p>A jurisdiction publishes an {@link io.github.jiceng.governance.access.AccessPolicy}: its DUTY,
 * ASSIST, NEGATIVE and CERTIFICATE lists of {@link io.github.jiceng.governance.access.WorkItem}s,
 * the prohibited kinds of work, the approved forms and ledgers, and dated parameters such as the
 * application lead time in working days. A department's {@link
 * io.github.jiceng.governance.access.TaskRequest} is decided per community by the rules A1–A10 of
 * {@link io.github.jiceng.governance.access.AccessRules}, combined as {@link
 * io.github.jiceng.governance.access.AccessOutcome} documents; every {@link
 * io.github.jiceng.governance.access.AccessDecision} explains itself. Policies are written with a
 * Java builder or in a YAML file ({@link io.github.jiceng.governance.access.AccessPolicyFile}), and
 * checked statically when loaded. {@link io.github.jiceng.governance.access.BurdenReport} measures
 * the paperwork and inspections the communities carry (减负).
 */
@NullMarked
package io.github.jiceng.governance.access;

import org.jspecify.annotations.NullMarked;
