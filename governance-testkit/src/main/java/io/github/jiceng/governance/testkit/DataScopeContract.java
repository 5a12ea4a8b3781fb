package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.BurdenReport;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.GovernanceException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridAssignment;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridPost;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.grid.MaskedHousehold;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.MaskedResident;
import io.github.jiceng.governance.people.Relation;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.scope.Purpose;
import io.github.jiceng.governance.scope.ScopeKind;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The data-scope part of the storage contract, run by {@link GovernanceStoreContract} as its {@code
 * DataScope} group: through the facade, on a district of two streets and four communities with
 * committees, party trees, grids, households, residents, task requests and decisions, random actors
 * with random scopes run every query of every area, and nothing outside their scope comes back —
 * while everything inside it does. Grants beyond the granter's own scope are refused.
 */
public abstract class DataScopeContract {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final DivisionCode DISTRICT = SampleData.DISTRICT;
  private static final DivisionCode STREET_A = SampleData.STREET;
  private static final DivisionCode STREET_B = DivisionCode.of("341802002000");
  private static final List<DivisionCode> COMMUNITIES =
      List.of(
          SampleData.communityCode(1),
          SampleData.communityCode(2),
          DivisionCode.of("341802002003"),
          DivisionCode.of("341802002004"));
  private static final List<DivisionCode> DIVISIONS = divisions();
  private static final io.github.jiceng.governance.service.ServiceCatalogue SERVICES =
      io.github.jiceng.governance.service.ServiceCatalogue.builder("services", "1")
          .item(ServiceRequestsContract.item())
          .build();

  /** The seed of the district's random sizes; the actors' scopes have seeds of their own. */
  private static final long DATA_SEED = 19_890_101;

  private Governance facade;
  private Governance system;
  private final List<Grid> grids = new ArrayList<>();
  private final List<Household> households = new ArrayList<>();
  private final List<Resident> residents = new ArrayList<>();
  private final List<Committee> committees = new ArrayList<>();
  private final List<TaskRequest> requests = new ArrayList<>();

  /** The store under test, empty. */
  protected abstract GovernanceStore store();

  private static List<DivisionCode> divisions() {
    List<DivisionCode> all = new ArrayList<>(List.of(DISTRICT, STREET_A, STREET_B));
    all.addAll(COMMUNITIES);
    return all;
  }

  @BeforeEach
  void district() {
    // random sizes, the same on every run: 1-3 grids a community, 1-4 households a grid, 1-3
    // residents a household, about a third of them needing care
    Random data = new Random(DATA_SEED);
    Clock clock = Clock.fixed(TODAY.atStartOfDay(CHINA).toInstant(), CHINA);
    facade = Governance.builder().store(store()).clock(clock).build();
    system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system
        .divisions()
        .add(AdministrativeDivision.of(STREET_B.value(), "鳌峰街道", DivisionLevel.STREET));
    AccessPolicy policy = SampleData.accessPolicy("2026.1");
    for (int c = 0; c < COMMUNITIES.size(); c++) {
      DivisionCode community = COMMUNITIES.get(c);
      system
          .divisions()
          .add(AdministrativeDivision.of(community.value(), "社区" + c, DivisionLevel.COMMUNITY));
      committees.add(system.committees().add(committee(community)));
      if (community.isWithin(STREET_A)) {
        system.party().add(SampleData.partyTree(c + 1));
      }
      List<Household> ofCommunity = new ArrayList<>();
      int gridCount = 1 + data.nextInt(3);
      for (int g = 1; g <= gridCount; g++) {
        GridCode code = GridCode.of(SampleData.GRID_OBJECT_CODE, community, g);
        Grid grid =
            Grid.comprehensive(code, community, SampleData.gridName(g))
                .assign(
                    GridAssignment.of(
                        worker(code), "网格员", GridPost.PRIMARY, LocalDate.of(2024, 1, 1)));
        grids.add(system.grids().addGrid(grid));
        int householdCount = 1 + data.nextInt(4);
        for (int h = 1; h <= householdCount; h++) {
          ofCommunity.add(
              Household.house(
                  code.value() + "-H" + h, community, code, "宣城市宣州区某小区" + g + "栋" + h + "室"));
        }
      }
      ofCommunity.add(Household.house(community.value() + "-H0", community, null, "宣城市宣州区新建小区"));
      List<Resident> people = new ArrayList<>();
      for (Household household : ofCommunity) {
        int residentCount = 1 + data.nextInt(3);
        for (int p = 1; p <= residentCount; p++) {
          int n = residents.size() + people.size();
          Resident resident =
              Resident.of(
                  household.id() + "-" + p,
                  household.id(),
                  "居民" + n,
                  SampleData.identityNumber(n),
                  p == 1 ? Relation.HEAD : p == 2 ? Relation.SPOUSE : Relation.CHILD);
          people.add(data.nextInt(3) == 0 ? resident.tagged(CareTag.EMPTY_NEST_ELDERLY) : resident);
        }
      }
      system.grids().importHouseholds(community, ofCommunity, people);
      households.addAll(ofCommunity);
      residents.addAll(people);
      TaskRequest request =
          system
              .access()
              .submit(
                  TaskRequest.builder("R-" + community.value())
                      .department("区民政局")
                      .title("居民委员会换届选举准备")
                      .item("D-01")
                      .communities(community)
                      .appliedOn(LocalDate.of(2026, 3, 2))
                      .period(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 30))
                      .build());
      requests.add(request);
      system.access().decide(request.id(), policy, LocalDate.of(2026, 3, 3));
      system
          .services()
          .intake(
              SERVICES,
              "MZ-001",
              "SR-" + community.value(),
              community,
              java.util.Map.of(
                  "name", "王小明", "id_number", SampleData.identityNumber(900 + c), "needs", "food"));
      // a case in the community's last grid, so that grid workers see their own grid's only
      system
          .cases()
          .report(
              new io.github.jiceng.governance.cases.CaseReport(
                  "AJ-" + community.value(),
                  new io.github.jiceng.governance.cases.CaseCategory("01.03", "市容环境", "路灯不亮"),
                  io.github.jiceng.governance.cases.CaseKind.PROMISED,
                  io.github.jiceng.governance.cases.Urgency.NORMAL,
                  io.github.jiceng.governance.cases.CaseSource.GRID_PATROL,
                  community,
                  GridCode.of(SampleData.GRID_OBJECT_CODE, community, gridCount),
                  "路灯不亮",
                  null,
                  "command"));
    }
  }

  private static String worker(GridCode grid) {
    return "W-" + grid.value().substring(15);
  }

  private static Committee committee(DivisionCode community) {
    return Committee.builder(community.value() + "-RC", CommitteeKind.RESIDENTS)
        .division(community)
        .name("社区居民委员会")
        .households(1500)
        .term(SampleData.TERM)
        .member("张华", CommitteeRole.DIRECTOR)
        .member("李敏", CommitteeRole.DEPUTY_DIRECTOR)
        .member("王芳", CommitteeRole.MEMBER)
        .member("刘洋", CommitteeRole.MEMBER)
        .member("陈静", CommitteeRole.MEMBER)
        .group("第一居民小组", 750)
        .group("第二居民小组", 750)
        .build();
  }

  // ---- the oracle: what a set of scopes covers, written out plainly ----

  /** What {@code scopes} cover, for a worker posted to {@code posts}. */
  private record Oracle(List<DataScope> scopes, Set<GridCode> posts) {
    boolean division(DivisionCode d) {
      for (DataScope s : scopes) {
        boolean covered =
            switch (s.kind()) {
              case ALL -> true;
              case DIVISION -> d.equals(s.division());
              case DIVISION_AND_BELOW -> d.equals(s.division()) || d.isWithin(s.division());
              case CUSTOM -> s.divisions().contains(d);
              case GRID, SELF -> false;
            };
        if (covered) {
          return true;
        }
      }
      return false;
    }

    boolean grid(GridCode g, DivisionCode community) {
      if (division(community)) {
        return true;
      }
      for (DataScope s : scopes) {
        if ((s.kind() == ScopeKind.GRID && posts.contains(g))
            || (s.kind() == ScopeKind.CUSTOM && s.grids().contains(g))) {
          return true;
        }
      }
      return false;
    }

    boolean household(Household h) {
      return division(h.community()) || (h.grid() != null && grid(h.grid(), h.community()));
    }

    boolean all() {
      return scopes.stream().anyMatch(s -> s.kind() == ScopeKind.ALL);
    }

    boolean below(DivisionCode d) {
      return scopes.stream()
          .anyMatch(
              s ->
                  s.kind() == ScopeKind.ALL
                      || (s.kind() == ScopeKind.DIVISION_AND_BELOW
                          && (d.equals(s.division()) || d.isWithin(s.division()))));
    }

    /** What a granter with these scopes may grant. */
    boolean grantable(DataScope s) {
      return switch (s.kind()) {
        case ALL -> all();
        case DIVISION -> division(s.division());
        case DIVISION_AND_BELOW -> below(s.division());
        case CUSTOM ->
            s.divisions().stream().allMatch(this::division)
                && s.grids().stream().allMatch(g -> grid(g, g.communityPart()));
        case GRID, SELF -> true;
      };
    }
  }

  private DataScope randomScope(Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> random.nextInt(4) == 0 ? DataScope.all() : DataScope.self();
      case 1 -> DataScope.division(DIVISIONS.get(random.nextInt(DIVISIONS.size())));
      case 2, 3 -> DataScope.divisionAndBelow(DIVISIONS.get(random.nextInt(DIVISIONS.size())));
      case 4 -> DataScope.postedGrids();
      default -> {
        Set<DivisionCode> divisions = new TreeSet<>();
        Set<GridCode> chosen = new TreeSet<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
          if (random.nextBoolean()) {
            divisions.add(DIVISIONS.get(random.nextInt(DIVISIONS.size())));
          } else {
            chosen.add(grids.get(random.nextInt(grids.size())).code());
          }
        }
        yield DataScope.custom(divisions, chosen);
      }
    };
  }

  /** Runs {@code query}; a refusal counts as an empty answer. */
  private static <T> List<T> orNone(Supplier<List<T>> query) {
    try {
      return query.get();
    } catch (AccessDeniedException e) {
      return List.of();
    }
  }

  private static boolean refused(Runnable call) {
    try {
      call.run();
      return false;
    } catch (AccessDeniedException e) {
      assertThat(e.getMessage()).contains("actor ", "scopes ");
      return true;
    }
  }

  private static <T, K> Set<K> keys(List<T> rows, Function<T, K> key) {
    Set<K> keys = new HashSet<>();
    rows.forEach(r -> keys.add(key.apply(r)));
    return keys;
  }

  @Test
  @DisplayName(
      "scope: 40 random actors with random scopes run every query of every area: zero rows outside"
          + " their scope, every row inside it")
  void noReadOutsideScope() {
    Random random = new Random(20_261_201);
    for (int round = 0; round < 40; round++) {
      List<DataScope> scopes = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(2); i++) {
        scopes.add(randomScope(random));
      }
      boolean worker = scopes.stream().anyMatch(s -> s.kind() == ScopeKind.GRID);
      Grid posted = grids.get(random.nextInt(grids.size()));
      String actor = worker ? worker(posted.code()) : "actor-" + round;
      for (int i = 0; i < scopes.size(); i++) {
        system.scopes().grant(actor, "role-" + i, scopes.get(i));
      }
      Oracle oracle = new Oracle(scopes, worker ? Set.of(posted.code()) : Set.of());
      long from = system.audit().checkpoint().sequence() + 1;
      checkEveryQuery(facade.as(actor), oracle, actor + " " + scopes, from);
      for (int i = 0; i < scopes.size(); i++) {
        system.scopes().revoke(actor, "role-" + i);
      }
    }
  }

  private void checkEveryQuery(Governance as, Oracle oracle, String who, long from) {
    for (DivisionCode code : DIVISIONS) {
      assertThat(as.divisions().find(code).isPresent())
          .as(who + " find " + code)
          .isEqualTo(oracle.division(code));
      Set<DivisionCode> children = new TreeSet<>();
      DIVISIONS.stream()
          .filter(d -> d.parent().filter(code::equals).isPresent() && oracle.division(d))
          .forEach(children::add);
      assertThat(keys(orNone(() -> as.divisions().childrenOf(code)), AdministrativeDivision::code))
          .as(who + " children of " + code)
          .isEqualTo(children);
      Set<String> expectedCommittees = new HashSet<>();
      committees.stream()
          .filter(
              c ->
                  (c.division().equals(code) || c.division().isWithin(code))
                      && oracle.division(c.division()))
          .forEach(c -> expectedCommittees.add(c.id()));
      assertThat(keys(orNone(() -> as.committees().within(code)), Committee::id))
          .as(who + " committees within " + code)
          .isEqualTo(expectedCommittees);
      Set<DivisionCode> burdened = new HashSet<>();
      COMMUNITIES.stream()
          .filter(c -> (c.equals(code) || c.isWithin(code)) && oracle.division(c))
          .forEach(burdened::add);
      List<BurdenReport.CommunityBurden> burden =
          orNone(() -> as.access().burden(code, LocalDate.of(2026, 1, 1), TODAY).communities());
      assertThat(keys(burden, BurdenReport.CommunityBurden::community))
          .as(who + " burden of " + code)
          .isEqualTo(burdened);
    }
    for (Committee committee : committees) {
      assertThat(as.committees().find(committee.id()).isPresent())
          .as(who + " committee " + committee.id())
          .isEqualTo(oracle.division(committee.division()));
    }
    for (DivisionCode community : COMMUNITIES) {
      boolean covered = oracle.division(community);
      assertThat(refused(() -> as.party().treesOf(community)))
          .as(who + " trees " + community)
          .isEqualTo(!covered);
      assertThat(refused(() -> as.grids().checkCoverage(community)))
          .as(who + " coverage " + community)
          .isEqualTo(!covered);
      Set<GridCode> expectedGrids = new HashSet<>();
      grids.stream()
          .filter(g -> g.community().equals(community) && oracle.grid(g.code(), community))
          .forEach(g -> expectedGrids.add(g.code()));
      assertThat(keys(orNone(() -> as.grids().gridsOf(community)), Grid::code))
          .as(who + " grids of " + community)
          .isEqualTo(expectedGrids);
      Set<String> visibleHouseholds = new HashSet<>();
      households.stream()
          .filter(h -> h.community().equals(community) && oracle.household(h))
          .forEach(h -> visibleHouseholds.add(h.id()));
      assertThat(keys(orNone(() -> as.grids().householdsIn(community)), MaskedHousehold::id))
          .as(who + " households in " + community)
          .isEqualTo(visibleHouseholds);
      Set<String> tagged = new HashSet<>();
      residents.stream()
          .filter(r -> r.has(CareTag.EMPTY_NEST_ELDERLY))
          .filter(
              r ->
                  households.stream()
                      .anyMatch(
                          h ->
                              h.id().equals(r.householdId())
                                  && h.community().equals(community)
                                  && oracle.household(h)))
          .forEach(r -> tagged.add(r.id()));
      assertThat(
              keys(
                  orNone(() -> as.grids().residentsWithTag(community, CareTag.EMPTY_NEST_ELDERLY)),
                  MaskedResident::id))
          .as(who + " tagged residents of " + community)
          .isEqualTo(tagged);
    }
    for (Grid grid : grids) {
      boolean covered = oracle.grid(grid.code(), grid.community());
      assertThat(as.grids().grid(grid.code()).isPresent())
          .as(who + " grid " + grid.code())
          .isEqualTo(covered);
      Set<String> expected = new HashSet<>();
      if (covered) {
        households.stream()
            .filter(h -> grid.code().equals(h.grid()))
            .forEach(h -> expected.add(h.id()));
      }
      assertThat(keys(orNone(() -> as.grids().householdsOf(grid.code())), MaskedHousehold::id))
          .as(who + " households of " + grid.code())
          .isEqualTo(expected);
    }
    for (Household household : households) {
      boolean covered = oracle.household(household);
      assertThat(as.grids().residentsOf(household.id()).isEmpty())
          .as(who + " residents of " + household.id())
          .isEqualTo(!covered);
      assertThat(as.grids().gridOf(household.id()).isPresent())
          .as(who + " grid of " + household.id())
          .isEqualTo(covered && household.grid() != null);
      assertThat(as.grids().householdInClear(household.id(), Purpose.HOME_VISIT).isPresent())
          .as(who + " household in clear " + household.id())
          .isEqualTo(covered);
    }
    for (DivisionCode community : COMMUNITIES) {
      String id = "SR-" + community.value();
      assertThat(as.services().find(id).isPresent())
          .as(who + " service request " + id)
          .isEqualTo(oracle.division(community));
      assertThat(as.services().history(id).isEmpty())
          .as(who + " history of " + id)
          .isEqualTo(!oracle.division(community));
      assertThat(refused(() -> as.services().requestsOf(community, TODAY, TODAY)))
          .as(who + " service requests of " + community)
          .isEqualTo(!oracle.division(community));
    }
    for (DivisionCode community : COMMUNITIES) {
      String id = "AJ-" + community.value();
      GridCode grid =
          grids.stream()
              .filter(g -> g.community().equals(community))
              .map(Grid::code)
              .max(java.util.Comparator.naturalOrder())
              .orElseThrow();
      boolean covered = oracle.grid(grid, community);
      assertThat(as.cases().find(id).isPresent()).as(who + " case " + id).isEqualTo(covered);
      assertThat(as.cases().history(id).isEmpty())
          .as(who + " history of case " + id)
          .isEqualTo(!covered);
      boolean anyGrid =
          grids.stream()
              .filter(g -> g.community().equals(community))
              .anyMatch(g -> oracle.grid(g.code(), community));
      java.time.Instant dayStart = TODAY.atStartOfDay(CHINA).toInstant();
      java.time.Instant dayEnd = dayStart.plus(java.time.Duration.ofDays(1));
      assertThat(
              keys(
                  orNone(() -> as.cases().casesIn(community, dayStart, dayEnd)),
                  io.github.jiceng.governance.cases.Case::id))
          .as(who + " cases of " + community)
          .isEqualTo(covered ? Set.of(id) : Set.of());
      assertThat(refused(() -> as.cases().casesIn(community, dayStart, dayEnd)))
          .as(who + " refused the cases of " + community)
          .isEqualTo(!oracle.division(community) && !anyGrid);
    }
    for (TaskRequest request : requests) {
      boolean covered = request.targets().communities().stream().allMatch(oracle::division);
      assertThat(keys(as.access().decisions(request.id()), AccessDecision::requestId))
          .as(who + " decisions of " + request.id())
          .isEqualTo(covered ? Set.of(request.id()) : Set.of());
    }
    assertThat(refused(() -> as.audit().records(1, 10)))
        .as(who + " audit")
        .isEqualTo(!oracle.all());
    boolean self =
        oracle.all() || oracle.scopes().stream().anyMatch(s -> s.kind() == ScopeKind.SELF);
    assertThat(refused(() -> as.audit().ownRecords(from, 1_000)))
        .as(who + " own records")
        .isEqualTo(!self);
    if (self) {
      // the clear views above were recorded under the actor's id, and only those come back
      long views = households.stream().filter(oracle::household).count();
      assertThat(as.audit().ownRecords(from, 1_000))
          .as(who + " own records")
          .hasSize((int) views)
          .allSatisfy(r -> assertThat(r.actor()).isEqualTo(as.caller().actorId()));
    }
  }

  @Test
  @DisplayName(
      "scope: a grant beyond the granter's own scope is refused, within it made and audited")
  void grantsStayWithinTheGrantersScope() {
    Random random = new Random(7);
    for (int round = 0; round < 60; round++) {
      DataScope own = randomScope(random);
      String granter = "granter-" + round;
      system.scopes().grant(granter, "own", own);
      Oracle oracle = new Oracle(List.of(own), Set.of());
      DataScope asked = randomScope(random);
      Governance as = facade.as(granter);
      String grantee = "grantee-" + round;
      boolean refused = refused(() -> as.scopes().grant(grantee, "asked", asked));
      assertThat(refused).as(own + " grants " + asked).isEqualTo(!oracle.grantable(asked));
      if (!refused) {
        assertThat(system.scopes().grantsOf(grantee))
            .singleElement()
            .satisfies(g -> assertThat(g.grantedBy()).isEqualTo(granter));
        assertThat(as.scopes().revoke(grantee, "asked")).isTrue();
      }
    }
    List<AuditRecord> trail = system.audit().records(1, 1_000);
    assertThat(trail)
        .extracting(AuditRecord::action)
        .contains(AuditAction.SCOPE_GRANT, AuditAction.SCOPE_REVOCATION);
  }

  @Test
  @DisplayName("scope: the street clerk's classic escalation — granting the district — is refused")
  void noEscalation() {
    system.scopes().grant("clerk", "街道办事员", DataScope.divisionAndBelow(STREET_A));
    Governance clerk = facade.as("clerk");
    assertThatThrownBy(
            () -> clerk.scopes().grant("friend", "区级", DataScope.divisionAndBelow(DISTRICT)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("actor clerk")
        .hasMessageContaining("DIVISION_AND_BELOW " + STREET_A);
    assertThatThrownBy(() -> clerk.scopes().grant("clerk", "more", DataScope.all()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                clerk
                    .scopes()
                    .grant("friend", "custom", DataScope.custom(List.of(STREET_B), List.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            clerk
                .scopes()
                .grant("friend", "社区", DataScope.division(COMMUNITIES.get(0)))
                .grantedBy())
        .isEqualTo("clerk");
    // and the unbound facade reads nothing
    assertThatThrownBy(() -> facade.divisions().find(DISTRICT))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("no caller is bound");
  }

  @Test
  @DisplayName(
      "scope: seeing a resident in clear needs a covered resident and leaves an audit record; masked otherwise")
  void clearViewsAreAudited() {
    system
        .scopes()
        .grant("worker", "网格员", DataScope.custom(List.of(), List.of(grids.get(0).code())));
    Governance worker = facade.as("worker");
    Resident own = residents.get(0);
    long before = system.audit().checkpoint().sequence();

    MaskedResident masked = worker.grids().residentsOf(own.householdId()).get(0);
    assertThat(masked.identityNumber()).isNotEqualTo(own.identityNumber().value()).contains("****");
    assertThat(masked.name()).isNotEqualTo(own.name());
    assertThat(worker.grids().residentInClear(own.id(), Purpose.VERIFY_IDENTITY))
        .map(Resident::identityNumber)
        .contains(own.identityNumber());
    Resident other = residents.get(residents.size() - 1);
    assertThat(worker.grids().residentInClear(other.id(), Purpose.VERIFY_IDENTITY)).isEmpty();

    List<AuditRecord> added = system.audit().records(before + 1, 10);
    assertThat(added)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.actor()).isEqualTo("worker");
              assertThat(r.action()).isEqualTo(AuditAction.CLEAR_VIEW);
              assertThat(r.subject()).isEqualTo(own.id());
            });
    assertThat(system.audit().verify().intact()).isTrue();
  }

  @Test
  @DisplayName(
      "audit: every decision, import and grant of the district left a record; the trail verifies")
  void everythingIsAudited() {
    List<AuditRecord> trail = system.audit().records(1, 1_000);
    assertThat(trail.stream().filter(r -> r.action() == AuditAction.ACCESS_DECISION)).hasSize(4);
    assertThat(trail.stream().filter(r -> r.action() == AuditAction.IMPORT)).hasSize(4);
    assertThat(trail).allSatisfy(r -> assertThat(r.actor()).isEqualTo("system"));
    assertThat(system.audit().verify().intact()).isTrue();
    assertThat(system.audit().about(COMMUNITIES.get(0).value(), 10))
        .extracting(AuditRecord::action)
        .containsExactly(AuditAction.IMPORT);
  }

  @Test
  @DisplayName("audit: a decision whose audit record cannot be written is not stored either")
  void noDecisionWithoutItsRecord() {
    TaskRequest request = requests.get(0);
    int decisions = system.access().decisions(request.id()).size();
    long head = system.audit().checkpoint().sequence();
    // an actor id that the audit trail refuses (too long) makes the append fail inside the
    // decision's transaction
    GovernanceException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            GovernanceException.class,
            () ->
                store()
                    .inTransaction(
                        tx -> {
                          tx.accessDecisions()
                              .insert(
                                  new AccessDecision(
                                      request.id(),
                                      request.targets().communities().get(0),
                                      decisions + 1,
                                      request.department(),
                                      system.access().decisions(request.id()).get(0).decision()));
                          tx.audit()
                              .append(
                                  io.github.jiceng.governance.audit.AuditLink.of(
                                      io.github.jiceng.governance.audit.AuditEntry.of(
                                          "x".repeat(65),
                                          AuditAction.ACCESS_DECISION,
                                          request.id(),
                                          "p",
                                          io.github.jiceng.governance.audit.HashAlgorithm.SHA_256),
                                      Clock.systemUTC(),
                                      io.github.jiceng.governance.audit.HashAlgorithm.SHA_256));
                          return request;
                        }));
    assertThat(failure).hasMessageContaining("actor");
    assertThat(system.access().decisions(request.id())).hasSize(decisions);
    assertThat(system.audit().checkpoint().sequence()).isEqualTo(head);
  }
}
