package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.spi.ConcurrentModificationException;
import io.github.jiceng.governance.spi.DuplicateKeyException;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.spi.IntegrityViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract: what every {@link GovernanceStore} must do. A store implementation extends
 * this class and supplies an empty store for each test; every test here then runs against it.
 *
 * <pre>{@code
 * class MyStoreContractTest extends GovernanceStoreContract {
 *   protected GovernanceStore createEmptyStore() { return new MyStore(...); }
 * }
 * }</pre>
 *
 * <p>A store that cannot support a scenario overrides that test method with a comment saying why.
 */
public abstract class GovernanceStoreContract {

  /** The store under test, empty at the start of each test. */
  protected GovernanceStore store;

  /** Returns a store holding no records. Called before each test. */
  protected abstract GovernanceStore createEmptyStore() throws Exception;

  /** Releases what {@link #createEmptyStore()} acquired; by default nothing. */
  protected void releaseStore(GovernanceStore used) throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = createEmptyStore();
  }

  @AfterEach
  void closeStore() throws Exception {
    releaseStore(store);
  }

  /** Stores the sample district and street, and returns the street. */
  protected AdministrativeDivision storeDistrictAndStreet() {
    store.divisions().insert(SampleData.district());
    return store.divisions().insert(SampleData.street());
  }

  /** Stores district, street and community {@code n}, and returns the community. */
  protected AdministrativeDivision storeCommunity(int n) {
    if (store.divisions().find(SampleData.STREET).isEmpty()) {
      storeDistrictAndStreet();
    }
    return store.divisions().insert(SampleData.community(n, "社区" + n));
  }


  @Test
  @DisplayName("divisions: insert stores version 1 and find returns an equal division")
  void insertAndFind() {
    AdministrativeDivision stored = store.divisions().insert(SampleData.district());

    assertThat(stored.version()).isEqualTo(1);
    assertThat(store.divisions().find(SampleData.DISTRICT)).contains(stored);
    assertThat(store.divisions().find(DivisionCode.of("110101000000"))).isEmpty();
  }

  @Test
  @DisplayName("divisions: inserting an existing code is rejected and keeps the stored division")
  void duplicateInsert() {
    AdministrativeDivision stored = store.divisions().insert(SampleData.district());

    assertThatThrownBy(() -> store.divisions().insert(SampleData.district().withName("别的区")))
        .isInstanceOf(DuplicateKeyException.class)
        .hasMessageContaining(SampleData.DISTRICT.value());
    assertThat(store.divisions().find(SampleData.DISTRICT)).contains(stored);
  }

  @Test
  @DisplayName("divisions: update with the current version stores the next version")
  void update() {
    AdministrativeDivision stored = store.divisions().insert(SampleData.district());

    AdministrativeDivision updated = store.divisions().update(stored.withName("宣州区（新）"));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(store.divisions().find(SampleData.DISTRICT).orElseThrow().name())
        .isEqualTo("宣州区（新）");
  }

  @Test
  @DisplayName("divisions: update with a stale version is rejected and changes nothing")
  void staleUpdate() {
    AdministrativeDivision v1 = store.divisions().insert(SampleData.district());
    AdministrativeDivision v2 = store.divisions().update(v1.withName("第二次"));

    assertThatThrownBy(() -> store.divisions().update(v1.withName("过期的修改")))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(store.divisions().find(SampleData.DISTRICT)).contains(v2);
  }

  @Test
  @DisplayName("divisions: update of a division that does not exist is a concurrent modification")
  void updateMissing() {
    assertThatThrownBy(() -> store.divisions().update(SampleData.district().withVersion(1)))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(store.divisions().find(SampleData.DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName("divisions: delete needs the current version; a missing division is reported as not deleted")
  void delete() {
    AdministrativeDivision stored = store.divisions().insert(SampleData.district());

    assertThatThrownBy(() -> store.divisions().delete(SampleData.DISTRICT, 7))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(store.divisions().find(SampleData.DISTRICT)).isPresent();

    assertThat(store.divisions().delete(SampleData.DISTRICT, stored.version())).isTrue();
    assertThat(store.divisions().find(SampleData.DISTRICT)).isEmpty();
    assertThat(store.divisions().delete(SampleData.DISTRICT, stored.version())).isFalse();
  }

  @Test
  @DisplayName("divisions: a division cannot be stored before its parent")
  void parentMustExist() {
    assertThatThrownBy(() -> store.divisions().insert(SampleData.street()))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store.divisions().find(SampleData.STREET)).isEmpty();
  }

  @Test
  @DisplayName("divisions: a division with divisions within it cannot be deleted")
  void parentCannotBeDeleted() {
    AdministrativeDivision district = store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());

    assertThatThrownBy(() -> store.divisions().delete(district.code(), district.version()))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store.divisions().find(SampleData.DISTRICT)).contains(district);
  }

  @Test
  @DisplayName("divisions: children and descendants are found, ordered by code")
  void tree() {
    storeDistrictAndStreet();
    store.divisions().insert(SampleData.community(3, "北园社区"));
    store.divisions().insert(SampleData.community(1, "城东社区"));
    store.divisions().insert(SampleData.community(2, "城西社区"));

    assertThat(store.divisions().findChildren(SampleData.DISTRICT))
        .extracting(AdministrativeDivision::code)
        .containsExactly(SampleData.STREET);
    assertThat(store.divisions().findChildren(SampleData.STREET))
        .extracting(AdministrativeDivision::name)
        .containsExactly("城东社区", "城西社区", "北园社区");
    assertThat(store.divisions().findWithin(SampleData.DISTRICT)).hasSize(4);
    assertThat(store.divisions().findWithin(SampleData.communityCode(1))).isEmpty();
  }


  @Test
  @DisplayName("committees: a committee round-trips with its members, terms and groups")
  void roundTrip() {
    storeCommunity(1);
    Committee committee = SampleData.residentsCommittee(1, "城东社区居民委员会", 650);

    Committee stored = store.committees().insert(committee);

    assertThat(stored).isEqualTo(committee.withVersion(1));
    assertThat(store.committees().find(committee.id())).contains(stored);
  }

  @Test
  @DisplayName("committees: an update replaces members and groups")
  void updateReplacesChildren() {
    storeCommunity(1);
    Committee stored =
        store.committees().insert(SampleData.residentsCommittee(1, "城东社区居民委员会", 650));
    Term byElection = Term.of(LocalDate.of(2024, 3, 1), SampleData.TERM.end());
    Committee changed =
        stored.toBuilder()
            .members(stored.members().subList(0, 5))
            .member("周婷", CommitteeRole.MEMBER, byElection)
            .households(1200)
            .build();

    Committee updated = store.committees().update(changed);

    assertThat(updated.version()).isEqualTo(2);
    Committee found = store.committees().find(stored.id()).orElseThrow();
    assertThat(found.households()).isEqualTo(1200);
    assertThat(found.members()).hasSize(6);
    assertThat(found.members().get(5).term()).isEqualTo(byElection);
    assertThat(found.groups()).isEqualTo(stored.groups());
  }

  @Test
  @DisplayName("committees: a committee needs its division to exist")
  void divisionMustExist() {
    storeDistrictAndStreet();

    assertThatThrownBy(
            () -> store.committees().insert(SampleData.residentsCommittee(9, "无此社区", 500)))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store.committees().findWithin(SampleData.DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName("committees: a division governed by a committee cannot be deleted")
  void governedDivisionCannotBeDeleted() {
    AdministrativeDivision community = storeCommunity(1);
    store.committees().insert(SampleData.residentsCommittee(1, "城东社区居民委员会", 650));

    assertThatThrownBy(() -> store.divisions().delete(community.code(), community.version()))
        .isInstanceOf(IntegrityViolationException.class);
    assertThat(store.divisions().find(community.code())).isPresent();
  }

  @Test
  @DisplayName("committees: stale update and stale delete are rejected")
  void staleWrites() {
    storeCommunity(1);
    Committee v1 = store.committees().insert(SampleData.residentsCommittee(1, "城东", 650));
    Committee v2 = store.committees().update(v1.toBuilder().households(700).build());

    assertThatThrownBy(() -> store.committees().update(v1.toBuilder().households(1).build()))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThatThrownBy(() -> store.committees().delete(v1.id(), v1.version()))
        .isInstanceOf(ConcurrentModificationException.class);
    assertThat(store.committees().find(v1.id())).contains(v2);

    assertThat(store.committees().delete(v2.id(), v2.version())).isTrue();
    assertThat(store.committees().find(v1.id())).isEmpty();
  }

  @Test
  @DisplayName("committees: committees are found by division and within an ancestor")
  void queries() {
    storeCommunity(1);
    storeCommunity(2);
    store.committees().insert(SampleData.residentsCommittee(2, "城西", 820));
    store.committees().insert(SampleData.residentsCommittee(1, "城东", 650));

    assertThat(store.committees().findByDivision(SampleData.communityCode(1)))
        .extracting(Committee::name)
        .containsExactly("城东");
    assertThat(store.committees().findWithin(SampleData.DISTRICT))
        .extracting(Committee::name)
        .containsExactly("城东", "城西");
    assertThat(store.committees().findWithin(SampleData.communityCode(2)))
        .extracting(Committee::name)
        .containsExactly("城西");
  }


  @Test
  @DisplayName("transactions: all writes of a unit of work are kept when it succeeds")
  void commit() {
    int count =
        store.inTransaction(
            tx -> {
              tx.divisions().insert(SampleData.district());
              tx.divisions().insert(SampleData.street());
              tx.divisions().insert(SampleData.community(1, "城东社区"));
              return tx.divisions().findWithin(SampleData.DISTRICT).size();
            });

    assertThat(count).isEqualTo(2);
    assertThat(store.divisions().findWithin(SampleData.DISTRICT)).hasSize(2);
  }

  @Test
  @DisplayName("transactions: a failed write midway leaves nothing of the unit of work behind")
  void rollbackOnStoreFailure() {
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.divisions().insert(SampleData.district());
                      tx.divisions().insert(SampleData.street());
                      return tx.divisions().insert(SampleData.street());
                    }))
        .isInstanceOf(DuplicateKeyException.class);

    assertThat(store.divisions().find(SampleData.DISTRICT)).isEmpty();
    assertThat(store.divisions().find(SampleData.STREET)).isEmpty();
  }

  @Test
  @DisplayName("transactions: an exception from the caller's own code undoes inserts, updates and deletes")
  void rollbackOnCallerFailure() {
    storeCommunity(1);
    Committee committee =
        store.committees().insert(SampleData.residentsCommittee(1, "城东", 650));
    AdministrativeDivision community2 = store.divisions().insert(SampleData.community(2, "城西"));

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.committees().update(committee.toBuilder().households(9999).build());
                      tx.divisions().delete(community2.code(), community2.version());
                      tx.divisions().insert(SampleData.community(3, "北园"));
                      throw new IllegalStateException("caller changed its mind");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("caller changed its mind");

    assertThat(store.committees().find(committee.id())).contains(committee);
    assertThat(store.divisions().find(community2.code())).contains(community2);
    assertThat(store.divisions().find(SampleData.communityCode(3))).isEmpty();
  }

  @Test
  @DisplayName("transactions: a unit of work sees its own writes, and a nested unit joins it")
  void nested() {
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.divisions().insert(SampleData.district());
                      tx.inTransaction(inner -> inner.divisions().insert(SampleData.street()));
                      assertThat(tx.divisions().find(SampleData.STREET)).isPresent();
                      throw new IllegalStateException("undo both");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store.divisions().find(SampleData.DISTRICT)).isEmpty();
    assertThat(store.divisions().find(SampleData.STREET)).isEmpty();
  }


  @Test
  @DisplayName("concurrency: of two writers updating the same version, exactly one wins")
  void conflictingWriters() throws Exception {
    storeCommunity(1);
    for (int round = 0; round < 10; round++) {
      Committee read =
          store.committees().find(SampleData.communityCode(1).value() + "-RC")
              .orElseGet(
                  () -> store.committees().insert(SampleData.residentsCommittee(1, "城东", 0)));
      int base = read.households();

      List<Boolean> outcomes =
          runTogether(
              2,
              writer ->
                  () -> {
                    try {
                      store.committees()
                          .update(read.toBuilder().households(base + 1 + writer).build());
                      return true;
                    } catch (ConcurrentModificationException e) {
                      return false;
                    }
                  });

      assertThat(outcomes).containsExactlyInAnyOrder(true, false);
      Committee after = store.committees().find(read.id()).orElseThrow();
      assertThat(after.version()).isEqualTo(read.version() + 1);
      assertThat(after.households()).isIn(base + 1, base + 2);
    }
  }

  @Test
  @DisplayName("concurrency: writers that retry on conflict lose no update")
  void noLostUpdate() throws Exception {
    storeCommunity(1);
    Committee initial = store.committees().insert(SampleData.residentsCommittee(1, "城东", 0));
    int writers = 4;
    int incrementsEach = 25;
    AtomicInteger conflicts = new AtomicInteger();

    runTogether(
        writers,
        writer ->
            () -> {
              for (int i = 0; i < incrementsEach; i++) {
                while (true) {
                  Committee current = store.committees().find(initial.id()).orElseThrow();
                  try {
                    store.committees()
                        .update(current.toBuilder().households(current.households() + 1).build());
                    break;
                  } catch (ConcurrentModificationException e) {
                    conflicts.incrementAndGet();
                  }
                }
              }
              return true;
            });

    Committee after = store.committees().find(initial.id()).orElseThrow();
    assertThat(after.households()).isEqualTo(writers * incrementsEach);
    assertThat(after.version()).isEqualTo(1L + writers * incrementsEach);
  }

  @Test
  @DisplayName("concurrency: of two writers inserting the same key, exactly one succeeds")
  void conflictingInserts() throws Exception {
    storeDistrictAndStreet();
    List<Boolean> outcomes =
        runTogether(
            2,
            writer ->
                () -> {
                  try {
                    store.divisions().insert(SampleData.community(1, "城东" + writer));
                    return true;
                  } catch (DuplicateKeyException e) {
                    return false;
                  }
                });

    assertThat(outcomes).containsExactlyInAnyOrder(true, false);
    assertThat(store.divisions().find(SampleData.communityCode(1)).orElseThrow().version())
        .isEqualTo(1);
  }

  /** A task for writer number {@code i}. */
  @FunctionalInterface
  protected interface Writer<T> {
    Callable<T> task(int writer);
  }

  /** Runs {@code count} writers at once (released together by a barrier) and returns results. */
  protected static <T> List<T> runTogether(int count, Writer<T> writer) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CyclicBarrier start = new CyclicBarrier(count);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<T> task = writer.task(i);
        futures.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return task.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
