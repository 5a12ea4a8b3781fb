package io.github.jiceng.governance.testkit.assertions;

import static io.github.jiceng.governance.testkit.assertions.GovernanceAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionAssertTest {
  private static final DivisionCode COMMUNITY = DivisionCode.of("341802001001");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static AccessPolicy policy;

  @BeforeAll
  static void readDocumentedPolicy() throws IOException {
    Matcher block =
        Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("..", "docs", "access-policy-format.md")));
    block.find();
    policy = AccessPolicyFile.read(block.group(1), "xuanzhou-access.yaml");
  }

  private static Decision<AccessOutcome> assistWithoutFunding() {
    TaskRequest request =
        TaskRequest.builder("2026-0001")
            .department("区医保局")
            .title("参保登记")
            .item("X-01")
            .communities(COMMUNITY)
            .attached(true, false)
            .appliedOn(DAY)
            .period(DAY.plusDays(14), null)
            .build();
    return policy.decide(request, COMMUNITY, DAY);
  }

  @Test
  void passesOnWhatTheDecisionSays() {
    assertThat(assistWithoutFunding())
        .isRefused()
        .byRule("A3")
        .byRulesExactly("A3")
        .citing("第十七条")
        .didNotApply("A7");
  }

  @Test
  void failuresSayWhyWithTheExplanation() {
    assertThatThrownBy(() -> assertThat(assistWithoutFunding()).isAdmitted())
        .hasMessageStartingWith("Expecting outcome ADMITTED but was REFUSED (decided by A3)")
        .hasMessageContaining(
            "for 2026-0001 → 341802001001 as of 2026-03-02 under xuanzhou-access 2026.1:")
        .hasMessageContaining("协助事项 X-01 未随附经费");
    assertThatThrownBy(() -> assertThat(assistWithoutFunding()).byRule("A1"))
        .hasMessageStartingWith(
            "Expecting A1 among the deciding rules but they were [A3]\n  A1 was SATISFIED: ");
    assertThatThrownBy(() -> assertThat(assistWithoutFunding()).citing("第九十九条"))
        .hasMessageStartingWith(
            "Expecting a citation of the deciding rules [A3] to contain \"第九十九条\" but they cite [");
    assertThatThrownBy(() -> assertThat(assistWithoutFunding()).didNotApply("A3"))
        .hasMessageStartingWith("Expecting rule A3 not to apply but it was VIOLATED: ");
  }
}
