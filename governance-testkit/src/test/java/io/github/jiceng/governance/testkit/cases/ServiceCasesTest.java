package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service case files, on the example of {@code docs/policy-test-cases.md} (its service block) and
 * the sample catalogue of {@code docs/service-catalogue-format.md}.
 */
class ServiceCasesTest {
  @TempDir Path folder;
  private String cases;

  private static List<String> yamlBlocks(String page) throws IOException {
    Matcher block =
        Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("..", "docs", page)));
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  @BeforeEach
  void writeDocExamples() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-services.yaml"), yamlBlocks("service-catalogue-format.md").get(0));
    cases =
        yamlBlocks("policy-test-cases.md").stream()
            .filter(b -> b.contains("family: service"))
            .findFirst()
            .orElseThrow();
    Files.writeString(folder.resolve("services.cases.yaml"), cases);
  }

  /** The documented cases with {@code from} replaced, which they must contain. */
  private String replaced(String from, String to) {
    assertThat(cases).contains(from);
    return cases.replace(from, to);
  }

  private SuiteResult suite() {
    return PolicyCaseRunner.in(folder).run().suites().get(0);
  }

  @Test
  @DisplayName("the documented service cases pass and cover the three service rules")
  void documentedCasesPass() {
    SuiteResult suite = suite();

    assertThat(suite.stoppedBy()).isEmpty();
    assertThat(suite.failed()).isZero();
    assertThat(suite.passed()).isEqualTo(6);
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-services 2026.1: 3 of 3 rules decided a case");
  }

  @Test
  @DisplayName("a wrong count of overdue days fails with the rule, its reason and what it compared")
  void wrongOverdueDays() throws IOException {
    Files.writeString(
        folder.resolve("services.cases.yaml"),
        replaced(
            "compared: {overdue working days: \"3\"}}\n\n  - name: 端午",
            "compared: {overdue working days: \"2\"}}\n\n  - name: 端午"));

    CaseResult failed =
        suite().results().stream().filter(r -> !r.passed()).findFirst().orElseThrow();

    assertThat(failed.report())
        .contains("compared: expected overdue working days 2 but found 3")
        .contains("SERVICE-PROMISED-TIME 在承诺时限内办结")
        .contains("3 working days past its due day 2026-06-04")
        .contains("services.cases.yaml:");
  }

  @Test
  @DisplayName("an attribute problem the case does not expect is reported, without the value")
  void unexpectedAttributeProblem() throws IOException {
    Files.writeString(
        folder.resolve("services.cases.yaml"),
        replaced(
            "members: \"3\"}\n    expect: {outcome: accepted",
            "members: \"0\"}\n    expect: {outcome: accepted"));

    CaseResult failed =
        suite().results().stream().filter(r -> !r.passed()).findFirst().orElseThrow();

    assertThat(failed.report())
        .contains("outcome: expected ACCEPTED but was REFUSED")
        .contains("compared attributes.members: invalid (required must be at least 1)")
        .doesNotContain("11010519491231002X");
  }

  @Test
  @DisplayName("a compared quantity no deciding rule compared is named")
  void unknownQuantity() throws IOException {
    Files.writeString(
        folder.resolve("services.cases.yaml"),
        replaced("compared: {settled on: \"2026-06-23\"}", "compared: {days late: \"0\"}"));

    assertThat(suite().results())
        .filteredOn(r -> !r.passed())
        .singleElement()
        .satisfies(
            r -> assertThat(r.report()).contains("compared: no deciding rule compared days late"));
  }

  @Test
  @DisplayName(
      "a timeline for an item the catalogue lacks that day stops the file at the case's line")
  void impossibleTimeline() throws IOException {
    Files.writeString(
        folder.resolve("services.cases.yaml"),
        replaced("received: 2026-06-17", "received: 2025-06-17"));

    assertThat(suite().stoppedBy())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .matches(
                        "services\\.cases\\.yaml:\\d+: catalogue xuanzhou-services has no item RS-001 on 2025-06-17"));
  }

  @Test
  @DisplayName("a case with both an intake and a timeline is refused with its line")
  void bothInputs() throws IOException {
    Files.writeString(
        folder.resolve("services.cases.yaml"),
        replaced(
            "    intake: {item: GG-001,",
            "    timeline: {item: GG-001, received: 2026-01-05}\n    intake: {item: GG-001,"));

    assertThat(suite().stoppedBy())
        .hasValueSatisfying(
            error ->
                assertThat(error)
                    .contains("a service case has either 'intake' or 'timeline', not both"));
  }
}
