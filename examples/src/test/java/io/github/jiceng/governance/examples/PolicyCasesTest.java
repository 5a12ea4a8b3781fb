package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.testkit.cases.PolicyCaseRunner;
import io.github.jiceng.governance.testkit.cases.PolicyTestCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The sample policy's own test cases, run as a user's build runs them, and by the command line. */
class PolicyCasesTest {
  private static final Path POLICIES = Path.of("policies");

  @TestFactory
  Stream<DynamicNode> samplePolicyCases() {
    return PolicyCaseRunner.in(POLICIES).requireFullCoverage().dynamicTests();
  }

  @Test
  void commandLineRunsTheSameCases() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        PolicyTestCommand.run(
            new String[] {"--require-full-coverage", POLICIES.toString()},
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains(
            "  PASS  only certificates on the certificate list may be demanded [certificate=C-99, outcome=refused, rules=[A8]]\n")
        .contains("  rule coverage of xuanzhou-access 2026.1: 10 of 10 rules decided a case\n")
        .contains("  rule coverage of xuanzhou-services 2026.1: 3 of 3 rules decided a case\n")
        .contains("  rule coverage of aofeng-cases 2026.1: 4 of 4 rules decided a case\n")
        .contains("  rule coverage of xuanzhou-facilities 2026.1: 5 of 5 rules decided a case\n")
        .contains("  rule coverage of village-points 2019.1: 4 of 4 rules decided a case\n")
        .contains("  rule coverage of xuanzhou-care 2026.1: 1 of 1 rules decided a case\n")
        .contains("  rule coverage of xuanzhou-assessment 2026.1: 3 of 3 rules decided a case\n")
        .contains("  rule coverage of xuanzhou-organisations 2026.1: 3 of 3 rules decided a case\n")
        .contains("  rule coverage of xuanzhou-party-points 2026.1: 3 of 3 rules decided a case\n")
        .contains("  rule coverage of CN-national 2026.1: 1 of 1 rules decided a case\n")
        .contains("  rule coverage of xuanzhou-consultation 2026.1: 8 of 8 rules decided a case\n")
        .contains("  rule coverage of village-openness 2026.1: 4 of 4 rules decided a case\n")
        .contains("  rule coverage of residents-openness 2026.1: 4 of 4 rules decided a case\n")
        .contains(
            "  rule coverage of shanghai-village-elections 2020.1: 10 of 10 rules decided a case\n")
        .contains(
            "  rule coverage of example-province-elections 2026.1: 3 of 3 rules decided a case\n")
        .endsWith("167 passed, 0 failed\n");
    assertThat(status).isZero();
  }
}
