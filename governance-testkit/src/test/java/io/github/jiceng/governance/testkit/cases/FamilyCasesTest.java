package io.github.jiceng.governance.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committee, party and grid case files, on the examples of {@code docs/policy-test-cases.md} (its
 * second, third and fourth YAML blocks), so the page cannot drift from the code.
 */
class FamilyCasesTest {
  @TempDir Path folder;
  private String committees;
  private String party;
  private String grids;

  @BeforeEach
  void writeDocExamples() throws IOException {
    Matcher block =
        Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("..", "docs", "policy-test-cases.md")));
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
    committees = blocks.get(1);
    party = blocks.get(2);
    grids = blocks.get(3);
    Files.writeString(folder.resolve("committees.cases.yaml"), committees);
    Files.writeString(folder.resolve("party.cases.yaml"), party);
    Files.writeString(folder.resolve("grids.cases.yaml"), grids);
  }

  private PolicyTestRun run() {
    return PolicyCaseRunner.in(folder).run();
  }

  @Test
  @DisplayName(
      "the documented committee, party and grid cases all pass and cover every rule of their families")
  void documentedCasesPass() {
    PolicyTestRun run = run();

    assertThat(run.summary()).isEqualTo("31 passed, 0 failed");
    assertThat(run.suites())
        .extracting(s -> s.file().getFileName() + ": " + s.coverage().summary())
        .containsExactly(
            "committees.cases.yaml: rule coverage of CN-national 2026.1: 5 of 5 rules decided a case",
            "grids.cases.yaml: rule coverage of CN-national 2026.1: 4 of 4 rules decided a case",
            "party.cases.yaml: rule coverage of CN-national 2026.1: 11 of 11 rules decided a case");
  }

  @Test
  @DisplayName("a failing grid case names the grid rule with its numbers and citation")
  void failingGridCase() throws IOException {
    Files.writeString(
        folder.resolve("grids.cases.yaml"),
        grids.replace(
            "{households: 501, outcome: non-compliant",
            "{households: 500, outcome: non-compliant"));

    CaseResult failed =
        suite("grids.cases.yaml").results().stream()
            .filter(r -> !r.passed())
            .findFirst()
            .orElseThrow();

    assertThat(failed.report())
        .contains("outcome: expected NON_COMPLIANT but was COMPLIANT")
        .contains("500 households is within the 300–500 of an urban grid")
        .contains("基层治理体系和治理能力现代化建设的意见");
  }

  private SuiteResult suite(String file) {
    return run().suites().stream()
        .filter(s -> s.file().getFileName().toString().equals(file))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "a failing party case reports expected and actual outcome, the rule with its numbers and citation, and its line")
  void failingPartyCase() throws IOException {
    String from = "organization: {full-members: 45, probationary-members: 6, committee-members: 3}";
    assertThat(party).contains(from);
    Files.writeString(
        folder.resolve("party.cases.yaml"),
        party.replace(
            from,
            "organization: {full-members: 45, probationary-members: 5, committee-members: 3}"));

    CaseResult failed =
        suite("party.cases.yaml").results().stream()
            .filter(r -> !r.passed())
            .findFirst()
            .orElseThrow();

    int line = party.substring(0, party.indexOf("- name: 51 members")).split("\n", -1).length;
    assertThat(failed.report())
        .startsWith(
            "case \"51 members are too many for a branch\" failed (party.cases.yaml:"
                + line
                + "), as of 2026-06-30, policy CN-national 2026.1")
        .contains("outcome: expected NON_COMPLIANT but was COMPLIANT")
        .contains(
            "deciding rules: expected [PARTY-BRANCH-SIZE] but were [PARTY-BRANCH-FULL-MEMBERS, PARTY-BRANCH-SIZE,")
        .contains("      50 members; a branch normally has at most 50")
        .contains("      compared members: 50 (required ≤ 50)");
  }

  @Test
  @DisplayName(
      "a mistyped family, an unknown key of an organisation or a bad kind stop the file with its line")
  void malformedFamilyFiles() throws IOException {
    Files.delete(folder.resolve("committees.cases.yaml"));
    Files.delete(folder.resolve("grids.cases.yaml"));
    Files.writeString(
        folder.resolve("party.cases.yaml"), party.replace("family: party", "family: parties"));
    assertThat(run().suites().get(0).error())
        .isEqualTo(
            "party.cases.yaml:2: 'family' must be one of [access, committee, party, grid, facility, points, care, party-points, volunteer, consultation, council, co-building, election, residents-election, recall, voter, openness, assessment, organisation, service, case], not 'parties'");

    Files.writeString(
        folder.resolve("party.cases.yaml"), party.replace("secretaries: 0", "secretary: 0"));
    assertThat(run().suites().get(0).error())
        .matches(
            "party\\.cases\\.yaml:\\d+: unknown key 'secretary' in organization; expected one of \\[.*\\]");

    Files.writeString(
        folder.resolve("party.cases.yaml"), party.replace("kind: group", "kind: cell"));
    assertThat(run().suites().get(0).error())
        .matches(
            "party\\.cases\\.yaml:\\d+: 'organization\\.kind' must be one of "
                + "\\[committee, general-branch, branch, joint-branch, group\\], not 'cell'");
  }

  @Test
  @DisplayName("the command line runs committee and party files like access files")
  void commandLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int exit =
        PolicyTestCommand.run(
            new String[] {folder.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(output)
        .contains(
            "  PASS  a party group of two",
            "  PASS  two directors",
            "  PASS  no primary grid worker in post")
        .endsWith("31 passed, 0 failed\n");
  }
}
