package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organisation files, on the two blocks of the "Organisation files" section of the docs. */
class OrganisationCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "xuanzhou-organisations", "organisation");
  }

  @Test
  @DisplayName("the documented organisation cases pass and cover every organisation rule")
  void documentedCasesPass() {
    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(6);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-organisations 2026.1: 3 of 3 rules decided a case");
  }

  @Test
  @DisplayName("a malformed credit code stops the file at the organisation's line")
  void badCreditCode() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-organisations.cases.yaml"),
        cases.replace("credit-code: 51341802MJ0000001M", "credit-code: 51341802MJ0000001A"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isPresent();
    assertThat(suite.stoppedBy().orElseThrow()).contains("the organisation is wrong", "creditCode");
  }
}
