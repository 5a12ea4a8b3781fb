package io.github.jiceng.governance.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.StorageException;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.jdbc.Dialect;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.SampleData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class GovernanceAutoConfigurationTest {
  private static final AtomicLong DATABASES = new AtomicLong();
  private static final DivisionCode DISTRICT = DivisionCode.of("341802000000");

  @TempDir Path folder;

  /** A runner on a fresh in-memory H2 database of its own. */
  private static ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(BootClasses.withDataSource())
        .withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:boot"
                + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa");
  }

  private static AdministrativeDivision xuanzhou() {
    return AdministrativeDivision.of(DISTRICT.value(), "宣州区", DivisionLevel.DISTRICT);
  }

  /** The sample access policy as its YAML file, in the test's folder. */
  private Path policyFile(String name) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, AccessPolicyFile.write(SampleData.accessPolicy("2026.1")));
    return file;
  }

  @Test
  @DisplayName("with a DataSource: the schema, a store on it and a facade; the properties bind")
  void wiresTheStore() {
    runner()
        .withPropertyValues("governance.jdbc.table-prefix=town_", "governance.jdbc.dialect=h2")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              JdbcGovernanceStore store = context.getBean(JdbcGovernanceStore.class);
              assertThat(store.tablePrefix()).isEqualTo("town_");
              assertThat(store.dialect()).isEqualTo(Dialect.H2);
              assertThat(context.getBean(GovernanceSchema.class).dialect()).isEqualTo(Dialect.H2);
              assertThat(tables(context.getBean(DataSource.class)))
                  .contains("TOWN_SCHEMA_HISTORY", "TOWN_DIVISION");

              context.getBean(Governance.class).asSystem().divisions().add(xuanzhou());

              assertThat(store.divisions().find(DISTRICT)).isPresent();
            });
  }

  @Test
  @DisplayName("without a DataSource nothing is configured; an application's own store is kept")
  void backsOff() {
    new ApplicationContextRunner()
        .withConfiguration(BootClasses.governanceOnly())
        .run(context -> assertThat(context).doesNotHaveBean(Governance.class));
    GovernanceStore own = new io.github.jiceng.governance.inmemory.InMemoryGovernanceStore();
    runner()
        .withBean(GovernanceStore.class, () -> own)
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(JdbcGovernanceStore.class);
              context.getBean(Governance.class).asSystem().divisions().add(xuanzhou());
              assertThat(own.divisions().find(DISTRICT)).isPresent();
            });
  }

  @Test
  @DisplayName(
      "inside a Spring transaction the library's writes roll back with it; outside one each call"
          + " commits on its own")
  void joinsSpringTransactions() {
    runner()
        .run(
            context -> {
              Governance system = context.getBean(Governance.class).asSystem();
              GovernanceStore store = context.getBean(GovernanceStore.class);
              TransactionTemplate transaction =
                  new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

              try {
                transaction.executeWithoutResult(
                    status -> {
                      system.divisions().add(xuanzhou());
                      assertThat(store.divisions().find(DISTRICT)).isPresent(); // same connection
                      throw new IllegalStateException("the application's own failure");
                    });
              } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("the application's own failure");
              }
              assertThat(store.divisions().find(DISTRICT)).isEmpty();
              assertThat(system.audit().about(DISTRICT.value(), 10)).isEmpty();

              system.divisions().add(xuanzhou());
              assertThat(store.divisions().find(DISTRICT)).isPresent();
            });
  }

  @Test
  @DisplayName(
      "governance.policy.location: the file is read, checked and published once, audited; the"
          + " facade decides under its parameters")
  void policyFromLocation() throws IOException {
    Path file = policyFile("xuanzhou-access.yaml");
    ApplicationContextRunner withPolicy =
        runner().withPropertyValues("governance.policy.location=" + file.toUri());

    withPolicy.run(
        context -> {
          assertThat(context).hasNotFailed();
          AccessPolicy policy = context.getBean(AccessPolicy.class);
          assertThat(policy.id()).isEqualTo("xuanzhou-access");
          Governance system = context.getBean(Governance.class).asSystem();
          assertThat(system.access().policy("xuanzhou-access", "2026.1").version())
              .isEqualTo("2026.1");
          assertThat(system.audit().about("xuanzhou-access 2026.1", 10))
              .extracting(AuditRecord::action)
              .containsExactly(AuditAction.POLICY_PUBLICATION);
        });
  }

  @Test
  @DisplayName("a policy folder must hold exactly one policy file; other YAML files are ignored")
  void policyFolder() throws IOException {
    policyFile("xuanzhou-access.yaml");
    Files.writeString(folder.resolve("xuanzhou.cases.yaml"), "family: access\ncases: []\n");

    runner()
        .withPropertyValues("governance.policy.location=" + folder.toUri())
        .run(
            context ->
                assertThat(context.getBean(AccessPolicy.class).version()).isEqualTo("2026.1"));

    policyFile("second.yaml");
    runner()
        .withPropertyValues("governance.policy.location=" + folder.toUri())
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("must hold exactly one policy file")
                    .hasMessageContaining("second.yaml, xuanzhou-access.yaml"));
  }

  @Test
  @DisplayName(
      "a policy file that fails its static check stops the start-up with its file and line")
  void badPolicyStopsStartUp() throws IOException {
    Path file = policyFile("bad.yaml");
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int n = lines.indexOf(lines.stream().filter(l -> l.contains("X-01")).findFirst().orElseThrow());
    lines.set(n, lines.get(n).replace("X-01", "D-01")); // a second item coded D-01
    Files.write(file, lines, StandardCharsets.UTF_8);

    runner()
        .withPropertyValues("governance.policy.location=" + file.toUri())
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(PolicyCheckException.class)
                  .hasMessageContaining(file.toUri() + ":" + (n + 1));
            });
  }

  @Test
  @DisplayName(
      "a stored policy version with other content stops the start-up: a change needs a new version")
  void changedPolicySameVersion() throws IOException {
    Path file = policyFile("xuanzhou-access.yaml");
    String url =
        "spring.datasource.url=jdbc:h2:mem:shared"
            + DATABASES.incrementAndGet()
            + ";DB_CLOSE_DELAY=-1";
    ApplicationContextRunner shared =
        runner().withPropertyValues(url, "governance.policy.location=" + file.toUri());
    shared.run(context -> assertThat(context).hasNotFailed());
    shared.run(context -> assertThat(context).hasNotFailed()); // found stored, the same

    Files.writeString(
        file, Files.readString(file).replace("宣州区社区工作事项准入清单（示例）", "宣州区社区工作事项准入清单（修订）"));
    shared.run(
        context ->
            assertThat(context.getStartupFailure())
                .rootCause()
                .hasMessageContaining("is stored with other content"));
  }

  @Test
  @DisplayName(
      "Flyway can apply the library's scripts itself, with schema-mode none and the documented"
          + " placeholders; the store starts after it")
  void flywayAppliesTheScripts() {
    new ApplicationContextRunner()
        .withConfiguration(BootClasses.withFlyway())
        .withPropertyValues(
            "spring.datasource.url=jdbc:h2:mem:flyway"
                + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1",
            "spring.flyway.locations=classpath:io/github/jiceng/governance/jdbc/schema",
            "spring.flyway.placeholders.prefix=gov_",
            "spring.flyway.placeholders.table_options=",
            "spring.flyway.placeholders.large_text=CLOB",
            "governance.jdbc.schema-mode=none")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(tables(context.getBean(DataSource.class)))
                  .contains("flyway_schema_history", "GOV_CASE_RECORD")
                  .doesNotContain("GOV_SCHEMA_HISTORY");
              context.getBean(Governance.class).asSystem().divisions().add(xuanzhou());
              assertThat(context.getBean(GovernanceStore.class).divisions().find(DISTRICT))
                  .isPresent();
            });
  }

  @Test
  @DisplayName("schema-mode validate on an empty database stops the start-up")
  void validateEmpty() {
    runner()
        .withPropertyValues("governance.jdbc.schema-mode=validate")
        .run(
            context -> {
              Throwable failure = context.getStartupFailure();
              while (failure != null && !(failure instanceof StorageException)) {
                failure = failure.getCause();
              }
              assertThat(failure)
                  .isInstanceOf(StorageException.class)
                  .hasMessageContaining("gov_schema_history");
            });
  }

  @Test
  @DisplayName("the context's Clock and Bean Validation validator are used")
  void clockAndValidatorFromTheContext() throws IOException {
    Clock fixed = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    AtomicInteger validated = new AtomicInteger();
    jakarta.validation.Validator library =
        jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
            .configure()
            .messageInterpolator(
                new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    jakarta.validation.Validator counting = new CountingValidator(library, validated);
    Path file = policyFile("xuanzhou-access.yaml");

    runner()
        .withBean(Clock.class, () -> fixed)
        .withBean(jakarta.validation.Validator.class, () -> counting)
        .withPropertyValues("governance.policy.location=" + file.toUri())
        .run(
            context -> {
              Governance system = context.getBean(Governance.class).asSystem();
              assertThat(
                      context
                          .getBean(GovernanceStore.class)
                          .accessPolicies()
                          .find("xuanzhou-access", "2026.1")
                          .orElseThrow()
                          .publishedOn())
                  .isEqualTo(LocalDate.of(2026, 6, 30));
              int before = validated.get();
              system.divisions().add(xuanzhou());
              assertThat(validated.get()).isGreaterThan(before);
            });
  }

  @Test
  @DisplayName("a record the validator refuses is a typed error naming the field")
  void invalidInput() {
    runner()
        .run(
            context -> {
              Governance system = context.getBean(Governance.class).asSystem();
              AdministrativeDivision longName =
                  AdministrativeDivision.of(
                      DISTRICT.value(), "区".repeat(101), DivisionLevel.DISTRICT);
              org.assertj.core.api.Assertions.assertThatThrownBy(
                      () -> system.divisions().add(longName))
                  .isInstanceOf(InvalidInputException.class)
                  .hasMessageContaining("name");
            });
  }

  @Test
  @DisplayName("the configuration metadata documents every governance property for IDEs")
  void configurationMetadata() throws IOException {
    try (var in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json)
          .contains(
              "\"governance.jdbc.table-prefix\"",
              "\"governance.jdbc.schema-mode\"",
              "\"governance.jdbc.dialect\"",
              "\"governance.policy.location\"",
              "\"governance.policy.publish\"",
              "\"governance.zone\"")
          .contains("The prefix of the library's tables");
    }
  }

  private static List<String> tables(DataSource dataSource) throws java.sql.SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
