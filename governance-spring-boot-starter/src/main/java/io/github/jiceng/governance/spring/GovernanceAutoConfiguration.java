package io.github.jiceng.governance.spring;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Wires the library into a Spring Boot application that has one {@link DataSource}: the schema
 * ({@link GovernanceSchema}), a {@link JdbcGovernanceStore} that joins Spring-managed transactions,
 * the access policy of {@code governance.policy.location} and a {@link Governance} facade, each
 * unless the application defines its own. A {@link Clock} and a Bean Validation validator in the
 * context are used when there is exactly one.
 *
 * <p>Runs after the data source and transaction manager auto-configurations of Spring Boot 3.5 and
 * 4.0 (named, since their packages differ between the two).
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration",
      "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"
    })
@ConditionalOnClass({DataSource.class, JdbcGovernanceStore.class, DataSourceUtils.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(GovernanceProperties.class)
public class GovernanceAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(GovernanceAutoConfiguration.class);

  /** The schema, brought to {@code governance.jdbc.schema-mode} at start-up. */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceSchema governanceSchema(DataSource dataSource, GovernanceProperties properties) {
    return new GovernanceSchema(dataSource, properties.getJdbc());
  }

  /**
   * The store: on the application's {@code DataSource}, inside the Spring-managed transaction when
   * one runs, else one local transaction per call.
   */
  @Bean
  @ConditionalOnMissingBean(GovernanceStore.class)
  public JdbcGovernanceStore governanceStore(
      DataSource dataSource, GovernanceProperties properties, GovernanceSchema schema) {
    return JdbcGovernanceStore.builder(new SpringTransactions(dataSource))
        .tablePrefix(properties.getJdbc().getTablePrefix())
        .dialect(schema.dialect())
        .build();
  }

  /**
   * The access policy of {@code governance.policy.location}, read and statically checked as loaded
   * today: an error stops the start-up with the file and line.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "governance.policy", name = "location")
  public AccessPolicy governanceAccessPolicy(
      ResourceLoader resourceLoader,
      GovernanceProperties properties,
      ObjectProvider<Clock> clocks) {
    String location = Objects.requireNonNull(properties.getPolicy().getLocation());
    AccessPolicy policy =
        PolicyLocation.read(resourceLoader, location, LocalDate.now(clock(clocks, properties)));
    policy.warnings().forEach(w -> LOG.warn("governance policy {}: {}", location, w));
    return policy;
  }

  /**
   * The facade over the store, under the access policy's parameters (else a {@link Policy} bean,
   * else the national defaults); it publishes the access policy at start-up when {@code
   * governance.policy.publish} is on and the store lacks that version.
   *
   * @throws IllegalStateException if the store holds the policy's id and version with other content
   */
  @Bean
  @ConditionalOnMissingBean
  public Governance governance(
      GovernanceStore store,
      GovernanceProperties properties,
      ObjectProvider<AccessPolicy> accessPolicies,
      ObjectProvider<Policy> policies,
      ObjectProvider<Clock> clocks,
      ObjectProvider<jakarta.validation.Validator> validators) {
    AccessPolicy access = accessPolicies.getIfUnique();
    Policy parameters =
        access != null
            ? access.parameters()
            : Optional.ofNullable(policies.getIfUnique()).orElseGet(NationalDefaults::policy);
    Governance.Builder builder =
        Governance.builder().store(store).policy(parameters).clock(clock(clocks, properties));
    jakarta.validation.Validator validator = validators.getIfUnique();
    if (validator != null) {
      builder.validator(validator);
    }
    Governance governance = builder.build();
    if (access != null && properties.getPolicy().isPublish()) {
      publishOnce(governance, store, access);
    }
    return governance;
  }

  private static Clock clock(ObjectProvider<Clock> clocks, GovernanceProperties properties) {
    Clock clock = clocks.getIfUnique();
    return clock != null ? clock : Clock.system(properties.getZone());
  }

  /**
   * Publishes {@code policy} unless its version is stored: of several instances starting at once
   * one stores it and the others find it. A stored version must be the same policy.
   */
  private static void publishOnce(
      Governance governance, GovernanceStore store, AccessPolicy policy) {
    Optional<StoredPolicy> stored = store.accessPolicies().find(policy.id(), policy.version());
    if (stored.isEmpty()) {
      try {
        governance.asSystem().access().publish(policy);
        LOG.info("governance policy {} {} published", policy.id(), policy.version());
        return;
      } catch (DuplicateKeyException raced) {
        stored = store.accessPolicies().find(policy.id(), policy.version());
      }
    }
    // as a store keeps it (StoredPolicy normalises the text); the day plays no part in it
    String document = StoredPolicy.of(policy, LocalDate.EPOCH).document();
    if (!stored.map(StoredPolicy::document).filter(document::equals).isPresent()) {
      throw new IllegalStateException(
          "governance policy "
              + policy.id()
              + " version "
              + policy.version()
              + " is stored with other content: give the changed policy a new version");
    }
  }
}
