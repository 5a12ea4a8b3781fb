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
 * Party points and volunteer files, on the blocks of the "Party points files" and "Volunteer files"
 * sections of docs/policy-test-cases.md.
 */
class PartyPointsCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "xuanzhou-party-points", "party-points");
  }

  @Test
  @DisplayName("the documented party points cases pass and cover the three rules")
  void documentedCasesPass() {
    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(4);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-party-points 2026.1: 3 of 3 rules decided a case");
  }

  @Test
  @DisplayName("a score that does not match the expectation fails, naming the rule and its numbers")
  void wrongExpectationFails() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-party-points.cases.yaml"),
        cases.replace("{points: 59, outcome: non-compliant}", "{points: 59, outcome: compliant}"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.failed()).isEqualTo(1);
    assertThat(suite.results().stream().filter(r -> !r.passed()).findFirst().orElseThrow().report())
        .contains("PARTY-POINTS-QUALIFIED", "59 points; the qualified line is 60");
  }

  @Test
  @DisplayName("a period ending before it starts stops the file with its line")
  void badPeriod() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-party-points.cases.yaml"),
        cases.replace(
            "{from: 2026-01-01, to: 2026-06-30, points: 92}",
            "{from: 2026-07-01, to: 2026-06-30, points: 92}"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy().orElseThrow()).contains(":11:", "must not be before from");
  }

  @Test
  @DisplayName("the documented volunteer cases pass under the national 100 services a year")
  void volunteerCases() throws IOException {
    Path volunteers = Files.createDirectory(folder.resolve("volunteers"));
    Files.writeString(
        volunteers.resolve("volunteers.cases.yaml"),
        DocBlocks.find(DocBlocks.of("policy-test-cases.md"), "family: volunteer\n"));

    SuiteResult suite = PolicyCaseRunner.in(volunteers).run().suites().get(0);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(2);
    assertThat(suite.coverage().uncovered()).isEmpty();
  }
}
