/**
 * Spring Boot auto-configuration of the library: with a {@code DataSource} in the context, a {@code
 * JdbcGovernanceStore} joining Spring-managed transactions, the policy of {@code
 * governance.policy.location} and a {@code Governance} bean. Properties under {@code governance.*}
 * ({@link io.github.jiceng.governance.spring.GovernanceProperties}).
 */
@NullMarked
package io.github.jiceng.governance.spring;

import org.jspecify.annotations.NullMarked;
