package io.github.jiceng.governance.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.spi.GovernanceStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/** One real application context, as an application has it: auto-configured, with a service. */
class TransactionalApplicationTest {
  private static final DivisionCode DISTRICT = DivisionCode.of("341802000000");
  private static final DivisionCode STREET = DivisionCode.of("341802001000");

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(Registry.class)
  static class Application {}

  /** An application service that writes through the library inside its own transaction. */
  static class Registry {
    private final Governance governance;

    Registry(Governance governance) {
      this.governance = governance;
    }

    @Transactional
    public void registerDistrictAndStreet() {
      Governance system = governance.asSystem();
      system
          .divisions()
          .add(AdministrativeDivision.of(DISTRICT.value(), "宣州区", DivisionLevel.DISTRICT));
      system
          .divisions()
          .add(AdministrativeDivision.of(STREET.value(), "澄江街道", DivisionLevel.STREET));
    }

    @Transactional
    public void registerDistrictThenFail() {
      governance
          .asSystem()
          .divisions()
          .add(AdministrativeDivision.of(DISTRICT.value(), "宣州区", DivisionLevel.DISTRICT));
      throw new IllegalStateException("the application's own check failed after the write");
    }
  }

  private static ConfigurableApplicationContext start(String database) {
    return new SpringApplicationBuilder(Application.class)
        .web(WebApplicationType.NONE)
        .properties(
            "spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "spring.main.banner-mode=off")
        .run();
  }

  @Test
  @DisplayName(
      "a @Transactional method that writes through the library and then throws leaves nothing"
          + " stored, audit record included")
  void rollsBackWithTheApplication() {
    try (ConfigurableApplicationContext context = start("rollback")) {
      Registry registry = context.getBean(Registry.class);
      GovernanceStore store = context.getBean(GovernanceStore.class);

      assertThatThrownBy(registry::registerDistrictThenFail)
          .isInstanceOf(IllegalStateException.class);

      assertThat(store.divisions().find(DISTRICT)).isEmpty();
      assertThat(store.audit().read(1, 10)).isEmpty();
    }
  }

  @Test
  @DisplayName("a @Transactional method that succeeds commits every write of the library at once")
  void commitsWithTheApplication() {
    try (ConfigurableApplicationContext context = start("commit")) {
      context.getBean(Registry.class).registerDistrictAndStreet();

      GovernanceStore store = context.getBean(GovernanceStore.class);
      assertThat(store.divisions().find(DISTRICT)).isPresent();
      assertThat(store.divisions().find(STREET)).isPresent();
    }
  }
}
