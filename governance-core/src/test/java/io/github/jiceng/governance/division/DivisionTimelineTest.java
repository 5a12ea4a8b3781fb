package io.github.jiceng.governance.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.policy.Citation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Divisions that change, on seed report 000's 弋江区: communities merged, a street office abolished
 * (南瑞街道, its three communities then dealing with the district), a community renamed.
 */
class DivisionTimelineTest {
  private static final Citation BASIS = Citation.of("区政府关于街道社区撤并整合的批复（示例）");
  private static final LocalDate MERGED = LocalDate.of(2026, 3, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2026, 7, 1);
  private static final DivisionCode DISTRICT = DivisionCode.of("340203000000");
  private static final DivisionCode NANRUI = DivisionCode.of("340203004000");
  private static final DivisionCode OTHER_STREET = DivisionCode.of("340203001000");
  private static final DivisionCode A = DivisionCode.of("340203001001");
  private static final DivisionCode B = DivisionCode.of("340203001002");
  private static final DivisionCode C = DivisionCode.of("340203001003");
  private static final DivisionCode N1 = DivisionCode.of("340203004001");

  private static final DivisionTimeline TIMELINE =
      DivisionTimeline.of(
          List.of(
              DivisionChange.abolish("CH-2", ABOLISHED, NANRUI, BASIS),
              DivisionChange.merge("CH-1", MERGED, List.of(A, B, C), A, BASIS),
              DivisionChange.rename("CH-3", MERGED, A, "利民社区", "利民新村社区", BASIS)));

  @Test
  @DisplayName(
      "three communities merged into the first: the other two end the day before, and their"
          + " records are found under the first from that day")
  void merge() {
    assertThat(TIMELINE.inForce(B, MERGED.minusDays(1))).isTrue();
    assertThat(TIMELINE.inForce(B, MERGED)).isFalse();
    assertThat(TIMELINE.inForce(A, MERGED)).isTrue();
    assertThat(TIMELINE.endedAfter(C)).contains(MERGED.minusDays(1));
    assertThat(TIMELINE.successorsOn(B, MERGED.minusDays(1))).containsExactly(B);
    assertThat(TIMELINE.successorsOn(B, MERGED)).containsExactly(A);
    assertThat(TIMELINE.lineage(A, MERGED)).containsExactly(A, B, C);
    assertThat(TIMELINE.lineage(A, MERGED.minusDays(1))).containsExactly(A);
  }

  @Test
  @DisplayName(
      "after 南瑞街道's office is abolished its communities answer to the district; before, to the"
          + " street")
  void abolition() {
    assertThat(TIMELINE.parentOn(N1, ABOLISHED.minusDays(1))).contains(NANRUI);
    assertThat(TIMELINE.parentOn(N1, ABOLISHED)).contains(DISTRICT);
    assertThat(TIMELINE.inForce(NANRUI, ABOLISHED)).isFalse();
    assertThat(TIMELINE.inForce(N1, ABOLISHED)).isTrue();
    assertThat(TIMELINE.successorsOn(NANRUI, ABOLISHED)).isEmpty();
    assertThat(TIMELINE.parentOn(A, ABOLISHED)).contains(OTHER_STREET);
  }

  @Test
  @DisplayName("a renamed community has its former name before the day and its new one from it")
  void rename() {
    assertThat(TIMELINE.nameOn(A, MERGED.minusDays(1), "利民新村社区")).isEqualTo("利民社区");
    assertThat(TIMELINE.nameOn(A, MERGED, "利民新村社区")).isEqualTo("利民新村社区");
    assertThat(TIMELINE.nameOn(B, MERGED, "幸福社区")).isEqualTo("幸福社区");
  }

  @Test
  @DisplayName(
      "a change that does not fit is named: merging a community already merged away, reusing an"
          + " ended code")
  void whatDoesNotFit() {
    DivisionChange again =
        DivisionChange.merge("CH-4", LocalDate.of(2026, 9, 1), List.of(B, N1), N1, BASIS);
    assertThatThrownBy(() -> TIMELINE.checkNext(again))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("predecessors")
        .hasMessageContaining(B + " is not in force on 2026-09-01");
    DivisionChange reuse =
        DivisionChange.merge(
            "CH-5",
            LocalDate.of(2026, 9, 1),
            List.of(N1, DivisionCode.of("340203004002")),
            C,
            BASIS);
    assertThatThrownBy(() -> TIMELINE.checkNext(reuse))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a code is never reused");
  }

  @Test
  @DisplayName(
      "each kind has its shape: a merge of one, an abolition of a community, a split of a street,"
          + " codes of two counties, a rename without its names")
  void shapes() {
    assertThatThrownBy(() -> DivisionChange.merge("X", MERGED, List.of(A), A, BASIS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a merge takes two or more divisions into one");
    assertThatThrownBy(() -> DivisionChange.abolish("X", MERGED, A, BASIS))
        .hasMessageContaining("an abolition ends one street office");
    assertThatThrownBy(
            () ->
                new DivisionChange(
                    "X",
                    DivisionChange.Kind.SPLIT,
                    MERGED,
                    List.of(NANRUI),
                    List.of(OTHER_STREET, DivisionCode.of("340203002000")),
                    null,
                    null,
                    BASIS,
                    0))
        .hasMessageContaining("a split takes one community into two or more");
    assertThatThrownBy(
            () ->
                DivisionChange.merge(
                    "X", MERGED, List.of(A, DivisionCode.of("340202001001")), A, BASIS))
        .hasMessageContaining("one tier and one county");
    assertThatThrownBy(
            () ->
                new DivisionChange(
                    "X",
                    DivisionChange.Kind.RENAME,
                    MERGED,
                    List.of(A),
                    List.of(A),
                    null,
                    "新名",
                    BASIS,
                    0))
        .hasMessageContaining("formerName");
  }
}
