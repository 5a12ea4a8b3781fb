package io.github.jiceng.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.desk.AccessDesk;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.party.PartyMember;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Record ids appear in messages and logs, so none may carry an identity number or a phone number.
 */
class RecordKeyTest {
  private static final DivisionCode COMMUNITY = DivisionCode.of("341802001001");

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "13812395678",
        "R-13812395678",
        "ID-341802197705200027",
        "341802197705200027",
        "X11010519491231002X",
        "a19912345678b",
        "0341802197705200027"
      })
  @DisplayName(
      "ids containing a mobile number or a valid identity number are refused, without repeating them")
  void refused(String id) {
    assertThat(Checks.containsPersonalNumber(id)).isTrue();
    assertThatThrownBy(() -> Checks.key(id, "Resident", "id"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Resident")
        .hasMessageContaining("id")
        .hasMessageContaining("must not contain an identity number or a phone number")
        .hasMessageNotContaining(id);
  }

  @ParameterizedTest(name = "\"{0}\" is a fine key")
  @ValueSource(
      strings = {
        "341802001001",
        "341802001001-RC",
        "CD-0001-1",
        "R-12345678901",
        "2026-0001",
        "341802197705200028",
        "H-1381239567",
        "138123956789"
      })
  @DisplayName("division codes, sequence numbers and digit runs that are neither pass")
  void accepted(String id) {
    assertThat(Checks.containsPersonalNumber(id)).isFalse();
    assertThat(Checks.key(id, "Resident", "id")).isEqualTo(id);
  }

  @Test
  @DisplayName("records refuse such ids when built: household, party member, task request")
  void recordsRefuse() {
    assertThatThrownBy(() -> Household.house("13812395678", COMMUNITY, null, "某地址"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("13812395678");
    assertThatThrownBy(
            () -> PartyMember.probationary("ID-341802197705200027", "王某", LocalDate.of(2025, 1, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("341802197705200027");
    assertThatThrownBy(
            () ->
                TaskRequest.builder("13812395678")
                    .department("区民政局")
                    .title("任务")
                    .communities(COMMUNITY)
                    .appliedOn(LocalDate.of(2026, 1, 5))
                    .period(LocalDate.of(2026, 3, 2), null)
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("13812395678");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"decisions", "approvals", "approve", "reject", "revoke"})
  @DisplayName(
      "facade lookups by such an id, or by none, answer with a typed error naming requestId, before the store is asked")
  void lookupsRefuse(String method) {
    AccessDesk access =
        io.github.jiceng.governance.Governance.builder()
            .store(io.github.jiceng.governance.RefusingStore.create())
            .build()
            .asSystem()
            .access();
    for (String id : new String[] {"13812395678", null}) {
      assertThatThrownBy(() -> call(access, method, id))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("requestId")
          .hasMessageNotContaining("13812395678");
    }
  }

  private static Object call(AccessDesk access, String method, String id) {
    LocalDate day = LocalDate.of(2026, 3, 2);
    return switch (method) {
      case "decisions" -> access.decisions(id);
      case "approvals" -> access.approvals(id);
      case "approve" -> access.approve(id, "领导小组", day, day.plusMonths(1), "");
      case "reject" -> access.reject(id, "领导小组", day, "");
      default -> access.revoke(id, "领导小组", day, "");
    };
  }
}
