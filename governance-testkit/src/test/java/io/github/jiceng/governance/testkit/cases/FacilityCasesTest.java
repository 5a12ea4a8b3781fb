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
 * Facility files, on the two blocks of the "Facility files" section of docs/policy-test-cases.md.
 */
class FacilityCasesTest {
  @TempDir Path folder;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    cases = DocBlocks.writeFamilyExample(folder, "xuanzhou-facilities", "facility");
  }

  private SuiteResult suite() {
    return DocBlocks.firstSuite(folder);
  }

  @Test
  @DisplayName("the documented facility cases pass and cover every facility rule")
  void documentedCasesPass() {
    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(6);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-facilities 2026.1: 5 of 5 rules decided a case");
  }

  @Test
  @DisplayName("a wrong expectation fails, naming the rule that decided")
  void wrongExpectation() throws IOException {
    assertThat(cases).contains("expect: {outcome: non-compliant, rules: [FAC-OFFICE]}");
    Files.writeString(
        folder.resolve("xuanzhou-facilities.cases.yaml"),
        cases.replace(
            "expect: {outcome: non-compliant, rules: [FAC-OFFICE]}",
            "expect: {outcome: compliant}"));

    CaseResult failed =
        suite().results().stream().filter(r -> !r.passed()).findFirst().orElseThrow();

    assertThat(failed.report()).contains("expected COMPLIANT but was NON_COMPLIANT", "FAC-OFFICE");
  }

  @Test
  @DisplayName("a facility with three decimals of area stops the file at its line")
  void badArea() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-facilities.cases.yaml"),
        cases.replace("{kind: office, area: 120}", "{kind: office, area: 120.125}"));

    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isPresent();
    assertThat(suite.stoppedBy().orElseThrow()).contains("two decimals");
  }
}
