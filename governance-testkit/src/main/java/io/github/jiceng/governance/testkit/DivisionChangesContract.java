package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.division.DivisionChange;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The division-change part of the storage contract, run by {@link GovernanceStoreContract} as its
 * {@code DivisionChanges} group: a change round-trips with its divisions in order, a county's
 * changes come in the order they take effect, a change names stored divisions only, and a division
 * a change names cannot be deleted.
 */
public abstract class DivisionChangesContract extends AreaContract {
  private static final Citation BASIS = Citation.of("区政府关于社区撤并整合的批复", "第二条");

  @Test
  @DisplayName(
      "a merge, a rename and an abolition round-trip with every field; a county's changes come"
          + " by effective day, then id")
  void roundTrip() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    DivisionCode three = community(3);
    DivisionCode street = one.parent().orElseThrow();
    DivisionChange merge =
        store()
            .divisions()
            .recordChange(
                DivisionChange.merge(
                    "CH-B", LocalDate.of(2026, 3, 1), List.of(three, one, two), one, BASIS));
    DivisionChange rename =
        store()
            .divisions()
            .recordChange(
                DivisionChange.rename(
                    "CH-A",
                    LocalDate.of(2026, 3, 1),
                    one,
                    "城东社区",
                    "城东新村社区",
                    Citation.of("区民政局更名批复")));
    DivisionChange abolish =
        store()
            .divisions()
            .recordChange(DivisionChange.abolish("CH-0", LocalDate.of(2026, 7, 1), street, BASIS));

    assertThat(merge.version()).isEqualTo(1);
    assertThat(store().divisions().findChange("CH-B")).contains(merge);
    assertThat(store().divisions().findChange("CH-B").orElseThrow().predecessors())
        .containsExactly(three, one, two);
    assertThat(store().divisions().findChange("CH-A")).contains(rename);
    assertThat(store().divisions().changesIn(one.countyCode()))
        .containsExactly(rename, merge, abolish);
    assertThat(store().divisions().changesIn("110105")).isEmpty();
  }

  @Test
  @DisplayName(
      "a change names stored divisions only, its id once; a division it names cannot be deleted")
  void references() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    DivisionCode missing = DivisionCode.of(one.value().substring(0, 9) + "196");
    DivisionChange merge =
        DivisionChange.merge("CH-1", LocalDate.of(2026, 3, 1), List.of(one, two), one, BASIS);
    store().divisions().recordChange(merge);

    assertThatThrownBy(() -> store().divisions().recordChange(merge))
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(
            () ->
                store()
                    .divisions()
                    .recordChange(
                        DivisionChange.merge(
                            "CH-2", LocalDate.of(2026, 3, 1), List.of(one, missing), one, BASIS)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().divisions().findChange("CH-2")).isEmpty();
    long version = store().divisions().find(two).orElseThrow().version();
    assertThatThrownBy(() -> store().divisions().delete(two, version))
        .isInstanceOf(IntegrityViolationException.class);
  }
}
