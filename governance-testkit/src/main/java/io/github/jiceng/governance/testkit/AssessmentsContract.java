package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.assessment.WorkerAssessment;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The assessment part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * Assessments} group: assessments round-trip with their scores, are found by community and period,
 * and need their community.
 */
public abstract class AssessmentsContract extends AreaContract {
  private static WorkerAssessment assessment(String id, DivisionCode community, String period) {
    return WorkerAssessment.of(
        id,
        community,
        "W-001",
        period,
        Map.of("satisfaction", 92, "tasks", 85, "conduct", 0),
        LocalDate.of(2026, 12, 20),
        "street-office");
  }

  @Test
  @DisplayName("an assessment round-trips with every score, a zero included; found by period")
  void roundTrip() {
    DivisionCode one = community(1);
    WorkerAssessment stored = store().assessments().insert(assessment("A-1", one, "2026"));
    store().assessments().insert(assessment("A-2", one, "2025"));

    assertThat(store().assessments().find("A-1")).contains(stored);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(store().assessments().findByCommunity(one, "2026")).containsExactly(stored);
    assertThatThrownBy(() -> store().assessments().insert(assessment("A-1", one, "2026")))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  @DisplayName("an assessment needs its community")
  void needsCommunity() {
    DivisionCode one = community(1);
    DivisionCode missing = DivisionCode.of(one.value().substring(0, 9) + "195");
    assertThatThrownBy(() -> store().assessments().insert(assessment("A-9", missing, "2026")))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().assessments().find("A-9")).isEmpty();
  }
}
