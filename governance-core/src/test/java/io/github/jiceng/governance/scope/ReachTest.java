package io.github.jiceng.governance.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReachTest {
  private static final DivisionCode DISTRICT = DivisionCode.of("341802000000");
  private static final DivisionCode STREET = DivisionCode.of("341802001000");
  private static final DivisionCode OTHER_STREET = DivisionCode.of("341802002000");
  private static final DivisionCode COMMUNITY = DivisionCode.of("341802001001");
  private static final DivisionCode FAR = DivisionCode.of("341802002004");
  private static final GridCode GRID = GridCode.of("100100", FAR, 1);

  private static Reach reach(DataScope... scopes) {
    return Reach.of(new Caller("a-1", List.of(scopes)), Set.of(GRID));
  }

  @Test
  @DisplayName("a division and below covers its sub-tree by code prefix, and nothing beside it")
  void subtree() {
    Reach street = reach(DataScope.divisionAndBelow(STREET));
    assertThat(street.covers(STREET)).isTrue();
    assertThat(street.covers(COMMUNITY)).isTrue();
    assertThat(street.covers(DISTRICT)).isFalse();
    assertThat(street.covers(FAR)).isFalse();
    assertThat(street.areasWithin(DISTRICT)).containsExactly(new Reach.Area(STREET, true));
    assertThat(street.areasWithin(COMMUNITY)).containsExactly(new Reach.Area(COMMUNITY, true));
    assertThat(street.areasWithin(OTHER_STREET)).isEmpty();
  }

  @Test
  @DisplayName(
      "scopes combine by union; a sub-tree absorbs what lies in it, so areas never overlap")
  void unionNormalised() {
    Reach reach =
        reach(
            DataScope.divisionAndBelow(COMMUNITY),
            DataScope.divisionAndBelow(STREET),
            DataScope.division(COMMUNITY),
            DataScope.custom(List.of(FAR), List.of()));
    assertThat(reach.areasWithin(DISTRICT))
        .containsExactly(new Reach.Area(STREET, true), new Reach.Area(FAR, false));
    assertThat(reach.covers(FAR)).isTrue();
    assertThat(reach.coversBelow(FAR)).isFalse();
  }

  @Test
  @DisplayName("a grid scope covers the posted grids, not their community")
  void grids() {
    Reach worker = reach(DataScope.postedGrids());
    assertThat(worker.coversGrid(GRID, FAR)).isTrue();
    assertThat(worker.covers(FAR)).isFalse();
    assertThat(worker.areasWithin(DISTRICT)).isEmpty();
    assertThat(Reach.of(new Caller("a-2", List.of(DataScope.self())), Set.of(GRID)).grids())
        .as("posts count only with a GRID scope")
        .isEmpty();
  }

  @Test
  @DisplayName("a granter covers a scope only if it covers every record of it")
  void grantable() {
    Reach street = reach(DataScope.divisionAndBelow(STREET));
    assertThat(street.coversScope(DataScope.divisionAndBelow(COMMUNITY))).isTrue();
    assertThat(street.coversScope(DataScope.division(STREET))).isTrue();
    assertThat(street.coversScope(DataScope.divisionAndBelow(DISTRICT))).isFalse();
    assertThat(street.coversScope(DataScope.all())).isFalse();
    assertThat(street.coversScope(DataScope.custom(List.of(COMMUNITY, FAR), List.of()))).isFalse();
    assertThat(reach(DataScope.division(STREET)).coversScope(DataScope.divisionAndBelow(STREET)))
        .as("one division does not cover what lies under it")
        .isFalse();
    assertThat(street.coversScope(DataScope.postedGrids())).isTrue();
  }

  @Test
  @DisplayName("scopes are checked for the codes their kind needs, and bounded")
  void validScopes() {
    assertThatThrownBy(() -> DataScope.custom(List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("divisions");
    assertThatThrownBy(() -> DataScope.custom(Collections.nCopies(1_001, COMMUNITY), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 1000");
    assertThatThrownBy(() -> DataScope.custom(java.util.Arrays.asList(COMMUNITY, null), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("divisions[]");
    assertThatThrownBy(() -> new Caller("11010519491231002X", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("11010519491231002X");
    assertThatThrownBy(
            () ->
                new ScopeGrant(
                    Caller.SYSTEM_ID, "r", DataScope.all(), "a", java.time.Instant.EPOCH))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("system");
    assertThat(Caller.SYSTEM.isSystem()).isTrue();
    assertThat(new Caller("system", List.of()).isSystem()).isFalse();
  }
}
