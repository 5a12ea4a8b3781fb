package io.github.jiceng.governance.spring;

import io.github.jiceng.governance.jdbc.ExternalTransactions;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The store's connections from Spring: inside a Spring-managed transaction the one bound to it, so
 * that the library's writes commit or roll back with the application's; outside one a connection of
 * the pool in auto-commit mode, on which each store call runs in a local transaction of its own.
 */
final class SpringTransactions implements ExternalTransactions {
  private final DataSource dataSource;

  SpringTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection currentConnection() {
    return DataSourceUtils.getConnection(dataSource);
  }

  @Override
  public void release(Connection connection) {
    DataSourceUtils.releaseConnection(connection, dataSource);
  }

  @Override
  public String toString() {
    return "SpringTransactions[" + dataSource.getClass().getSimpleName() + "]";
  }
}
