package io.github.jiceng.governance.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/**
 * Spring Boot's own auto-configurations by name: their packages moved between 3.5 and 4.0, and
 * these tests run on both.
 */
final class BootClasses {
  private BootClasses() {}

  /** The data source, its transaction manager and transaction auto-configurations, then ours. */
  static AutoConfigurations withDataSource() {
    return AutoConfigurations.of(
        classes(
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            GovernanceAutoConfiguration.class.getName()));
  }

  /** As {@link #withDataSource()}, with Flyway's auto-configuration before ours. */
  static AutoConfigurations withFlyway() {
    return AutoConfigurations.of(
        classes(
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            GovernanceAutoConfiguration.class.getName()));
  }

  /** Ours alone. */
  static AutoConfigurations governanceOnly() {
    return AutoConfigurations.of(GovernanceAutoConfiguration.class);
  }

  /** The classes of {@code names} that this Boot version has. */
  private static Class<?>[] classes(String... names) {
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      try {
        found.add(Class.forName(name));
      } catch (ClassNotFoundException e) {
        // the other Boot version's name
      }
    }
    return found.toArray(new Class<?>[0]);
  }
}
