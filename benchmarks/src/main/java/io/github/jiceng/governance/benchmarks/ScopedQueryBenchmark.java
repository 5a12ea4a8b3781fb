package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.grid.MaskedHousehold;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.scope.DataScope;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Data scope in the query: one community's households (20,000) among 1,000,000 stored in an
 * embedded PostgreSQL — 5 streets of 10 communities — read four ways:
 *
 * <ul>
 *   <li>{@code storeQuery}: the repository's query with no desk and no scope, the floor;
 *   <li>{@code system}: the grid desk as the system actor (scope ALL);
 *   <li>{@code streetClerk}: the grid desk as a street clerk whose scope is the first street
 *       (DIVISION_AND_BELOW), bound once;
 *   <li>{@code streetClerkBoundPerCall}: the same, binding the clerk for every call as a web
 *       request would ({@code governance.as(actor)} reads the actor's grants).
 * </ul>
 *
 * The target: {@code streetClerk} within 1.2× {@code system}. Households are loaded with {@code
 * COPY} before timing (the import is measured by {@link HouseholdImportBenchmark}), then {@code
 * VACUUM ANALYZE}. One open connection, as from a pool.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScopedQueryBenchmark {
  static final int STREETS = 5;
  static final int COMMUNITIES_PER_STREET = 10;
  static final int PER_COMMUNITY = 20_000;
  private static final String CLERK = "street-clerk-1";

  private EmbeddedDatabase database;
  private JdbcGovernanceStore store;
  private Governance facade;
  private Governance system;
  private Governance clerk;
  private DivisionCode[] ownCommunities;
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException, SQLException {
    database = EmbeddedDatabase.start();
    store = database.store;
    Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    facade = Governance.builder().store(store).clock(clock).build();
    system = facade.asSystem();
    system
        .divisions()
        .add(AdministrativeDivision.of("341802000000", "宣州区", DivisionLevel.DISTRICT));
    StringBuilder rows = new StringBuilder(STREETS * COMMUNITIES_PER_STREET * PER_COMMUNITY * 80);
    ownCommunities = new DivisionCode[COMMUNITIES_PER_STREET];
    for (int s = 1; s <= STREETS; s++) {
      String street = String.format("341802%03d000", s);
      system.divisions().add(AdministrativeDivision.of(street, "街道" + s, DivisionLevel.STREET));
      for (int c = 1; c <= COMMUNITIES_PER_STREET; c++) {
        String community = String.format("341802%03d%03d", s, c);
        system
            .divisions()
            .add(AdministrativeDivision.of(community, "社区" + s + "-" + c, DivisionLevel.COMMUNITY));
        if (s == 1) {
          ownCommunities[c - 1] = DivisionCode.of(community);
        }
        for (int h = 0; h < PER_COMMUNITY; h++) {
          rows.append("H")
              .append(community)
              .append('-')
              .append(h)
              .append('\t')
              .append(community)
              .append("\t\\N\t\\N\t\\N\t宣城市宣州区某小区")
              .append(h)
              .append("室\t1\n");
        }
      }
    }
    database.load(
        "COPY gov_household (id, community_code, grid_code, building_id, unit, address, version)"
            + " FROM STDIN",
        rows.toString());
    system
        .scopes()
        .grant(CLERK, "街道办事员", DataScope.divisionAndBelow(DivisionCode.of("341802001000")));
    clerk = facade.as(CLERK);
    if (clerk.grids().householdsIn(ownCommunities[0]).size() != PER_COMMUNITY) {
      throw new IllegalStateException("the clerk does not see the community's households");
    }
  }

  private DivisionCode nextCommunity() {
    next = (next + 3) % ownCommunities.length;
    return ownCommunities[next];
  }

  @Benchmark
  public List<Household> storeQuery() {
    return store.households().findByCommunity(nextCommunity());
  }

  @Benchmark
  public List<MaskedHousehold> system() {
    return system.grids().householdsIn(nextCommunity());
  }

  @Benchmark
  public List<MaskedHousehold> streetClerk() {
    return clerk.grids().householdsIn(nextCommunity());
  }

  @Benchmark
  public List<MaskedHousehold> streetClerkBoundPerCall() {
    return facade.as(CLERK).grids().householdsIn(nextCommunity());
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    database.close();
  }
}
