package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.StoredPolicy;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.IntegrityViolationException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.WriteConflictException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.desk.AccessDesk;
import io.github.jiceng.governance.desk.DeskSetup;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.grid.Building;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridAssignment;
import io.github.jiceng.governance.grid.GridPost;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.spi.GovernanceStore;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
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
 * <p>The tests are grouped by aggregate in {@code @Nested} classes ({@code Divisions}, {@code
 * Committees}, {@code Transactions}, {@code Concurrency}, {@code TaskAccess}, {@code PartyTrees},
 * {@code GridsHouseholdsResidents}, {@code TextLimits}), which a subclass inherits: extending this
 * one class still runs them all, before each test the store is new. A store that cannot support a
 * scenario excludes that test in its build (for example with Surefire's {@code -Dtest}) and says
 * why; the stores of this repository exclude none.
 */
public abstract class GovernanceStoreContract {

  /** The store under test, empty at the start of each test. */
  protected GovernanceStore store;

  /** Returns a store holding no records. Called before each test. */
  protected abstract GovernanceStore createEmptyStore() throws Exception;

  /** Releases what {@link #createEmptyStore()} acquired; by default nothing. */
  protected void releaseStore(GovernanceStore used) throws Exception {}

  /**
   * A second application instance over the same data as {@link #store} — another store object on
   * the same database — for the tests of writers on several instances. By default the store itself,
   * for stores that cannot be shared (an in-memory store).
   */
  protected GovernanceStore anotherInstance() throws Exception {
    return store;
  }

  /**
   * Raw access to the store's audit records, bypassing the library, for the tests that show that
   * tampering is caught; by default none, and those tests are skipped.
   */
  protected @Nullable AuditTampering auditTampering() {
    return null;
  }

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

  private static final LocalDate ASKED = LocalDate.of(2026, 3, 3);

  /** Stores community {@code n} and the sample request {@code id} for it. */
  protected TaskRequest storeRequest(String id, int n) {
    if (store.divisions().find(SampleData.communityCode(n)).isEmpty()) {
      storeCommunity(n);
    }
    return store.taskRequests().insert(SampleData.taskRequest(id, n));
  }

  private AccessDecision decision(
      TaskRequest request, int sequence, AccessPolicy policy, LocalDate asOf) {
    DivisionCode community = request.targets().communities().get(0);
    return new AccessDecision(
        request.id(),
        community,
        sequence,
        request.department(),
        policy.decide(request, community, asOf));
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

  /** The full text a log would show for {@code e}: messages and stack traces of the whole chain. */
  protected static String printed(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Nested
  @DisplayName("divisions: insert, update, delete, parents and children")
  class Divisions {

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
          .isInstanceOf(WriteConflictException.class);
      assertThat(store.divisions().find(SampleData.DISTRICT)).contains(v2);
    }

    @Test
    @DisplayName("divisions: update of a division that does not exist is a concurrent modification")
    void updateMissing() {
      assertThatThrownBy(() -> store.divisions().update(SampleData.district().withVersion(1)))
          .isInstanceOf(WriteConflictException.class);
      assertThat(store.divisions().find(SampleData.DISTRICT)).isEmpty();
    }

    @Test
    @DisplayName(
        "divisions: delete needs the current version; a missing division is reported as not deleted")
    void delete() {
      AdministrativeDivision stored = store.divisions().insert(SampleData.district());

      assertThatThrownBy(() -> store.divisions().delete(SampleData.DISTRICT, 7))
          .isInstanceOf(WriteConflictException.class);
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
  }

  @Nested
  @DisplayName("committees: members, terms, groups, their division")
  class Committees {

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
          .isInstanceOf(WriteConflictException.class);
      assertThatThrownBy(() -> store.committees().delete(v1.id(), v1.version()))
          .isInstanceOf(WriteConflictException.class);
      assertThat(store.committees().find(v1.id())).contains(v2);

      assertThat(store.committees().delete(v2.id(), v2.version())).isTrue();
      assertThat(store.committees().find(v1.id())).isEmpty();
    }

    @Test
    @DisplayName(
        "committees: committees are found by division and within an ancestor, each with its own members and groups")
    void queries() {
      storeCommunity(1);
      storeCommunity(2);
      Committee west = store.committees().insert(SampleData.residentsCommittee(2, "城西", 820));
      Committee east = store.committees().insert(SampleData.residentsCommittee(1, "城东", 650));

      assertThat(store.committees().findByDivision(SampleData.communityCode(1)))
          .extracting(Committee::name)
          .containsExactly("城东");
      assertThat(store.committees().findWithin(SampleData.DISTRICT))
          .extracting(Committee::name)
          .containsExactly("城东", "城西");
      assertThat(store.committees().findWithin(SampleData.communityCode(2)))
          .extracting(Committee::name)
          .containsExactly("城西");
      // the groups' households differ: a group attached to the wrong committee would show here
      assertThat(store.committees().findWithin(SampleData.DISTRICT)).containsExactly(east, west);
    }
  }

  @Nested
  @DisplayName("transactions: units of work commit or leave nothing behind")
  class Transactions {

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
    @DisplayName(
        "transactions: an exception from the caller's own code undoes inserts, updates and deletes")
    void rollbackOnCallerFailure() {
      storeCommunity(1);
      Committee committee = store.committees().insert(SampleData.residentsCommittee(1, "城东", 650));
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
  }

  @Nested
  @DisplayName("concurrency: writers racing on one record")
  class Concurrency {

    @Test
    @DisplayName("concurrency: of two writers updating the same version, exactly one wins")
    void conflictingWriters() throws Exception {
      storeCommunity(1);
      for (int round = 0; round < 10; round++) {
        Committee read =
            store
                .committees()
                .find(SampleData.communityCode(1).value() + "-RC")
                .orElseGet(
                    () -> store.committees().insert(SampleData.residentsCommittee(1, "城东", 0)));
        int base = read.households();

        List<Boolean> outcomes =
            runTogether(
                2,
                writer ->
                    () -> {
                      try {
                        store
                            .committees()
                            .update(read.toBuilder().households(base + 1 + writer).build());
                        return true;
                      } catch (WriteConflictException e) {
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
                      store
                          .committees()
                          .update(current.toBuilder().households(current.households() + 1).build());
                      break;
                    } catch (WriteConflictException e) {
                      conflicts.incrementAndGet();
                    }
                  }
                }
                return true;
              });

      Committee after = store.committees().find(initial.id()).orElseThrow();
      assertThat(after.households()).isEqualTo(writers * incrementsEach);
      assertThat(after.version()).isEqualTo(1L + (long) writers * incrementsEach);
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
  }

  @Nested
  @DisplayName("task access: policy versions, requests, decisions, approval steps")
  class TaskAccess {

    @Test
    @DisplayName(
        "policies: versions are stored immutably, listed oldest first, and read back deciding the same")
    void policyVersions() {
      AccessPolicy first = SampleData.accessPolicy("2026.1");
      store.accessPolicies().insert(StoredPolicy.of(first, LocalDate.of(2026, 1, 5)));
      store
          .accessPolicies()
          .insert(StoredPolicy.of(SampleData.accessPolicy("2026.2"), LocalDate.of(2026, 7, 1)));

      assertThat(store.accessPolicies().findVersions("xuanzhou-access"))
          .extracting(StoredPolicy::version)
          .containsExactly("2026.1", "2026.2");
      AccessPolicy back =
          store.accessPolicies().find("xuanzhou-access", "2026.1").orElseThrow().policy();
      TaskRequest request = SampleData.taskRequest("R-1", 1);
      assertThat(back.decide(request, SampleData.communityCode(1), ASKED).explain())
          .isEqualTo(first.decide(request, SampleData.communityCode(1), ASKED).explain());
      assertThat(store.accessPolicies().find("xuanzhou-access", "2027.1")).isEmpty();
      assertThatThrownBy(() -> store.accessPolicies().insert(StoredPolicy.of(first, ASKED)))
          .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    @DisplayName(
        "requests: every list survives storage; a whole-street target too; updates follow versions")
    void requestRoundTrip() {
      TaskRequest stored = storeRequest("R-1", 1);
      assertThat(stored.version()).isEqualTo(1);
      assertThat(store.taskRequests().find("R-1")).contains(stored);

      TaskRequest street =
          SampleData.taskRequest("R-2", 1).toBuilder()
              .allCommunitiesOf(SampleData.STREET)
              .item(null)
              .kind(TaskKind.EMERGENCY)
              .channel(Channel.DIRECT)
              .attached(true, false)
              .build();
      assertThat(store.taskRequests().insert(street)).isEqualTo(street.withVersion(1));
      assertThat(store.taskRequests().find("R-2")).contains(street.withVersion(1));
      for (Channel channel : Channel.values()) { // every channel fits its column
        TaskRequest via =
            SampleData.taskRequest("R-C-" + channel, 1).toBuilder().channel(channel).build();
        assertThat(store.taskRequests().insert(via).channel()).isEqualTo(channel);
        assertThat(store.taskRequests().find(via.id()).orElseThrow().channel()).isEqualTo(channel);
      }

      TaskRequest changed = stored.toBuilder().title("改名").forms("F-02").build();
      TaskRequest updated = store.taskRequests().update(changed);
      assertThat(updated.version()).isEqualTo(2);
      assertThat(store.taskRequests().find("R-1")).contains(updated);
      assertThat(updated.forms()).containsExactly("F-01", "F-02");
      assertThatThrownBy(() -> store.taskRequests().update(changed))
          .isInstanceOf(WriteConflictException.class);
      assertThatThrownBy(() -> store.taskRequests().insert(SampleData.taskRequest("R-1", 1)))
          .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    @DisplayName("requests: found by application date, ordered by id")
    void requestsByApplicationDate() {
      storeRequest("R-2", 1);
      storeRequest("R-1", 1);
      store
          .taskRequests()
          .insert(
              SampleData.taskRequest("R-3", 1).toBuilder()
                  .appliedOn(LocalDate.of(2026, 4, 1))
                  .build());

      assertThat(
              store
                  .taskRequests()
                  .findAppliedBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
          .extracting(TaskRequest::id)
          .containsExactly("R-1", "R-2");
      assertThat(
              store
                  .taskRequests()
                  .findAppliedBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1)))
          .extracting(TaskRequest::id)
          .containsExactly("R-1", "R-2", "R-3");
    }

    @Test
    @DisplayName("decisions: stored immutably and explained after reading exactly as when made")
    void decisionRoundTrip() {
      TaskRequest request = storeRequest("R-1", 1);
      AccessPolicy policy = SampleData.accessPolicy("2026.1");
      AccessDecision made = decision(request, 1, policy, ASKED);
      store.accessDecisions().insert(made);

      AccessDecision back = store.accessDecisions().findByRequest("R-1").get(0);
      assertThat(back.id()).isEqualTo(made.id());
      assertThat(back.outcome()).isEqualTo(made.outcome());
      assertThat(back.decidingRules()).isEqualTo(made.decidingRules());
      assertThat(back.decision().results()).isEqualTo(made.decision().results());
      assertThat(back.explain()).isEqualTo(made.explain());
      assertThatThrownBy(() -> store.accessDecisions().insert(made))
          .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    @DisplayName(
        "decisions and approval steps need their request; a request with them cannot be deleted")
    void accessReferences() {
      TaskRequest orphan = SampleData.taskRequest("R-9", 1);
      storeCommunity(1);
      AccessDecision decision = decision(orphan, 1, SampleData.accessPolicy("2026.1"), ASKED);
      assertThatThrownBy(() -> store.accessDecisions().insert(decision))
          .isInstanceOf(IntegrityViolationException.class);
      assertThatThrownBy(
              () ->
                  store
                      .approvals()
                      .append(
                          new ApprovalStep(
                              "R-9", 1, ApprovalAction.REJECTED, ASKED, "领导小组", null, "")))
          .isInstanceOf(IntegrityViolationException.class);

      TaskRequest request = store.taskRequests().insert(orphan);
      store.accessDecisions().insert(decision);
      assertThatThrownBy(() -> store.taskRequests().delete("R-9", request.version()))
          .isInstanceOf(IntegrityViolationException.class);
      assertThat(store.taskRequests().find("R-9")).isPresent();
    }

    @Test
    @DisplayName(
        "decisions: found by scope (district, street, community) and period of their as-of date")
    void decisionsWithin() {
      TaskRequest one = storeRequest("R-1", 1);
      TaskRequest two = storeRequest("R-2", 2);
      AccessPolicy policy = SampleData.accessPolicy("2026.1");
      store.accessDecisions().insert(decision(one, 1, policy, ASKED));
      store.accessDecisions().insert(decision(one, 2, policy, LocalDate.of(2026, 4, 1)));
      store.accessDecisions().insert(decision(two, 1, policy, ASKED));

      assertThat(store.accessDecisions().findWithin(SampleData.DISTRICT, ASKED, ASKED))
          .extracting(AccessDecision::id)
          .containsExactly("R-1/341802001001/1", "R-2/341802001002/1");
      assertThat(
              store
                  .accessDecisions()
                  .findWithin(SampleData.STREET, ASKED, LocalDate.of(2026, 12, 31)))
          .hasSize(3);
      assertThat(
              store
                  .accessDecisions()
                  .findWithin(SampleData.communityCode(2), ASKED, LocalDate.of(2026, 12, 31)))
          .extracting(AccessDecision::requestId)
          .containsExactly("R-2");
    }

    @Test
    @DisplayName("approval steps: appended in order; a second step with the same number is refused")
    void approvalSteps() {
      storeRequest("R-1", 1);
      ApprovalStep approved =
          new ApprovalStep(
              "R-1", 1, ApprovalAction.APPROVED, ASKED, "领导小组", LocalDate.of(2026, 12, 31), "同意");
      ApprovalStep revoked =
          new ApprovalStep(
              "R-1", 2, ApprovalAction.REVOKED, LocalDate.of(2026, 6, 1), "领导小组", null, "");
      store.approvals().append(revoked);
      store.approvals().append(approved);

      assertThat(store.approvals().findByRequest("R-1")).containsExactly(approved, revoked);
      assertThatThrownBy(
              () ->
                  store
                      .approvals()
                      .append(
                          new ApprovalStep(
                              "R-1", 1, ApprovalAction.REJECTED, ASKED, "另一位", null, "")))
          .isInstanceOf(DuplicateKeyException.class);
      assertThat(store.approvals().findByRequest("R-2")).isEmpty();
    }

    @Test
    @DisplayName("transactions: decisions and steps written before a failure are all rolled back")
    void accessRollback() {
      TaskRequest request = storeRequest("R-1", 1);
      AccessPolicy policy = SampleData.accessPolicy("2026.1");
      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      tx -> {
                        tx.accessDecisions().insert(decision(request, 1, policy, ASKED));
                        tx.approvals()
                            .append(
                                new ApprovalStep(
                                    "R-1", 1, ApprovalAction.REJECTED, ASKED, "领导小组", null, ""));
                        tx.accessPolicies().insert(StoredPolicy.of(policy, ASKED));
                        return tx.accessDecisions().insert(decision(request, 1, policy, ASKED));
                      }))
          .isInstanceOf(DuplicateKeyException.class);
      assertThat(store.accessDecisions().findByRequest("R-1")).isEmpty();
      assertThat(store.approvals().findByRequest("R-1")).isEmpty();
      assertThat(store.accessPolicies().findVersions("xuanzhou-access")).isEmpty();
    }

    @Test
    @DisplayName(
        "task desk: deciding again under a newer policy version adds a decision and keeps the old one")
    void redecideKeepsHistory() {
      storeCommunity(1);
      AccessDesk desk =
          new AccessDesk(
              DeskSetup.of(
                      store,
                      NationalDefaults.policy(),
                      java.time.Clock.fixed(
                          ASKED.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                          java.time.ZoneOffset.UTC))
                  .asSystem());
      AccessPolicy first = SampleData.accessPolicy("2026.1");
      AccessPolicy second =
          AccessPolicy.builder("xuanzhou-access", "2026.2")
              .basedOn(first.parameters())
              .items(first.items().stream().filter(i -> !i.code().equals("D-01")).toList())
              .build();
      desk.publish(first);
      desk.publish(second);
      desk.submit(SampleData.taskRequest("R-1", 1));

      AccessDecision before = desk.decide("R-1", desk.policy("xuanzhou-access", "2026.1")).get(0);
      AccessDecision after = desk.decide("R-1", desk.policy("xuanzhou-access", "2026.2")).get(0);

      assertThat(before.outcome()).isEqualTo(AccessOutcome.REFUSED); // form F-01 is not approved
      assertThat(before.decidingRules()).containsExactly("A10");
      assertThat(after.sequence()).isEqualTo(2);
      assertThat(after.decision().policyVersion()).isEqualTo("2026.2");
      assertThat(desk.decisions("R-1")).extracting(AccessDecision::sequence).containsExactly(1, 2);
      assertThat(desk.decisions("R-1").get(0).explain()).isEqualTo(before.explain());
    }

    @Test
    @DisplayName(
        "concurrency: of two clerks recording the leadership group's step at once, exactly one succeeds")
    void concurrentApprovals() throws Exception {
      storeRequest("R-1", 1);
      AccessDesk desk =
          new AccessDesk(
              DeskSetup.of(store, NationalDefaults.policy(), java.time.Clock.systemUTC())
                  .asSystem());
      List<String> outcomes =
          runTogether(
              2,
              writer ->
                  () -> {
                    try {
                      desk.approve("R-1", "领导小组" + writer, ASKED, LocalDate.of(2026, 12, 31), "");
                      return "approved";
                    } catch (DuplicateKeyException | InvalidInputException e) {
                      return "refused";
                    }
                  });
      assertThat(outcomes).containsExactlyInAnyOrder("approved", "refused");
      assertThat(store.approvals().findByRequest("R-1")).hasSize(1);
    }
  }

  @Nested
  @DisplayName("party trees: whole trees, versioned, found by community")
  class PartyTrees {

    @Test
    @DisplayName(
        "party: a tree round-trips whole: kinds, placements, terms, approvals, leaders with seats, members with points")
    void partyRoundTrip() {
      storeCommunity(1);
      PartyTree tree = SampleData.partyTree(1);

      PartyTree stored = store.partyTrees().insert(tree);

      assertThat(stored).isEqualTo(tree.withVersion(1));
      PartyTree found = store.partyTrees().find(tree.id()).orElseThrow();
      assertThat(found).isEqualTo(stored);
      assertThat(found.organizations())
          .extracting(PartyOrganization::id)
          .containsExactlyElementsOf(
              tree.organizations().stream().map(PartyOrganization::id).toList());
      assertThat(found.oneShoulderOn(LocalDate.of(2025, 1, 1))).isPresent();
    }

    @Test
    @DisplayName(
        "party: an update replaces the whole tree; a stale update or delete is rejected and changes nothing")
    void partyUpdate() {
      storeCommunity(1);
      PartyTree v1 = store.partyTrees().insert(SampleData.partyTree(1));
      PartyOrganization root = v1.root();
      PartyOrganization withoutJoint =
          root.toBuilder()
              .replaceChildren(root.children().subList(0, 2))
              .members(PartyMember.probationary("new-member", "新党员", LocalDate.of(2026, 7, 1)))
              .build();

      PartyTree v2 = store.partyTrees().update(v1.withRoot(withoutJoint));

      assertThat(v2.version()).isEqualTo(2);
      PartyTree found = store.partyTrees().find(v1.id()).orElseThrow();
      assertThat(found.root().children()).hasSize(2);
      assertThat(found.root().members()).hasSize(root.members().size() + 1);
      assertThat(found).isEqualTo(v2);
      assertThatThrownBy(() -> store.partyTrees().update(v1))
          .isInstanceOf(WriteConflictException.class);
      assertThatThrownBy(() -> store.partyTrees().delete(v1.id(), 1))
          .isInstanceOf(WriteConflictException.class);
      assertThat(store.partyTrees().find(v1.id())).contains(v2);
      assertThat(store.partyTrees().delete(v1.id(), 2)).isTrue();
      assertThat(store.partyTrees().find(v1.id())).isEmpty();
      assertThat(store.partyTrees().delete(v1.id(), 2)).isFalse();
    }

    @Test
    @DisplayName(
        "party: a tree needs its community; the community cannot be deleted under it; ids are unique")
    void partyReferences() {
      storeDistrictAndStreet();
      assertThatThrownBy(() -> store.partyTrees().insert(SampleData.partyTree(1)))
          .isInstanceOf(IntegrityViolationException.class);
      AdministrativeDivision community = store.divisions().insert(SampleData.community(1, "城东社区"));
      store.partyTrees().insert(SampleData.partyTree(1));

      assertThatThrownBy(() -> store.partyTrees().insert(SampleData.partyTree(1)))
          .isInstanceOf(DuplicateKeyException.class);
      assertThatThrownBy(() -> store.divisions().delete(community.code(), community.version()))
          .isInstanceOf(IntegrityViolationException.class);
      assertThat(store.divisions().find(community.code())).isPresent();
    }

    @Test
    @DisplayName("party: trees are found by community and within an ancestor, ordered by id")
    void partyQueries() {
      storeCommunity(1);
      storeCommunity(2);
      store.partyTrees().insert(SampleData.partyTree(2));
      store.partyTrees().insert(SampleData.partyTree(1));

      assertThat(store.partyTrees().findByCommunity(SampleData.communityCode(2)))
          .extracting(PartyTree::id)
          .containsExactly(SampleData.communityCode(2).value() + "-P");
      assertThat(store.partyTrees().findWithin(SampleData.DISTRICT))
          .extracting(PartyTree::id)
          .containsExactly(
              SampleData.communityCode(1).value() + "-P",
              SampleData.communityCode(2).value() + "-P");
      assertThat(store.partyTrees().findWithin(SampleData.DISTRICT).get(1))
          .isEqualTo(SampleData.partyTree(2).withVersion(1));
      assertThat(store.partyTrees().findByCommunity(SampleData.communityCode(3))).isEmpty();
    }

    @Test
    @DisplayName("party: a unit of work that fails after writing a tree leaves no tree behind")
    void partyRollback() {
      storeCommunity(1);

      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      tx -> {
                        tx.partyTrees().insert(SampleData.partyTree(1));
                        return tx.partyTrees().insert(SampleData.partyTree(1));
                      }))
          .isInstanceOf(DuplicateKeyException.class);

      assertThat(store.partyTrees().findByCommunity(SampleData.communityCode(1))).isEmpty();
    }
  }

  @Nested
  @DisplayName("grids, households and residents: round trips, bulk imports, queries")
  class GridsHouseholdsResidents {

    @Test
    @DisplayName(
        "an identity number stored in one county is refused in another, in an import or an"
            + " update alike, and never printed")
    void identityNumbersUniqueAcrossCounties() {
      storeDistrictAndStreet();
      store.divisions().insert(SampleData.community(1, "城南社区"));
      DivisionCode jinghu = DivisionCode.of("340202000000");
      DivisionCode fanchang = DivisionCode.of("340202001000");
      DivisionCode xiyangli = DivisionCode.of("340202001001");
      store
          .divisions()
          .insert(new AdministrativeDivision(jinghu, "镜湖区", DivisionLevel.DISTRICT, 0));
      store
          .divisions()
          .insert(new AdministrativeDivision(fanchang, "范罗山街道", DivisionLevel.STREET, 0));
      store
          .divisions()
          .insert(new AdministrativeDivision(xiyangli, "西洋里社区", DivisionLevel.COMMUNITY, 0));
      store
          .households()
          .insert(Household.house("H-XZ", SampleData.communityCode(1), null, "城南路1号"));
      store.households().insert(Household.house("H-JH", xiyangli, null, "西洋里1号"));
      io.github.jiceng.governance.people.IdentityNumber number =
          io.github.jiceng.governance.people.IdentityNumber.of(SampleData.identityNumber(7));
      store
          .residents()
          .insert(
              io.github.jiceng.governance.people.Resident.of(
                  "R-XZ",
                  "H-XZ",
                  "张华",
                  number.value(),
                  io.github.jiceng.governance.people.Relation.HEAD));

      Throwable imported =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  store
                      .residents()
                      .insertAll(
                          List.of(
                              io.github.jiceng.governance.people.Resident.of(
                                  "R-JH",
                                  "H-JH",
                                  "李明",
                                  number.value(),
                                  io.github.jiceng.governance.people.Relation.HEAD))));
      assertThat(imported).isInstanceOf(DuplicateKeyException.class);
      assertThat(printed(imported)).doesNotContain(number.value());
      assertThat(store.residents().findByHousehold("H-JH")).as("nothing imported").isEmpty();

      io.github.jiceng.governance.people.Resident other =
          store
              .residents()
              .insert(
                  io.github.jiceng.governance.people.Resident.of(
                      "R-JH",
                      "H-JH",
                      "李明",
                      SampleData.identityNumber(8),
                      io.github.jiceng.governance.people.Relation.HEAD));
      // the other resident, given the number 张华 holds
      io.github.jiceng.governance.people.Resident renumbered =
          new io.github.jiceng.governance.people.Resident(
              other.id(),
              other.householdId(),
              other.name(),
              number,
              null,
              other.relation(),
              other.tags(),
              other.version());
      Throwable updated =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> store.residents().update(renumbered));
      assertThat(updated).isInstanceOf(DuplicateKeyException.class);
      assertThat(store.residents().find("R-JH")).contains(other);

      store.residents().delete("R-XZ", 1);
      assertThat(store.residents().update(renumbered).identityNumber())
          .as("a number let go by a deleted resident can be taken")
          .isEqualTo(number);
    }

    @Test
    @DisplayName(
        "grids: a grid round-trips with buildings and posts; an update replaces them; stale writes are rejected")
    void gridRoundTrip() {
      storeCommunity(1);
      Grid grid = SampleData.grid(1, 1).withPartyContact("赵联络");

      Grid stored = store.grids().insert(grid);

      assertThat(stored).isEqualTo(grid.withVersion(1));
      assertThat(store.grids().find(grid.code())).contains(stored);
      Grid changed =
          stored
              .assign(GridAssignment.of("W9", "钱兼职", GridPost.PART_TIME, LocalDate.of(2025, 3, 1)))
              .withBuildings(new Building("C001-G01-B3", "新楼", 1));
      Grid v2 = store.grids().update(changed);
      assertThat(v2.version()).isEqualTo(2);
      assertThat(store.grids().find(grid.code()).orElseThrow()).isEqualTo(v2);
      assertThat(v2.assignments()).hasSize(3);
      assertThatThrownBy(() -> store.grids().update(stored))
          .isInstanceOf(WriteConflictException.class);
      assertThatThrownBy(() -> store.grids().delete(grid.code(), 1))
          .isInstanceOf(WriteConflictException.class);
      assertThat(store.grids().delete(grid.code(), 2)).isTrue();
      assertThat(store.grids().find(grid.code())).isEmpty();
    }

    @Test
    @DisplayName(
        "grids: references hold — grid needs its community, household its grid, resident its household; none can be deleted under the other")
    void gridReferences() {
      storeDistrictAndStreet();
      assertThatThrownBy(() -> store.grids().insert(SampleData.grid(1, 1)))
          .isInstanceOf(IntegrityViolationException.class);
      AdministrativeDivision community = store.divisions().insert(SampleData.community(1, "城东社区"));
      List<Household> households = SampleData.households(1, 1, 2);
      assertThatThrownBy(() -> store.households().insert(households.get(0)))
          .isInstanceOf(IntegrityViolationException.class);
      Grid grid = store.grids().insert(SampleData.grid(1, 1));
      Household household = store.households().insert(households.get(0));
      List<Resident> residents = SampleData.residents(households, 1, 0);
      assertThatThrownBy(() -> store.residents().insert(residents.get(1)))
          .isInstanceOf(IntegrityViolationException.class);
      Resident resident = store.residents().insert(residents.get(0));

      assertThatThrownBy(() -> store.households().insert(household))
          .isInstanceOf(DuplicateKeyException.class);
      assertThatThrownBy(() -> store.grids().delete(grid.code(), grid.version()))
          .isInstanceOf(IntegrityViolationException.class);
      assertThatThrownBy(() -> store.households().delete(household.id(), household.version()))
          .isInstanceOf(IntegrityViolationException.class);
      assertThatThrownBy(() -> store.divisions().delete(community.code(), community.version()))
          .isInstanceOf(IntegrityViolationException.class);
      assertThat(store.residents().delete(resident.id(), 1)).isTrue();
      assertThat(store.households().delete(household.id(), 1)).isTrue();
      assertThat(store.grids().delete(grid.code(), 1)).isTrue();
    }

    @Test
    @DisplayName(
        "residents: round trip with phone, tags and relation; moving household; an identity number belongs to one resident, and the error does not show it")
    void residentRoundTripAndUniqueIdentity() {
      storeCommunity(1);
      store.grids().insert(SampleData.grid(1, 1));
      List<Household> households = store.households().insertAll(SampleData.households(1, 1, 2));
      Resident first =
          SampleData.residents(households, 1, 10)
              .get(0)
              .withPhone(io.github.jiceng.governance.people.PhoneNumber.of("13812345678"))
              .tagged(CareTag.LOW_INCOME, CareTag.DISABLED);

      Resident stored = store.residents().insert(first);

      assertThat(stored).isEqualTo(first.withVersion(1));
      assertThat(store.residents().find(first.id())).contains(stored);
      assertThat(store.residents().findByIdentityNumber(first.identityNumber())).contains(stored);
      Resident moved = store.residents().update(stored.movedTo(households.get(1).id()));
      assertThat(moved.version()).isEqualTo(2);
      assertThat(store.residents().findByHousehold(households.get(1).id())).containsExactly(moved);

      Resident twin =
          new Resident(
              "other",
              households.get(0).id(),
              "另一人",
              first.identityNumber(),
              null,
              io.github.jiceng.governance.people.Relation.HEAD,
              java.util.Set.of(),
              0);
      Throwable duplicate =
          org.assertj.core.api.Assertions.catchThrowable(() -> store.residents().insert(twin));
      assertThat(duplicate).isInstanceOf(DuplicateKeyException.class);
      assertThat(printed(duplicate)).doesNotContain(first.identityNumber().value());
      Resident second = store.residents().insert(SampleData.residents(households, 1, 11).get(1));
      Throwable taken =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  store
                      .residents()
                      .update(
                          new Resident(
                              second.id(),
                              second.householdId(),
                              second.name(),
                              first.identityNumber(),
                              null,
                              second.relation(),
                              second.tags(),
                              second.version())));
      assertThat(taken).isInstanceOf(DuplicateKeyException.class);
      assertThat(printed(taken)).doesNotContain(first.identityNumber().value());
      assertThat(store.residents().find(second.id())).contains(second);
    }

    @Test
    @DisplayName(
        "bulk: 1,200 households and 3,600 residents import in one transaction and answer the grid, tag and count queries")
    void bulkImportAndQueries() {
      storeCommunity(1);
      storeCommunity(2);
      store.grids().insert(SampleData.grid(1, 1));
      store.grids().insert(SampleData.grid(1, 2));
      store.grids().insert(SampleData.grid(2, 1));
      List<Household> households = new ArrayList<>(SampleData.households(1, 1, 500));
      households.addAll(SampleData.households(1, 2, 400));
      List<Household> elsewhere = SampleData.households(2, 1, 300);
      List<Resident> residents = SampleData.residents(households, 3, 0);
      List<Resident> residentsElsewhere = SampleData.residents(elsewhere, 3, 10_000);

      store.inTransaction(
          tx -> {
            tx.households().insertAll(households);
            tx.households().insertAll(elsewhere);
            tx.residents().insertAll(residents);
            return tx.residents().insertAll(residentsElsewhere);
          });

      assertThat(store.households().findByGrid(SampleData.gridCode(1, 2)))
          .hasSize(400)
          .allMatch(h -> h.version() == 1)
          .first()
          .isEqualTo(households.get(500).withVersion(1));
      assertThat(store.households().findByCommunity(SampleData.communityCode(1))).hasSize(900);
      assertThat(store.households().find(elsewhere.get(7).id()).orElseThrow().grid())
          .isEqualTo(SampleData.gridCode(2, 1));
      List<Resident> elderly =
          store.residents().findByTag(SampleData.communityCode(1), CareTag.EMPTY_NEST_ELDERLY);
      assertThat(elderly).hasSize(270).allMatch(r -> r.has(CareTag.EMPTY_NEST_ELDERLY));
      assertThat(elderly).extracting(Resident::id).isSorted();
      assertThat(store.residents().findByTag(SampleData.communityCode(1), CareTag.FLOATING))
          .isEmpty();
      java.util.Map<String, Integer> counts =
          store.residents().countByHousehold(SampleData.communityCode(1));
      assertThat(counts).hasSize(900).containsEntry(households.get(0).id(), 3);
      assertThat(store.residents().findByHousehold(households.get(3).id()))
          .hasSize(3)
          .containsExactlyElementsOf(
              residents.subList(9, 12).stream().map(r -> r.withVersion(1)).toList());
    }

    @Test
    @DisplayName(
        "bulk: an import failing midway (a repeated identity number at resident 2,001) leaves nothing behind, and says so without the number")
    void bulkImportFailingMidwayLeavesNothing() {
      storeCommunity(1);
      store.grids().insert(SampleData.grid(1, 1));
      List<Household> households = SampleData.households(1, 1, 1000);
      List<Resident> residents = new ArrayList<>(SampleData.residents(households, 3, 0));
      Resident original = residents.get(10);
      Resident repeat = residents.get(2000);
      residents.set(
          2000,
          new Resident(
              repeat.id(),
              repeat.householdId(),
              repeat.name(),
              original.identityNumber(),
              null,
              repeat.relation(),
              repeat.tags(),
              0));

      Throwable failure =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  store.inTransaction(
                      tx -> {
                        tx.households().insertAll(households);
                        return tx.residents().insertAll(residents);
                      }));

      assertThat(failure).isInstanceOf(DuplicateKeyException.class);
      assertThat(printed(failure)).doesNotContain(original.identityNumber().value());
      assertThat(store.households().findByCommunity(SampleData.communityCode(1))).isEmpty();
      assertThat(store.residents().find(residents.get(0).id())).isEmpty();
      assertThat(store.residents().findByIdentityNumber(original.identityNumber())).isEmpty();
      assertThat(store.residents().countByHousehold(SampleData.communityCode(1))).isEmpty();
      // The store is still usable: the corrected import goes through.
      residents.set(2000, repeat);
      store.inTransaction(
          tx -> {
            tx.households().insertAll(households);
            return tx.residents().insertAll(residents);
          });
      assertThat(store.residents().countByHousehold(SampleData.communityCode(1))).hasSize(1000);
    }

    @Test
    @DisplayName(
        "tallies: a community's households and residents per grid, and the households in no grid,"
            + " in another community's grid, or outside the grid that lists their building")
    void talliesCountByGrid() {
      storeCommunity(1);
      storeCommunity(2);
      store.grids().insert(SampleData.grid(1, 1));
      store.grids().insert(SampleData.grid(1, 2));
      store.grids().insert(SampleData.grid(2, 1));
      List<Household> households = new ArrayList<>(SampleData.households(1, 1, 4));
      households.addAll(SampleData.households(1, 2, 2));
      Household inGridOneBuildingOfTwo = SampleData.households(1, 2, 3).get(2);
      households.add(
          Household.inBuilding(
              "C001-X-1",
              inGridOneBuildingOfTwo.community(),
              SampleData.gridCode(1, 1),
              "C001-G02-B1",
              null,
              "锦绣苑2栋"));
      households.add(Household.house("C001-X-2", SampleData.communityCode(1), null, "城南路2号"));
      households.add(
          Household.house(
              "C001-X-3", SampleData.communityCode(1), SampleData.gridCode(2, 1), "城北路3号"));
      store.households().insertAll(households);
      store.residents().insertAll(SampleData.residents(households.subList(0, 6), 3, 0));

      io.github.jiceng.governance.grid.GridTallies t =
          store.households().tallies(SampleData.communityCode(1));

      assertThat(t.households()).isEqualTo(9);
      assertThat(t.of(SampleData.gridCode(1, 1)))
          .isEqualTo(new io.github.jiceng.governance.grid.GridTallies.Tally(5, 12));
      assertThat(t.of(SampleData.gridCode(1, 2)))
          .isEqualTo(new io.github.jiceng.governance.grid.GridTallies.Tally(2, 6));
      assertThat(t.unplaced()).containsExactly("C001-X-2");
      assertThat(t.inOtherGrids()).containsExactly("C001-X-3");
      assertThat(t.outsideTheirBuilding()).containsExactly("C001-X-1");
      assertThat(store.households().tallies(SampleData.communityCode(2)).households()).isZero();
    }

    @Test
    @DisplayName(
        "bulk: insertAll alone is one transaction — a household with a missing grid at position 600 stores none of the 1,000")
    void insertAllIsAtomic() {
      storeCommunity(1);
      store.grids().insert(SampleData.grid(1, 1));
      List<Household> households = new ArrayList<>(SampleData.households(1, 1, 1000));
      households.set(600, households.get(600).inGrid(SampleData.gridCode(1, 9)));

      assertThatThrownBy(() -> store.households().insertAll(households))
          .isInstanceOf(IntegrityViolationException.class);

      assertThat(store.households().findByCommunity(SampleData.communityCode(1))).isEmpty();
      assertThatThrownBy(
              () -> store.households().insertAll(List.of(households.get(0), households.get(0))))
          .isInstanceOf(DuplicateKeyException.class);
      assertThat(store.households().findByCommunity(SampleData.communityCode(1))).isEmpty();
    }
  }

  @Nested
  @DisplayName("audit trail: chained appends, pruning, writers on two instances, tampering caught")
  class AuditTrail extends AuditTrailContract {
    @Override
    protected GovernanceStore store() {
      return store;
    }

    @Override
    protected GovernanceStore anotherInstance() throws Exception {
      return GovernanceStoreContract.this.anotherInstance();
    }

    @Override
    protected @Nullable AuditTampering tampering() {
      return auditTampering();
    }
  }

  @Nested
  @DisplayName("data scope: no read outside scope in any query, grants within the granter's scope")
  class DataScope extends DataScopeContract {
    @Override
    protected GovernanceStore store() {
      return store;
    }
  }

  @Nested
  @DisplayName("worker assessments: scores, by community and period, their community")
  class Assessments extends AssessmentsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("openness logs: publications and major matters in order, once each, their committee")
  class OpennessLogs extends OpennessLogsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("owners: an update never moves a record to another community")
  class Owners extends OwnersContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("elections: counted rounds whole and once, even at once; their committee; figures")
  class Elections extends ElectionsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("division changes: merges, renames, abolitions round-trip; references; no deletion")
  class DivisionChanges extends DivisionChangesContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("consultations, residents' councils and projects: round trips, versions, references")
  class Consultations extends ConsultationsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("social organisations: every field, versions, their community")
  class Organisations extends OrganisationsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("care visits: round trips, by community in day order, their community")
  class CareVisits extends CareVisitsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("points: accounts and ledgers, entries under the version, two redemptions at once")
  class Points extends PointsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("facilities: areas and codes, versions, their community, by community and area")
  class Facilities extends FacilitiesContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("service requests: attributes, histories, versions, two clerks at once")
  class ServiceRequests extends ServiceRequestsContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("cases: every field, histories, versions, two dispatchers at once")
  class Cases extends CasesContract {
    @Override
    protected GovernanceStoreContract host() {
      return GovernanceStoreContract.this;
    }
  }

  @Nested
  @DisplayName("text limits: every stored text field at its limit")
  class TextLimits {

    @Test
    @DisplayName(
        "every text field of every stored record holds its limit exactly and reads back whole; one character more is refused with a typed error naming the field")
    void textFieldsAtTheirLimits() {
      assertThat(new TextLimitChecks(store).run()).as("record types checked").isEqualTo(10);
    }
  }
}
