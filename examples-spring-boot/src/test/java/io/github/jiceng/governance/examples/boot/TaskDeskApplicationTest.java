package io.github.jiceng.governance.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

class TaskDeskApplicationTest {

  @Test
  @DisplayName(
      "the sample application decides 区医保局's request under the policy file and stores both:"
          + " refused by A3, no funding")
  void decidesAndStores() {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try (ConfigurableApplicationContext context =
        SpringApplication.run(
            TaskDeskApplication.class, "--spring.datasource.url=jdbc:h2:mem:sample-test")) {
      GovernanceStore store = context.getBean(GovernanceStore.class);

      assertThat(store.taskRequests().find("2026-0001")).isPresent();
      assertThat(store.accessDecisions().findByRequest("2026-0001"))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.outcome()).isEqualTo(AccessOutcome.REFUSED);
                assertThat(d.decidingRules()).containsExactly("A3");
              });
      assertThat(store.accessPolicies().find("xuanzhou-access", "2026.1")).isPresent();
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("A3", "X-04");
  }
}
