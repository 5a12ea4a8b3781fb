package io.github.jiceng.governance.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridTest {
  private static final DivisionCode COMMUNITY = DivisionCode.of("341802001003");
  private static final GridCode CODE = GridCode.of("100100", COMMUNITY, 1);

  @Test
  @DisplayName("a grid code has 20 digits: object, county, street, community, sequence (CJ/T 349)")
  void gridCode() {
    assertThat(CODE.value()).isEqualTo("10010034180200100301");
    assertThat(CODE.objectCode()).isEqualTo("100100");
    assertThat(CODE.communityPart()).isEqualTo(COMMUNITY);
    assertThat(CODE.sequence()).isEqualTo(1);
    assertThat(CODE.fits(COMMUNITY)).isTrue();
    assertThat(CODE.fits(DivisionCode.of("341802001004"))).isFalse();
    GridCode merged = GridCode.of("10010034180200160102");
    assertThat(merged.spansMergedCommunities()).isTrue();
    assertThat(merged.fits(COMMUNITY)).isTrue();
    assertThat(merged.fits(DivisionCode.of("341802002003"))).isFalse();
  }

  @Test
  @DisplayName("bad grid codes are refused with the problem: length, digits, zero parts, sequence")
  void badCodes() {
    assertThatThrownBy(() -> GridCode.of("1001003418020010030"))
        .hasMessageContaining("must have 20 digits, has 19");
    assertThatThrownBy(() -> GridCode.of("10010034180200100A01"))
        .hasMessageContaining("position 18");
    assertThatThrownBy(() -> GridCode.of("00000034180200100301"))
        .hasMessageContaining("object code");
    assertThatThrownBy(() -> GridCode.of("10010000000000100301"))
        .hasMessageContaining("county part");
    assertThatThrownBy(() -> GridCode.of("10010034180200000001"))
        .hasMessageContaining("street and community");
    assertThatThrownBy(() -> GridCode.of("100100", COMMUNITY, 100))
        .hasMessageContaining("sequence");
  }

  @Test
  @DisplayName(
      "a grid is checked: code fits the community, dedicated names its unit, building ids unique, one primary at a time")
  void gridChecks() {
    assertThatThrownBy(() -> Grid.comprehensive(CODE, DivisionCode.of("341802001004"), "第一网格"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("code: digits 7-18 must be the community's division code");
    assertThatThrownBy(
            () -> new Grid(CODE, COMMUNITY, "学校网格", GridKind.DEDICATED, null, null, null, null, 0))
        .hasMessageContaining("servedUnit: a dedicated grid must name the unit it serves");
    assertThatThrownBy(
            () ->
                Grid.comprehensive(CODE, COMMUNITY, "第一网格")
                    .withBuildings(new Building("B1", "一栋", 2), new Building("B1", "二栋", 2)))
        .hasMessageContaining("buildings[1].id");
    Grid grid =
        Grid.comprehensive(CODE, COMMUNITY, "第一网格")
            .assign(
                new GridAssignment(
                    "W1",
                    "王一",
                    GridPost.PRIMARY,
                    io.github.jiceng.governance.policy.EffectivePeriod.between(
                        LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30))))
            .assign(GridAssignment.of("W2", "李二", GridPost.PRIMARY, LocalDate.of(2025, 7, 1)))
            .assign(GridAssignment.of("W1", "王一", GridPost.BACKUP, LocalDate.of(2025, 7, 1)));
    assertThat(grid.primaryOn(LocalDate.of(2025, 6, 30)).orElseThrow().workerId()).isEqualTo("W1");
    assertThat(grid.primaryOn(LocalDate.of(2025, 7, 1)).orElseThrow().workerId()).isEqualTo("W2");
    assertThat(grid.primaryOn(LocalDate.of(2023, 12, 31))).isEmpty();
    assertThatThrownBy(
            () ->
                grid.assign(
                    GridAssignment.of("W3", "张三", GridPost.PRIMARY, LocalDate.of(2026, 1, 1))))
        .hasMessageContaining("a grid has one primary worker at a time");
    assertThatThrownBy(
            () ->
                grid.assign(
                    GridAssignment.of("W2", "李二", GridPost.PART_TIME, LocalDate.of(2026, 1, 1))))
        .hasMessageContaining("of the same worker");
    assertThat(grid.withPartyContact("赵联络").toString()).doesNotContain("赵联络").contains("赵**");
  }

  @Test
  @DisplayName(
      "a household's address is masked; its id may not be an identity number; a unit needs a building")
  void household() {
    Household household =
        Household.inBuilding("H1", COMMUNITY, CODE, "B1", "2", "宣城市宣州区锦绣苑3栋2单元501");
    assertThat(household.toString()).doesNotContain("锦绣苑3栋2单元501").contains("宣城市宣州区***");
    assertThatThrownBy(() -> new Household("H2", COMMUNITY, CODE, null, "2", "某地址", 0))
        .hasMessageContaining("unit: needs a building");
    assertThatThrownBy(() -> Household.house("11010519491231002X", COMMUNITY, CODE, "某地址"))
        .hasMessageContaining("id: must not contain an identity number")
        .hasMessageNotContaining("11010519491231002X");
  }

  @Test
  @DisplayName(
      "a household may be in another community's grid of its county (the coverage check reports"
          + " it), never in another county's")
  void householdGridCounty() {
    DivisionCode neighbour = DivisionCode.of("341802001002");
    assertThat(Household.house("H3", neighbour, CODE, "某地址").grid()).isEqualTo(CODE);
    assertThatThrownBy(() -> Household.house("H4", DivisionCode.of("340202001001"), CODE, "某地址"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("grid: lies in county 341802, not 340202");
  }
}
