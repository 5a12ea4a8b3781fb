package io.github.jiceng.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutingTableTest {
  private static final DivisionCode AOFENG = DivisionCode.of("341802002000");
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final DivisionCode CHENGDONG = DivisionCode.of("341802002001");
  private static final GridCode CN_G1 = GridCode.of("100100", CHENGNAN, 1);
  private static final EffectivePeriod FROM_2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));
  private static final LocalDate DAY = LocalDate.of(2026, 6, 3);
  private static final CaseCategory POTHOLE = new CaseCategory("01.07", "市容环境", "道路坑洼");

  private static RoutingTable table() {
    return RoutingTable.builder("xuanzhou-routing", "2026.1")
        .body(ResponsibleBody.open("street-office", "鳌峰街道办事处"))
        .body(ResponsibleBody.open("lights", "宣州区路灯管理所"))
        .body(new ResponsibleBody("old-lights", "原城区路灯所", LocalDate.of(2026, 3, 1)))
        .body(ResponsibleBody.open("chengnan-grid-1", "城南社区第一网格"))
        .entry(new RoutingEntry(RoutingPlace.division(AOFENG), "*", "street-office", FROM_2026))
        .entry(new RoutingEntry(RoutingPlace.division(AOFENG), "01.03", "lights", FROM_2026))
        .entry(new RoutingEntry(RoutingPlace.division(CHENGNAN), "01.03", "old-lights", FROM_2026))
        .entry(new RoutingEntry(RoutingPlace.grid(CN_G1), "01", "chengnan-grid-1", FROM_2026))
        .entry(
            new RoutingEntry(
                RoutingPlace.division(AOFENG),
                "01.07",
                "lights",
                new EffectivePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
        .build();
  }

  @Test
  @DisplayName("the most specific line in force wins, and the others say why they did not")
  void mostSpecificWins() {
    Routing routing = table().route(CaseTest.STREET_LIGHT, CHENGDONG, null, DAY);

    assertThat(routing.body()).contains("lights");
    assertThat(routing.considered())
        .extracting(c -> c.entry().body() + " " + c.verdict())
        .containsExactly(
            "lights CHOSEN",
            "street-office LESS_SPECIFIC",
            "old-lights OTHER_PLACE",
            "chengnan-grid-1 OTHER_PLACE",
            "lights OTHER_CATEGORY");
    assertThat(routing.explain())
        .startsWith("派遣 / routed to lights by division 341802002000 × 01.03 → lights")
        .contains("not division 341802002000 × * → street-office")
        .contains(": LESS_SPECIFIC");
  }

  @Test
  @DisplayName("a closed body takes no new case; a grid's line beats its community's")
  void closedBodyAndGrid() {
    Routing chengnan = table().route(CaseTest.STREET_LIGHT, CHENGNAN, null, DAY);
    assertThat(chengnan.body()).contains("lights");
    assertThat(chengnan.considered())
        .anySatisfy(
            c -> {
              assertThat(c.entry().body()).isEqualTo("old-lights");
              assertThat(c.verdict()).isEqualTo(Routing.Verdict.BODY_CLOSED);
            });
    assertThat(
            table().route(CaseTest.STREET_LIGHT, CHENGNAN, null, LocalDate.of(2026, 2, 1)).body())
        .contains("old-lights");
    assertThat(table().route(CaseTest.STREET_LIGHT, CHENGNAN, CN_G1, DAY).body())
        .contains("chengnan-grid-1");
  }

  @Test
  @DisplayName("a line out of force is not used: the pothole falls to the street office in 2026")
  void outOfForce() {
    Routing routing = table().route(POTHOLE, CHENGDONG, null, DAY);

    assertThat(routing.body()).contains("street-office");
    assertThat(routing.considered())
        .filteredOn(c -> c.verdict() == Routing.Verdict.NOT_IN_FORCE)
        .hasSize(1);
  }

  @Test
  @DisplayName("the static check lists every category a community has no body for")
  void gaps() {
    RoutingTable table =
        RoutingTable.builder("t", "1")
            .body(ResponsibleBody.open("lights", "路灯所"))
            .entry(new RoutingEntry(RoutingPlace.division(CHENGNAN), "01.03", "lights", FROM_2026))
            .build();

    assertThat(
            table.gaps(List.of(CaseTest.STREET_LIGHT, POTHOLE), List.of(CHENGNAN, CHENGDONG), DAY))
        .extracting(g -> g.category().code() + " " + g.community())
        .containsExactly("01.03 341802002001", "01.07 341802002006", "01.07 341802002001");
  }

  @Test
  @DisplayName("a line naming an unknown body or repeating another's place and category is refused")
  void badTable() {
    assertThatThrownBy(
            () ->
                RoutingTable.builder("t", "1")
                    .body(ResponsibleBody.open("lights", "路灯所"))
                    .entry(
                        new RoutingEntry(
                            RoutingPlace.division(CHENGNAN), "01", "nobody", FROM_2026))
                    .entry(
                        new RoutingEntry(
                            RoutingPlace.division(CHENGNAN), "01.03", "lights", FROM_2026))
                    .entry(
                        new RoutingEntry(
                            RoutingPlace.division(CHENGNAN),
                            "01.03",
                            "lights",
                            EffectivePeriod.from(LocalDate.of(2026, 6, 1))))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("entries[0]: names no body of the table")
        .hasMessageContaining(
            "entries[2]: has the place and category of entries[1] on a common day");
    assertThatThrownBy(
            () -> new RoutingEntry(RoutingPlace.division(CHENGNAN), "01..3", "b", FROM_2026))
        .hasMessageContaining("category");
    assertThatThrownBy(() -> new RoutingPlace(CN_G1, CHENGNAN))
        .isInstanceOf(InvalidInputException.class);
  }
}
