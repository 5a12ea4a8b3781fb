package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.care.CareVisit;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.people.CareTag;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The care part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * CareVisits} group: visits round-trip, are found by community in day order, and need their
 * community.
 */
public abstract class CareVisitsContract extends AreaContract {
  private static CareVisit visit(String id, DivisionCode community, LocalDate on) {
    return CareVisit.of(
        id,
        "R-1",
        community,
        CareTag.UNDER_ASSISTANCE_AND_EDUCATION,
        CareVisit.Kind.TALK,
        on,
        "worker");
  }

  @Test
  @DisplayName("visits round-trip and are found by community, by day then id")
  void roundTrip() {
    DivisionCode one = community(1);
    CareVisit late = store().careVisits().insert(visit("V-1", one, LocalDate.of(2026, 5, 2)));
    CareVisit early = store().careVisits().insert(visit("V-2", one, LocalDate.of(2026, 4, 20)));

    assertThat(store().careVisits().find("V-1")).contains(late);
    assertThat(late.version()).isEqualTo(1);
    assertThat(store().careVisits().findByCommunity(one)).containsExactly(early, late);
    assertThatThrownBy(
            () -> store().careVisits().insert(visit("V-1", one, LocalDate.of(2026, 5, 3))))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  @DisplayName("a visit needs its community")
  void needsCommunity() {
    DivisionCode one = community(1);
    DivisionCode missing = DivisionCode.of(one.value().substring(0, 9) + "197");
    assertThatThrownBy(
            () -> store().careVisits().insert(visit("V-9", missing, LocalDate.of(2026, 5, 2))))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store().careVisits().find("V-9")).isEmpty();
  }
}
