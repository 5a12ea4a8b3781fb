package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.assessment.AssessmentRules;
import io.github.jiceng.governance.assessment.WorkerAssessment;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssessmentDeskTest {
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  private final Governance facade =
      Governance.builder()
          .store(new InMemoryGovernanceStore())
          .policy(
              AccessPolicyFile.read(
                      """
                      policy: district-assessment
                      version: "2026.1"
                      title: 考核方案（示例）
                      based-on: national
                      parameters:
                        assessment.worker.scheme:
                          - value:
                              - {code: satisfaction, name: 群众满意度, weight: 50, satisfaction: true}
                              - {code: tasks, name: 工作任务, weight: 50}
                            from: 2026-01-01
                            citation: 示例
                        assessment.worker.pass-score:
                          - {value: 60, from: 2026-01-01, citation: 示例}
                      items: []
                      """,
                      "district-assessment.yaml")
                  .parameters())
          .build();

  @BeforeEach
  void community() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "社区一"));
    system.divisions().add(SampleData.community(2, "社区二"));
    system.scopes().grant("street", "街道", DataScope.division(ONE));
  }

  @Test
  @DisplayName(
      "a recorded assessment is decided under the scheme, explained item by item; audited;"
          + " another community's is out of reach")
  void recordAndDecide() {
    var desk = facade.as("street").assessments();
    desk.record(
        WorkerAssessment.of(
            "A-1", ONE, "W-001", "2026", Map.of("satisfaction", 40, "tasks", 70), DAY, "street"));

    var decision = desk.check("A-1", DAY);

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.result(AssessmentRules.PASS).orElseThrow().reason().zh())
        .isEqualTo("加权得分 55.0（群众满意度 50% × 40，工作任务 50% × 70），合格线 60");
    assertThat(desk.within(ONE, "2026", DAY)).hasSize(1);
    assertThat(facade.asSystem().audit().about("A-1", 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.WORKER_ASSESSMENT);
    assertThatThrownBy(
            () ->
                desk.record(
                    WorkerAssessment.of(
                        "A-2",
                        SampleData.communityCode(2),
                        "W-002",
                        "2026",
                        Map.of("satisfaction", 90, "tasks", 90),
                        DAY,
                        "street")))
        .isInstanceOf(AccessDeniedException.class);
  }
}
