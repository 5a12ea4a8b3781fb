package io.github.jiceng.governance.spring;

import io.github.jiceng.governance.jdbc.Dialect;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * The library's schema, brought to the configured {@code governance.jdbc.schema-mode} when the
 * context starts: created or migrated, validated, or left alone. It waits for the application's
 * database initializers (Flyway, Liquibase, {@code spring.sql.init}): see {@link
 * GovernanceDependsOnDatabaseInitialization}.
 */
public class GovernanceSchema implements InitializingBean {
  private final DataSource dataSource;
  private final GovernanceProperties.Jdbc settings;
  private volatile @Nullable Dialect dialect;

  GovernanceSchema(DataSource dataSource, GovernanceProperties.Jdbc settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  @Override
  public void afterPropertiesSet() {
    JdbcGovernanceStore.Builder builder =
        JdbcGovernanceStore.builder(dataSource)
            .tablePrefix(settings.getTablePrefix())
            .schemaMode(settings.getSchemaMode());
    Dialect configured = settings.getDialect();
    if (configured != null) {
      builder.dialect(configured);
    }
    dialect = builder.build().dialect();
  }

  /**
   * The dialect in use: the configured one, or the one detected from the connection.
   *
   * @throws IllegalStateException before the context has initialised this bean
   */
  public Dialect dialect() {
    Dialect known = dialect;
    if (known == null) {
      throw new IllegalStateException("the governance schema has not been initialised yet");
    }
    return known;
  }

  @Override
  public String toString() {
    return "GovernanceSchema["
        + settings.getTablePrefix()
        + "*, "
        + settings.getSchemaMode()
        + ", "
        + dialect
        + "]";
  }
}
