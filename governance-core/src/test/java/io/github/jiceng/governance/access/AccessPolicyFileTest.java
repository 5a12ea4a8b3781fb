package io.github.jiceng.governance.access;

import static io.github.jiceng.governance.access.AccessFixture.CHENGDONG;
import static io.github.jiceng.governance.access.AccessFixture.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.policy.Parameter;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.PolicyProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyFileTest {

  private static String documentedExample() throws IOException {
    String doc = Files.readString(Path.of("../docs/access-policy-format.md"));
    Matcher yaml = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(yaml.find()).as("the format page has a yaml example").isTrue();
    return yaml.group(1);
  }

  private static List<String> problems(String yaml) {
    PolicyCheckException e =
        catchThrowableOfType(
            PolicyCheckException.class, () -> AccessPolicyFile.read(yaml, "p.yaml"));
    assertThat(e).as("reading should fail").isNotNull();
    return e.problems().stream().map(PolicyProblem::toString).toList();
  }

  private static final String HEADER =
      """
      policy: p
      version: "1"
      based-on: national
      parameters:
        access.approval.lead-working-days:
          - {value: 30, from: 2025-01-01, citation: 西城区}
        access.approval.decision-working-days:
          - {value: 15, from: 2025-01-01, citation: 西城区}
      """;

  @Test
  @DisplayName("the complete example in docs/access-policy-format.md loads and decides")
  void documentedExampleLoads() throws IOException {
    AccessPolicy policy = AccessPolicyFile.read(documentedExample(), "example.yaml");
    assertThat(policy.id()).isEqualTo("xuanzhou-access");
    assertThat(policy.version()).isEqualTo("2026.1");
    assertThat(policy.items()).hasSize(4);
    assertThat(policy.calendar().covers(2027)).isTrue();
    assertThat(policy.calendar().isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    assertThat(policy.rulePeriods()).containsKey("A9");
    assertThat(policy.warnings()).isEmpty();
    TaskRequest request = AccessFixture.request("X-01").attached(true, true).build();
    assertThat(policy.decide(request, CHENGDONG, LocalDate.of(2026, 3, 3)).outcome())
        .isEqualTo(AccessOutcome.ADMITTED);
  }

  @Test
  @DisplayName("a written policy reads back into the same policy, deciding the same way")
  void roundTrip() {
    String text = AccessPolicyFile.write(POLICY);
    AccessPolicy back = AccessPolicyFile.read(text, "written.yaml");

    assertThat(back.id()).isEqualTo(POLICY.id());
    assertThat(back.version()).isEqualTo(POLICY.version());
    assertThat(back.title()).isEqualTo(POLICY.title());
    assertThat(back.items()).isEqualTo(POLICY.items());
    assertThat(back.prohibitedKinds()).isEqualTo(POLICY.prohibitedKinds());
    assertThat(back.approvedForms()).isEqualTo(POLICY.approvedForms());
    assertThat(back.parameters().parameters())
        .extracting(Parameter::toString)
        .containsExactlyInAnyOrderElementsOf(
            POLICY.parameters().parameters().stream().map(Parameter::toString).toList());
    TaskRequest request = AccessFixture.request(null).build();
    assertThat(back.decide(request, CHENGDONG, LocalDate.of(2026, 3, 3)).explain())
        .isEqualTo(POLICY.decide(request, CHENGDONG, LocalDate.of(2026, 3, 3)).explain());
    assertThat(AccessPolicyFile.write(back)).isEqualTo(text);
  }

  @Test
  @DisplayName("an item on two lists in overlapping periods is an error naming both lines")
  void incompatibleLists() {
    String yaml =
        HEADER
            + """
        items:
          - {code: X-01, list: ASSIST, title: 医保登记, departments: [医保局], basis: 法, authority: 权限, funding: 经费}
          - {code: X-01, list: NEGATIVE, title: 医保登记, departments: [医保局], basis: 法, from: 2026-01-01}
        """;
    assertThat(problems(yaml))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("p.yaml:11: ERROR INCOMPATIBLE_LISTS X-01")
                    .contains("line 10"));
  }

  @Test
  @DisplayName(
      "duplicate codes, assist items without funding and overlapping parameters are all reported at once")
  void severalErrors() {
    String yaml =
        """
        policy: p
        version: "1"
        parameters:
          access.approval.lead-working-days:
            - {value: 30, from: 2025-01-01, citation: 西城区}
            - {value: 20, from: 2025-06-01, citation: 西城区}
        items:
          - {code: D-01, list: DUTY, title: 选举, departments: [民政局], basis: 法}
          - {code: D-01, list: DUTY, title: 选举, departments: [民政局], basis: 法}
          - {code: X-03, list: ASSIST, title: 采集, departments: [公安], basis: 法, authority: 权限}
        """;
    List<String> problems = problems(yaml);
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "p.yaml:6: ERROR OVERLAPPING_PARAMETER access.approval.lead-working-days"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("p.yaml:9: ERROR DUPLICATE_CODE D-01"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("p.yaml:10: ERROR ASSIST_WITHOUT_AUTHORITY_OR_FUNDING X-03")
                    .contains("funding that goes"));
  }

  @Test
  @DisplayName("unknown keys, bad dates, unknown lists and parameters name their line")
  void malformedValues() {
    String yaml =
        HEADER
            + """
          access.approval.lead-workdays:
            - {value: 30, from: 2025-01-01, citation: x}
        items:
          - {code: D-01, list: DUTY, title: 选举, departments: [民政局], basis: 法, form: 2025-01-01}
          - {code: D-02, list: DUTY, title: 选举, departments: [民政局], basis: 法, from: 2025-13-01}
          - {code: D-03, list: DUTIES, title: 选举, departments: [民政局], basis: 法}
          - {code: D 04, list: DUTY, title: 选举, departments: [民政局], basis: 法}
        """;
    List<String> problems = problems(yaml);
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("p.yaml:9: ERROR UNKNOWN_PARAMETER access.approval.lead-workdays"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("p.yaml:12: ERROR UNKNOWN_KEY form"));
    assertThat(problems)
        .anySatisfy(
            p -> assertThat(p).startsWith("p.yaml:13: ERROR STRUCTURE 2025-13-01: not a date"));
    assertThat(problems)
        .anySatisfy(
            p -> assertThat(p).startsWith("p.yaml:14: ERROR STRUCTURE D-03: list must be one of"));
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "p.yaml:15: ERROR INVALID_VALUE WorkItem: code must not contain spaces"));
  }

  @Test
  @DisplayName(
      "every problem inside one item is reported: a wrong list on one line, an impossible date and an unknown key on others")
  void everyProblemInsideAnItem() {
    String yaml =
        HEADER
            + """
        items:
          - code: D-01
            list: DUTIES
            title: 选举
            departments: [民政局]
            basis: 法
            from: 2025-02-30
            to: 2025-13-01
            colour: red
        """;
    List<String> problems = problems(yaml);
    assertThat(problems)
        .anySatisfy(
            p -> assertThat(p).startsWith("p.yaml:11: ERROR STRUCTURE D-01: list must be one of"));
    assertThat(problems)
        .anySatisfy(
            p -> assertThat(p).startsWith("p.yaml:15: ERROR STRUCTURE 2025-02-30: not a date"));
    assertThat(problems)
        .anySatisfy(
            p -> assertThat(p).startsWith("p.yaml:16: ERROR STRUCTURE 2025-13-01: not a date"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith("p.yaml:17: ERROR UNKNOWN_KEY colour"));
  }

  @Test
  @DisplayName(
      "an item whose code is invalid still has its other problems reported, under its line")
  void invalidCodeAndMore() {
    String yaml =
        HEADER
            + """
        items:
          - {code: D 01, list: DUTY, title: 选举, departments: [民政局], basis: 法, from: 2025-00-01}
        """;
    List<String> problems = problems(yaml);
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "p.yaml:10: ERROR INVALID_VALUE WorkItem: code must not contain spaces"));
    assertThat(problems)
        .anySatisfy(
            p -> assertThat(p).startsWith("p.yaml:10: ERROR STRUCTURE 2025-00-01: not a date"));
  }

  @ParameterizedTest(name = "loaded on {0}: calendar warning {1}")
  @CsvSource({"2026-10-01, false", "2026-10-02, true", "2027-01-05, true"})
  @DisplayName(
      "loaded for a day, a policy whose working calendar ends within 90 days of it is warned (CALENDAR_ENDING), naming the year to add")
  void calendarEnding(LocalDate loadedOn, boolean warned) {
    String yaml =
        HEADER
            + """
        items:
          - {code: D-01, list: DUTY, title: 选举, departments: [民政局], basis: 法}
        """;
    AccessPolicy policy = AccessPolicyFile.read(yaml, "p.yaml", loadedOn);

    List<String> warnings = policy.warnings().stream().map(PolicyProblem::toString).toList();
    if (warned) {
      assertThat(warnings)
          .anySatisfy(
              w ->
                  assertThat(w)
                      .startsWith(
                          "WARNING CALENDAR_ENDING calendar.holidays: the working calendar ")
                      .contains("2026-12-31")
                      .contains("add the State Council's holiday notice for 2027"));
    } else {
      assertThat(warnings).noneSatisfy(w -> assertThat(w).contains("CALENDAR_ENDING"));
    }
    assertThat(AccessPolicyFile.read(yaml, "p.yaml").warnings())
        .noneSatisfy(w -> assertThat(w.check()).isEqualTo("CALENDAR_ENDING"));
    List<String> checksOn =
        AccessPolicyFile.read(yaml, "p.yaml").warningsOn(loadedOn).stream()
            .map(PolicyProblem::check)
            .toList();
    assertThat(checksOn.contains("CALENDAR_ENDING")).isEqualTo(warned);
  }

  @Test
  @DisplayName(
      "a YAML syntax error is reported with its line, as a policy problem, not a parser stack trace")
  void syntaxError() {
    String yaml = "policy: p\nversion: \"1\"\nitems:\n  - {code: D-01, list: DUTY\n  - x\n";
    assertThatThrownBy(() -> AccessPolicyFile.read(yaml, "broken.yaml"))
        .isInstanceOf(PolicyCheckException.class)
        .hasMessageContaining("broken.yaml:6: ERROR YAML_SYNTAX")
        .hasMessageContaining("starts at line 4");
  }

  @Test
  @DisplayName("gaps and rules that can never fire are warnings: the policy loads and returns them")
  void warnings() {
    String yaml =
        """
        policy: p
        version: "1"
        parameters:
          access.approval.lead-working-days:
            - {value: 30, from: 2025-01-01, to: 2025-12-31, citation: 西城区}
            - {value: 20, from: 2026-03-01, citation: 西城区}
        items:
          - {code: D-01, list: DUTY, title: 选举, departments: [民政局], basis: 法}
        """;
    AccessPolicy policy = AccessPolicyFile.read(yaml, "p.yaml");
    assertThat(policy.warnings())
        .extracting(PolicyProblem::toString)
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains(
                        "PARAMETER_GAP access.approval.lead-working-days: no value from 2026-01-01 to 2026-02-28"))
        .anySatisfy(
            w ->
                assertThat(w).contains("NEVER_FIRES A1: never refuses: the negative list is empty"))
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains(
                        "NEVER_FIRES A4: never applies: the policy has no value of parameter access.approval.decision-working-days"))
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains(
                        "NEVER_FIRES A4: never applies: the policy has no value of parameter calendar.holidays"));
  }

  @Test
  @DisplayName("the Java builder runs the same check: errors throw with every finding")
  void builderChecks() {
    PolicyCheckException e =
        catchThrowableOfType(
            PolicyCheckException.class,
            () ->
                AccessPolicy.builder("b", "1")
                    .item(AccessFixture.item(AccessList.ASSIST, "X-09", "采集").build())
                    .item(AccessFixture.item(AccessList.DUTY, "X-09", "采集").build())
                    .ruleInForce("A11", io.github.jiceng.governance.policy.EffectivePeriod.always())
                    .build());
    assertThat(e.errors())
        .extracting(PolicyProblem::check)
        .containsExactlyInAnyOrder(
            "UNKNOWN_RULE", "ASSIST_WITHOUT_AUTHORITY_OR_FUNDING", "INCOMPATIBLE_LISTS");
    assertThat(e.getMessage()).contains("policy 'b' has 3 errors");
  }
}
