package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The kit tests itself on the examples of the docs: the policy of {@code
 * docs/access-policy-format.md} and the cases of {@code docs/policy-test-cases.md}, so neither page
 * can drift from the code.
 */
class PolicyCaseRunnerTest {
  private static final Path DOCS = Path.of("..", "docs");

  @TempDir Path folder;
  private String policy;
  private String cases;

  @BeforeEach
  void writeDocExamples() throws IOException {
    policy = firstYamlBlock(DOCS.resolve("access-policy-format.md"));
    cases = firstYamlBlock(DOCS.resolve("policy-test-cases.md"));
    Files.writeString(folder.resolve("xuanzhou-access.yaml"), policy);
    Files.writeString(folder.resolve("xuanzhou-access.cases.yaml"), cases);
  }

  private static String firstYamlBlock(Path markdown) throws IOException {
    Matcher block =
        Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(markdown));
    assertThat(block.find()).as("a yaml block in " + markdown).isTrue();
    return block.group(1);
  }

  private void rewriteCases(String from, String to) throws IOException {
    assertThat(cases).contains(from);
    Files.writeString(folder.resolve("xuanzhou-access.cases.yaml"), cases.replace(from, to));
  }

  private static int lineOf(String text, String fragment) {
    return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
  }

  @Test
  @DisplayName("the documented cases all pass and cover every rule; table rows become named cases")
  void documentedCasesPass() {
    PolicyTestRun run = PolicyCaseRunner.in(folder).run();

    assertThat(run.summary()).isEqualTo("15 passed, 0 failed");
    SuiteResult suite = run.suites().get(0);
    assertThat(suite.results())
        .extracting(r -> r.policyCase().name())
        .contains(
            "an assist item needs its authority and its funding (权随责走、费随事转) [authority=yes, funding=no, outcome=refused]");
    assertThat(suite.coverage().summary())
        .isEqualTo("rule coverage of xuanzhou-access 2026.1: 10 of 10 rules decided a case");
  }

  @Test
  @DisplayName(
      "a failing case reports expected and actual, the deciding rules with reasons and citations, and its line")
  void failingCaseExplains() throws IOException {
    rewriteCases(
        "request: {item: D-01, certificates: [C-99]}\n    expect: {outcome: refused",
        "request: {item: D-01, certificates: [C-99]}\n    expect: {outcome: admitted");

    PolicyTestRun run = PolicyCaseRunner.in(folder).run();

    assertThat(run.summary()).isEqualTo("14 passed, 1 failed");
    CaseResult failed =
        run.suites().get(0).results().stream().filter(r -> !r.passed()).findFirst().orElseThrow();
    int line = lineOf(cases, "- name: a certificate off the certificate list is refused");
    assertThat(failed.report())
        .startsWith(
            "case \"a certificate off the certificate list is refused\" failed (xuanzhou-access.cases.yaml:"
                + line
                + "), as of 2026-03-02, policy xuanzhou-access 2026.1\n"
                + "  outcome: expected ADMITTED but was REFUSED\n"
                + "  expected: ADMITTED by A8\n"
                + "  actual:   REFUSED by A8\n"
                + "  deciding rules:\n"
                + "    A8 证明事项以清单为限 (only listed certificates may be demanded) — 不符合 violated\n"
                + "      证明事项清单外的证明：C-99\n"
                + "      certificates not on the list: C-99\n"
                + "      compared certificates 证明: [C-99] (required on the certificate list 证明事项清单内)\n"
                + "      citing 《国务院办公厅关于做好证明事项清理工作的通知》(国办发〔2018〕47号)\n"
                + "  other rules that applied:\n");
  }

  @Test
  @DisplayName(
      "wrong deciding rules and a missing citation are reported even when the outcome is right")
  void rulesAndCitations() throws IOException {
    rewriteCases(
        "rules: [A2]                     # optional: exactly these rules decide, in any order\n      citing: 第八条",
        "rules: [A2, A5]\n      citing: 第九十九条");

    CaseResult failed = PolicyCaseRunner.in(folder).run().suites().get(0).results().get(0);

    assertThat(failed.passed()).isFalse();
    assertThat(failed.report())
        .contains(
            "  deciding rules: expected [A2, A5] but were [A2]\n"
                + "  citations: no citation of the deciding rules contains \"第九十九条\"\n");
  }

  @Test
  @DisplayName("a malformed case file is one clear error with its line, no stack trace")
  void malformedCaseFile() throws IOException {
    rewriteCases("  as-of: 2026-03-02\n", "  as-of: 2026-02-30\n");

    PolicyTestRun run = PolicyCaseRunner.in(folder).run();

    int line = lineOf(cases, "  as-of: 2026-03-02\n");
    assertThat(run.suites().get(0).stoppedBy())
        .contains(
            "xuanzhou-access.cases.yaml:"
                + line
                + ": 'as-of' must be a date written YYYY-MM-DD, not '2026-02-30'");
    assertThat(run.summary()).isEqualTo("0 passed, 1 failed");
  }

  @Test
  @DisplayName(
      "malformed files name the problem: unknown key, bad choice, missing column, YAML syntax")
  void otherMalformedFiles() throws IOException {
    rewriteCases("request: {item: D-01, channel: direct}", "request: {item: D-01, chanel: direct}");
    assertThat(stoppedBy())
        .matches(
            "xuanzhou-access.cases.yaml:\\d+: unknown key 'chanel' in request; expected one of .*");

    rewriteCases(
        "request: {item: D-01, channel: direct}", "request: {item: D-01, channel: by-post}");
    assertThat(stoppedBy())
        .matches(
            "xuanzhou-access.cases.yaml:\\d+: 'request.channel' must be one of \\[street-office, district, direct\\], not 'by-post'");

    rewriteCases(
        "- {authority: no,  funding: yes, outcome: refused}", "- {authority: no,  funding: yes}");
    assertThat(stoppedBy())
        .matches(
            "xuanzhou-access.cases.yaml:\\d+: the row has no column 'outcome' \\(used at line \\d+\\)");

    rewriteCases("cases:\n", "cases: [\n");
    assertThat(stoppedBy()).startsWith("xuanzhou-access.cases.yaml:").contains("not valid YAML");
  }

  private String stoppedBy() {
    return PolicyCaseRunner.in(folder).run().suites().get(0).stoppedBy().orElseThrow();
  }

  @Test
  @DisplayName("a policy that fails its static checks is reported with the policy file's lines")
  void brokenPolicy() throws IOException {
    Files.writeString(
        folder.resolve("xuanzhou-access.yaml"), policy.replace("    funding: 按参保人数核拨工作经费\n", ""));

    String error = stoppedBy();

    assertThat(error).startsWith("policy xuanzhou-access.yaml does not load:\n  ");
    assertThat(error)
        .containsPattern(
            "xuanzhou-access.yaml:\\d+: ERROR ASSIST_WITHOUT_AUTHORITY_OR_FUNDING X-01: ");
  }

  @Test
  @DisplayName(
      "JUnit: one container per file, one test per case named after it, and a coverage test")
  void dynamicTests() throws Throwable {
    rewriteCases(
        "request: {item: D-01, forms: [F-99]}\n    expect: {outcome: refused",
        "request: {item: D-01, forms: [F-99]}\n    expect: {outcome: admitted");

    List<DynamicNode> files =
        PolicyCaseRunner.in(folder).requireFullCoverage().dynamicTests().toList();

    assertThat(files)
        .singleElement()
        .extracting(DynamicNode::getDisplayName)
        .isEqualTo("xuanzhou-access.cases.yaml");
    List<DynamicTest> tests =
        ((DynamicContainer) files.get(0)).getChildren().map(DynamicTest.class::cast).toList();
    assertThat(tests).hasSize(16);
    assertThat(tests.get(0).getDisplayName()).isEqualTo("a duty item is admitted");
    assertThat(tests.get(0).getTestSourceUri())
        .hasValueSatisfying(
            uri ->
                assertThat(uri.toString())
                    .endsWith(
                        "xuanzhou-access.cases.yaml?line="
                            + lineOf(cases, "- name: a duty item is admitted")));
    List<String> failures = new ArrayList<>();
    for (DynamicTest test : tests) {
      try {
        test.getExecutable().execute();
      } catch (AssertionFailedError e) {
        assertThat(e.getStackTrace()).isEmpty();
        failures.add(
            test.getDisplayName() + ": " + e.getMessage().lines().findFirst().orElseThrow());
      }
    }
    assertThat(failures)
        .containsExactly(
            "a form that was never approved is refused: case \"a form that was never approved is refused\" failed (xuanzhou-access.cases.yaml:"
                + lineOf(cases, "- name: a form that was never approved is refused")
                + "), as of 2026-03-02, policy xuanzhou-access 2026.1");
  }

  @Test
  @DisplayName(
      "JUnit: with full coverage required, a rule that decided no case fails the coverage test")
  void coverageRequired() throws Throwable {
    String withoutA9 =
        cases.substring(0, cases.indexOf("  - name: a second inspection in one year"))
            + cases.substring(cases.indexOf("  - name: a form that was never approved"));
    Files.writeString(folder.resolve("xuanzhou-access.cases.yaml"), withoutA9);

    List<DynamicTest> tests =
        ((DynamicContainer)
                PolicyCaseRunner.in(folder)
                    .requireFullCoverage()
                    .dynamicTests()
                    .findFirst()
                    .orElseThrow())
            .getChildren()
            .map(DynamicTest.class::cast)
            .toList();
    for (DynamicTest test : tests.subList(0, tests.size() - 1)) {
      test.getExecutable().execute();
    }

    DynamicTest coverage = tests.get(tests.size() - 1);
    assertThat(coverage.getDisplayName()).isEqualTo("rule coverage");
    assertThatThrownBy(() -> coverage.getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "xuanzhou-access.cases.yaml: rule coverage of xuanzhou-access 2026.1: 9 of 10 rules decided a case; never: A9");
    assertThat(PolicyCaseRunner.in(folder).run().suites().get(0).coverage().uncovered())
        .containsExactly("A9");
  }

  @Test
  @DisplayName("command line: PASS/FAIL per case, coverage, summary, exit status")
  void commandLine() throws IOException {
    Output passing = command(folder.toString());
    assertThat(passing.status).isZero();
    assertThat(passing.text)
        .contains("  PASS  a duty item is admitted\n")
        .contains("  rule coverage of xuanzhou-access 2026.1: 10 of 10 rules decided a case\n")
        .endsWith("15 passed, 0 failed\n");

    rewriteCases(
        "request: {item: D-01, channel: direct}\n    expect: {outcome: refused",
        "request: {item: D-01, channel: direct}\n    expect: {outcome: pending-approval");
    Output failing = command(folder.toString());
    assertThat(failing.status).isEqualTo(1);
    assertThat(failing.text)
        .contains(
            "  FAIL  direct assignment bypassing the street office is refused\n"
                + "        case \"direct assignment bypassing the street office is refused\" failed")
        .endsWith("14 passed, 1 failed\n");

    assertThat(command().status).isEqualTo(2);
    Output missing = command(folder.resolve("nowhere").toString());
    assertThat(missing.status).isEqualTo(2);
    assertThat(missing.text).startsWith("no such folder or file: ");
  }

  private record Output(int status, String text) {}

  private static Output command(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = PolicyTestCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Output(status, bytes.toString(StandardCharsets.UTF_8));
  }
}
