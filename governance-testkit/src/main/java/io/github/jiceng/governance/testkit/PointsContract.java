package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.points.PointsAccount;
import io.github.jiceng.governance.points.PointsEntry;
import io.github.jiceng.governance.points.PointsProgram;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The points part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * Points} group: accounts and their ledgers round-trip, an entry is appended only under the version
 * read, and of two redemptions of one balance at once exactly one is stored.
 */
public abstract class PointsContract extends AreaContract {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  private @org.jspecify.annotations.Nullable DivisionCode one;

  /** Community 1, stored the first time it is asked for. */
  private DivisionCode one() {
    DivisionCode stored = one;
    if (stored == null) {
      stored = community(1);
      one = stored;
    }
    return stored;
  }

  private PointsAccount opened(String id) {
    return store().points().open(PointsAccount.open(id, one(), PointsProgram.MORAL_BANK, "H-0001"));
  }

  private static PointsEntry earn(PointsAccount a, int points, String deed) {
    return new PointsEntry(
        a.id(),
        a.entries() + 1,
        PointsEntry.Kind.EARN,
        points,
        deed,
        YearMonth.of(2026, 3),
        DAY,
        "clerk",
        null);
  }

  private static PointsEntry spend(PointsAccount a, int points, String actor) {
    return new PointsEntry(
        a.id(), a.entries() + 1, PointsEntry.Kind.SPEND, points, null, null, DAY, actor, "兑换大米");
  }

  private static PointsAccount after(PointsAccount a, PointsEntry e) {
    return a.after(e);
  }

  @Test
  @DisplayName("an account and its ledger round-trip: balance, entries, deed and month, note")
  void roundTrip() {
    PointsAccount a = opened("P-1");
    PointsEntry scored = earn(a, 5, "care-parent");
    PointsAccount v2 = store().points().append(after(a, scored), scored);
    PointsEntry redeemed = spend(v2, 3, "clerk");
    PointsAccount v3 = store().points().append(after(v2, redeemed), redeemed);

    assertThat(store().points().find("P-1")).contains(v3);
    assertThat(v3.balance()).isEqualTo(2);
    assertThat(v3.version()).isEqualTo(3);
    assertThat(store().points().ledger("P-1")).containsExactly(scored, redeemed);
    assertThat(store().points().findByCommunity(one())).containsExactly(v3);
    assertThatThrownBy(() -> opened("P-1")).isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  @DisplayName("an entry under a version no longer stored is refused, and nothing is appended")
  void staleEntry() {
    PointsAccount a = opened("P-1");
    PointsEntry first = earn(a, 5, "care-parent");
    store().points().append(after(a, first), first);

    PointsEntry late = earn(a, 5, "clean-lane");
    assertThatThrownBy(() -> store().points().append(after(a, late), late))
        .isInstanceOf(WriteConflictException.class);
    assertThat(store().points().ledger("P-1")).containsExactly(first);
    assertThat(store().points().find("P-1").orElseThrow().balance()).isEqualTo(5);
  }

  @Test
  @DisplayName("an account needs its community")
  void needsCommunity() {
    DivisionCode missing = DivisionCode.of(one().value().substring(0, 9) + "198");
    assertThatThrownBy(
            () ->
                store()
                    .points()
                    .open(PointsAccount.open("P-9", missing, PointsProgram.TIME_BANK, "R-1")))
        .isInstanceOf(IntegrityViolationException.class);
  }

  @Test
  @DisplayName("two redemptions of one balance at once: exactly one is stored")
  void twoRedemptionsAtOnce() throws Exception {
    PointsAccount a = opened("P-1");
    PointsEntry scored = earn(a, 10, "care-parent");
    PointsAccount funded = store().points().append(after(a, scored), scored);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (String clerk : List.of("clerk-a", "clerk-b")) {
      tries.add(
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                PointsEntry spend = spend(funded, 10, clerk);
                try {
                  store().points().append(after(funded, spend), spend);
                  return true;
                } catch (WriteConflictException | DuplicateKeyException lost) {
                  return false;
                }
              }));
    }
    start.countDown();
    int stored = 0;
    for (Future<Boolean> t : tries) {
      stored += t.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(stored).isEqualTo(1);
    assertThat(store().points().find("P-1").orElseThrow().balance()).isZero();
    assertThat(store().points().ledger("P-1")).hasSize(2);
  }
}
