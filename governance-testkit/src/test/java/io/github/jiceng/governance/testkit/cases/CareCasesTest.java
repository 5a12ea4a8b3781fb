package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Care files, on the two blocks of the "Care files" section of docs/policy-test-cases.md. */
class CareCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "xuanzhou-care", "care");
  }

  private SuiteResult suite() {
    return DocBlocks.firstSuite(folder);
  }

  @Test
  @DisplayName("the documented care cases pass and cover the care rule")
  void documentedCasesPass() {
    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(6);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-care 2026.1: 1 of 1 rules decided a case");
  }

  @Test
  @DisplayName("an unknown care tag stops the file, listing the tags")
  void unknownTag() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-care.cases.yaml"),
        cases.replace("{tag: low-income}", "{tag: elderly}"));

    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isPresent();
    assertThat(suite.stoppedBy().orElseThrow()).contains("empty-nest-elderly", "'elderly'");
  }
}
