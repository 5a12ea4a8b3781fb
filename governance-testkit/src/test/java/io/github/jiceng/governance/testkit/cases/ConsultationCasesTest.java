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
 * Consultation and council files, on the blocks of the "Consultation files" and "Council files"
 * sections of docs/policy-test-cases.md.
 */
class ConsultationCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "xuanzhou-consultation", "consultation");
  }

  @Test
  @DisplayName("the documented consultation cases pass and cover every rule, the meeting rules too")
  void documentedCasesPass() {
    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(10);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-consultation 2026.1: 8 of 8 rules decided a case");
  }

  @Test
  @DisplayName("a group whose votes add up to more than attended stops the file with its line")
  void votesAboveAttendance() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-consultation.cases.yaml"),
        cases.replace(
            "present: 210, for: 190, against: 15", "present: 210, for: 200, against: 15"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy().orElseThrow())
        .contains("a voter group is wrong", "add up to 220, more than the 210 present");
  }

  @Test
  @DisplayName("an unknown party stops the file, listing the parties")
  void unknownParty() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-consultation.cases.yaml"),
        cases.replace("raised-by: owners-committee", "raised-by: landlord"));

    SuiteResult suite = DocBlocks.firstSuite(folder);

    assertThat(suite.stoppedBy().orElseThrow()).contains("'landlord'", "owners-committee");
  }

  @Test
  @DisplayName("the documented council cases pass under the national 500 to 1,500 households")
  void councilCases() throws IOException {
    Path councils = Files.createDirectory(folder.resolve("councils"));
    Files.writeString(
        councils.resolve("councils.cases.yaml"),
        DocBlocks.find(DocBlocks.of("policy-test-cases.md"), "family: council\n"));

    SuiteResult suite = PolicyCaseRunner.in(councils).run().suites().get(0);

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.passed()).isEqualTo(4);
    assertThat(suite.coverage().uncovered()).isEmpty();
  }
}
