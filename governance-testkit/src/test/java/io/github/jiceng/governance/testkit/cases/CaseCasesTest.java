package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files, on the three blocks of the "Case files" section of docs/policy-test-cases.md. */
class CaseCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    List<String> blocks = DocBlocks.of("policy-test-cases.md");
    Files.writeString(
        folder.resolve("aofeng-cases.yaml"), DocBlocks.find(blocks, "policy: aofeng-cases"));
    Files.writeString(
        folder.resolve("aofeng-routing.yaml"), DocBlocks.find(blocks, "routing: aofeng-routing\n"));
    cases = DocBlocks.find(blocks, "family: case\n");
    Files.writeString(folder.resolve("aofeng.cases.yaml"), cases);
  }

  private SuiteResult suite() {
    return PolicyCaseRunner.in(folder).run().suites().get(0);
  }

  @Test
  @DisplayName("the documented case files pass and cover the escalation and routing rules")
  void documentedCasesPass() {
    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(13);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of aofeng-cases 2026.1: 4 of 4 rules decided a case");
  }

  @Test
  @DisplayName("a wrong body fails naming the line that decided")
  void wrongBody() throws IOException {
    assertThat(cases).contains("body: xuanzhou-enforcement}");
    Files.writeString(
        folder.resolve("aofeng.cases.yaml"),
        cases.replace("body: xuanzhou-enforcement}", "body: aofeng-office}"));

    CaseResult failed =
        suite().results().stream().filter(r -> !r.passed()).findFirst().orElseThrow();

    assertThat(failed.report())
        .contains("compared: expected body aofeng-office but found xuanzhou-enforcement")
        .contains("routed by division 341802002000 × 01.05 → xuanzhou-enforcement");
  }

  @Test
  @DisplayName("a step its state does not allow stops the file at the step's line")
  void impossibleStep() throws IOException {
    assertThat(cases).contains("{action: start-handling, at: 2026-06-03T14:20}");
    Files.writeString(
        folder.resolve("aofeng.cases.yaml"),
        cases.replace(
            "{action: start-handling, at: 2026-06-03T14:20}",
            "{action: close, at: 2026-06-03T14:20}"));

    assertThat(suite().stoppedBy())
        .hasValueSatisfying(
            e ->
                assertThat(e)
                    .contains("aofeng.cases.yaml:")
                    .contains("CLOSE cannot happen to a case that is DISPATCHED"));
  }
}
