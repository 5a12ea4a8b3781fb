package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessment files, on the two blocks of the "Assessment files" section of the docs. */
class AssessmentCasesTest {
  @TempDir Path folder;
  private String policy;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "xuanzhou-assessment", "assessment");
    policy = Files.readString(folder.resolve("xuanzhou-assessment.yaml"));
  }

  private SuiteResult suite() {
    return DocBlocks.firstSuite(folder);
  }

  @Test
  @DisplayName("the documented assessment cases pass and cover every assessment rule")
  void documentedCasesPass() {
    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(3);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-assessment 2026.1: 3 of 3 rules decided a case");
  }

  @Test
  @DisplayName("a scheme whose weights do not add up to 100 stops the policy file")
  void weightsMustAddUp() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-assessment.yaml"), policy.replace("weight: 20}", "weight: 10}"));

    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isPresent();
    assertThat(suite.stoppedBy().orElseThrow()).contains("must weigh 100 % together, not 90 %");
  }

  @Test
  @DisplayName("the pass rule explains the score item by item")
  void explained() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-assessment.cases.yaml"),
        cases.replace("expect: {outcome: compliant}", "expect: {outcome: non-compliant}"));

    CaseResult failed =
        suite().results().stream().filter(r -> !r.passed()).findFirst().orElseThrow();

    assertThat(failed.report()).contains("ASSESS-PASS");
  }
}
