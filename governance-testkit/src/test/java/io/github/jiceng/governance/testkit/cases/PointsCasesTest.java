package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Points files, on the two blocks of the "Points files" section of docs/policy-test-cases.md. */
class PointsCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "village-points", "points");
  }

  private SuiteResult suite() {
    return DocBlocks.firstSuite(folder);
  }

  @Test
  @DisplayName("the documented points cases pass and cover every points rule")
  void documentedCasesPass() {
    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(7);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of village-points 2019.1: 4 of 4 rules decided a case");
  }

  @Test
  @DisplayName("a ledger that spends more than it holds stops the file at that entry's line")
  void overspentLedger() throws IOException {
    Files.writeString(
        folder.resolve("village-points.cases.yaml"),
        cases.replace(
            "- {kind: spend, amount: 2, on: 2026-03-31}",
            "- {kind: spend, amount: 9, on: 2026-03-31}"));

    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isPresent();
    assertThat(suite.stoppedBy().orElseThrow()).contains("spends more than it holds");
  }
}
