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

/**
 * Residents' election files and a residents' committee's openness files, on the blocks of the
 * "Residents' election files" and "Openness files" sections of docs/policy-test-cases.md.
 */
class ResidentsElectionCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExample() throws IOException {
    cases =
        DocBlocks.writeFamilyExample(folder, "example-province-elections", "residents-election");
  }

  @Test
  @DisplayName("the documented residents' election cases pass under the province's numbers")
  void documentedCasesPass() {
    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(9);
    assertThat(suite.coverage().summary())
        .isEqualTo(
            "rule coverage of example-province-elections 2026.1: 3 of 3 rules decided a case");
  }

  @Test
  @DisplayName(
      "under the national policy alone the turnout and majority do not apply: the cases that"
          + " expect them to fail, fail")
  void nationalLeavesTheNumbersToTheProvince() throws IOException {
    Files.delete(folder.resolve("example-province-elections.yaml"));
    Files.writeString(
        folder.resolve("example-province-elections.cases.yaml"),
        cases.replace("policy: example-province-elections.yaml\n", ""));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).as("the half-turnout row and the empty seat").isEqualTo(2);
    assertThat(suite.coverage().uncovered()).containsExactly("RC-TURNOUT", "RC-ELECTED");
  }

  @Test
  @DisplayName("an unknown way stops the file, naming the three")
  void unknownWay() throws IOException {
    Files.writeString(
        folder.resolve("example-province-elections.cases.yaml"),
        cases.replace("way: all-residents", "way: street-office"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy().orElseThrow())
        .contains(
            "must be one of [all-residents, household-representatives, group-representatives]");
  }

  @Test
  @DisplayName("the documented residents' committee openness cases pass and cover the four rules")
  void residentsOpenness() throws IOException {
    Path other = Files.createDirectory(folder.resolve("openness"));
    List<String> blocks = DocBlocks.of("policy-test-cases.md");
    Files.writeString(
        other.resolve("residents-openness.yaml"),
        DocBlocks.find(blocks, "policy: residents-openness\n"));
    Files.writeString(
        other.resolve("residents-openness.cases.yaml"),
        DocBlocks.find(blocks, "policy: residents-openness.yaml\n"));

    SuiteResult suite = DocBlocks.firstSuite(other);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(5);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of residents-openness 2026.1: 4 of 4 rules decided a case");
  }
}
