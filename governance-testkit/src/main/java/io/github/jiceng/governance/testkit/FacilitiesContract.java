package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.facility.FacilityKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The facility part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * Facilities} group: facilities round-trip with their area and codes, versions guard updates, a
 * facility needs its community, and queries select by community and area.
 */
public abstract class FacilitiesContract extends AreaContract {
  private static Facility centre(String id, DivisionCode community) {
    return Facility.of(
        id,
        community,
        FacilityKind.SERVICE_CENTRE,
        "城南社区党群服务中心",
        new BigDecimal("560.5"),
        "police-room",
        "office",
        "culture-room");
  }

  @Test
  @DisplayName("a facility round-trips with its area to the hundredth and its codes, sorted")
  void roundTrip() {
    DivisionCode one = community(1);
    Facility stored = store().facilities().insert(centre("F-1", one));

    Facility read = store().facilities().find("F-1").orElseThrow();

    assertThat(read).isEqualTo(stored);
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.floorArea()).isEqualByComparingTo("560.50");
    assertThat(read.functions()).containsExactly("culture-room", "office", "police-room");
  }

  @Test
  @DisplayName("an update needs the version read; its codes are replaced whole")
  void updates() {
    DivisionCode one = community(1);
    Facility v1 = store().facilities().insert(centre("F-1", one));
    Facility changed =
        new Facility(
            v1.id(), one, v1.kind(), v1.name(), new BigDecimal("600"), List.of("office"), 1);

    Facility v2 = store().facilities().update(changed);

    assertThat(v2.version()).isEqualTo(2);
    assertThat(store().facilities().find("F-1").orElseThrow().functions())
        .containsExactly("office");
    assertThatThrownBy(() -> store().facilities().update(changed))
        .isInstanceOf(WriteConflictException.class);
    assertThatThrownBy(() -> store().facilities().insert(centre("F-1", one)))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(store().facilities().delete("F-1", 2)).isTrue();
    assertThat(store().facilities().find("F-1")).isEmpty();
    assertThat(store().facilities().delete("F-1", 2)).isFalse();
  }

  @Test
  @DisplayName("a facility needs its community, and a community with facilities cannot be deleted")
  void references() {
    DivisionCode one = community(1);
    DivisionCode missing = DivisionCode.of(one.value().substring(0, 9) + "199");
    assertThatThrownBy(() -> store().facilities().insert(centre("F-9", missing)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().facilities().find("F-9")).isEmpty();

    store().facilities().insert(centre("F-1", one));
    long version = store().divisions().find(one).orElseThrow().version();
    assertThatThrownBy(() -> store().divisions().delete(one, version))
        .isInstanceOf(IntegrityViolationException.class);
  }

  @Test
  @DisplayName("facilities are selected by community and by area, in id order")
  void queries() {
    DivisionCode one = community(1);
    DivisionCode two = community(2);
    store().facilities().insert(centre("F-2", one));
    store().facilities().insert(centre("F-1", one));
    store().facilities().insert(centre("F-3", two));

    assertThat(store().facilities().findByCommunity(one))
        .extracting(Facility::id)
        .containsExactly("F-1", "F-2");
    DivisionCode street = one.parent().orElseThrow();
    assertThat(store().facilities().findWithin(street))
        .extracting(Facility::id)
        .containsExactly("F-1", "F-2", "F-3");
    assertThat(store().facilities().findWithin(one))
        .extracting(Facility::id)
        .containsExactly("F-1", "F-2");
  }
}
