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
 * Co-building files, on the block of the "Co-building files" section of docs/policy-test-cases.md.
 */
class CoBuildingCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExample() throws IOException {
    cases = DocBlocks.find(DocBlocks.of("policy-test-cases.md"), "family: co-building\n");
    Files.writeString(folder.resolve("co-building.cases.yaml"), cases);
  }

  @Test
  @DisplayName("the documented co-building cases pass and cover both rules")
  void documentedCasesPass() {
    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(4);
    assertThat(suite.coverage().uncovered()).isEmpty();
  }

  @Test
  @DisplayName("an agreement that ends before it is signed stops the file with its line")
  void endsBeforeSigned() throws IOException {
    Files.writeString(
        folder.resolve("co-building.cases.yaml"),
        cases.replace(
            "{signed: 2025-09-01, until: 2027-08-31}", "{signed: 2025-09-01, until: 2025-08-31}"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy().orElseThrow()).contains("until", "must not be before signed");
  }
}
