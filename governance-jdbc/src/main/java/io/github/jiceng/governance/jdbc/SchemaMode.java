package io.github.jiceng.governance.jdbc;

/** What the JDBC store does with the database schema when it is built. */
public enum SchemaMode {
  /**
   * Creates the tables if they are missing and applies any schema scripts not yet applied,
   * recording each in the history table. The default. Safe to run from several application
   * instances at once on PostgreSQL (an advisory lock serialises them) and on MySQL or MariaDB (a
   * named lock does); on H2 nothing serialises them.
   */
  CREATE_OR_MIGRATE,
  /**
   * Changes nothing; fails at build time if a script is missing from the history table or was
   * changed after it was applied. For deployments where the scripts are applied by Flyway,
   * Liquibase or a DBA — then record them in the history table too, or use {@link #NONE}.
   */
  VALIDATE,
  /** Changes and checks nothing: the schema is someone else's business. */
  NONE
}
