package io.github.jiceng.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DisputeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 3);

  private static Dispute small(String id) {
    return Dispute.brought(id, CaseTest.CHENGNAN, "邻里宅基地界址争议", false, DAY);
  }

  @Test
  @DisplayName(
      "a small matter goes from the household heads to the group leader, where it is settled")
  void smallMatterStaysInTheGroup() {
    Dispute d = small("TJ-1");
    assertThat(d.nextLine()).contains(MediationLine.HOUSEHOLD_HEAD);

    d = d.mediated(DAY, false, "双方各执一词").mediated(DAY.plusDays(2), true, "按原界址立桩");

    assertThat(d.settledBy()).contains(MediationLine.GROUP_LEADER);
    assertThat(d.nextLine()).isEmpty();
    assertThat(d.toString()).doesNotContain("宅基地").contains("settled by GROUP_LEADER");
    Dispute settled = d;
    assertThatThrownBy(() -> settled.mediated(DAY.plusDays(3), true, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("settled or referred already");
  }

  @Test
  @DisplayName(
      "a big matter starts with the committee; unsettled there it goes to the judicial process")
  void bigMatterToTheCourt() {
    Dispute d = Dispute.brought("TJ-2", CaseTest.CHENGNAN, "土地承包合同纠纷", true, DAY);
    assertThat(d.nextLine()).contains(MediationLine.COMMITTEE);

    d = d.mediated(DAY, false, null);
    assertThat(d.nextLine()).contains(MediationLine.JUDICIAL);
    d = d.mediated(DAY.plusDays(5), true, "引导当事人起诉");

    assertThat(d.referred()).isTrue();
    assertThat(d.settledBy()).isEmpty();
    assertThat(d.nextLine()).isEmpty();
  }

  @Test
  @DisplayName("attempts out of line or out of order are refused, naming the attempt")
  void outOfLine() {
    assertThatThrownBy(
            () ->
                new Dispute(
                    "TJ-3",
                    CaseTest.CHENGNAN,
                    "纠纷",
                    false,
                    DAY,
                    List.of(new Dispute.Attempt(MediationLine.COMMITTEE, DAY, true, null))))
        .hasMessageContaining("attempts[0]: must be at the HOUSEHOLD_HEAD line");
    assertThatThrownBy(() -> small("TJ-4").mediated(DAY.minusDays(1), true, null))
        .hasMessageContaining("must not be before 2026-06-03");
  }

  @Test
  @DisplayName("a community's figures: 11 disputes, 11 mediated (100 %) — seed 003")
  void seedFigures() {
    List<Dispute> disputes = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      Dispute d = small("TJ-" + i);
      for (int k = 0; k < i % 3; k++) {
        d = d.mediated(DAY, false, null);
      }
      disputes.add(d.mediated(DAY, true, null));
    }

    MediationFigures figures = MediationFigures.of(disputes);

    assertThat(figures.toString())
        .isEqualTo("11 disputes, 11 mediated (100.0 %), 0 referred, 0 open");
    assertThat(figures.settledBy())
        .containsEntry(MediationLine.HOUSEHOLD_HEAD, 3L)
        .containsEntry(MediationLine.GROUP_LEADER, 4L)
        .containsEntry(MediationLine.COMMITTEE, 4L);
    disputes.add(small("TJ-12"));
    assertThat(MediationFigures.of(disputes).open()).isEqualTo(1);
  }
}
