package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Openness files, on the two blocks of the "Openness files" section of docs/policy-test-cases.md.
 */
class OpennessCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "village-openness", "openness");
  }

  @Test
  @DisplayName("the documented openness cases pass and cover the four rules")
  void documentedCasesPass() {
    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(6);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of village-openness 2026.1: 4 of 4 rules decided a case");
  }

  @Test
  @DisplayName("a major publication without its matter stops the file with its line")
  void majorWithoutMatter() throws IOException {
    Files.writeString(
        folder.resolve("village-openness.cases.yaml"),
        cases.replace("{kind: finances, on: 2026-05-31}", "{kind: major, on: 2026-05-31}"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy().orElseThrow()).contains("a publication is wrong", "matter");
  }
}
