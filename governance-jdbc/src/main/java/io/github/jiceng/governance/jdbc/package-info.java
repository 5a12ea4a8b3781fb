/**
 * {@link io.github.jiceng.governance.jdbc.JdbcGovernanceStore}: the {@link
 * io.github.jiceng.governance.spi.GovernanceStore} for relational databases (PostgreSQL, H2, MySQL
 * and MariaDB), with its versioned schema scripts and migrator.
 */
@NullMarked
package io.github.jiceng.governance.jdbc;

import org.jspecify.annotations.NullMarked;
