package io.github.jiceng.governance.spring;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the library's schema, store and facade wait for every database initializer of the
 * application — Flyway, Liquibase, {@code spring.sql.init}. So Flyway's first run finds the schema
 * as the application left it, before the library adds its own tables; and when Flyway or Liquibase
 * applies the library's scripts ({@code governance.jdbc.schema-mode=none}), the store starts after
 * they are applied.
 */
class GovernanceDependsOnDatabaseInitialization
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {
  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(GovernanceSchema.class, GovernanceStore.class, Governance.class);
  }
}
