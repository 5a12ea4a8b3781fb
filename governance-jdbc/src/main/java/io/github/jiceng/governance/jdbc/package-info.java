/**
 * {@link io.github.jiceng.governance.jdbc.JdbcGovernanceStore}: the {@link
 * io.github.jiceng.governance.spi.GovernanceStore} for relational databases (PostgreSQL and H2;
 * MySQL/MariaDB to come), with its versioned schema scripts and migrator.
 */
@NullMarked
package io.github.jiceng.governance.jdbc;

import org.jspecify.annotations.NullMarked;
