package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.CoverageReport;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.SampleData;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every query at scale (issue 25, section 3), first part: {@code households} households with 3
 * residents each in an embedded PostgreSQL — 50 communities of 40 grids, so 50 households a grid at
 * 100,000 and 500 at 1,000,000; every tenth resident tagged empty-nest elderly — loaded through the
 * store's own bulk import (which streams {@code COPY}) one grid at a time, then {@code VACUUM
 * ANALYZE}d. Sampled times, so that the report has percentiles; the fork runs with {@code
 * -Xmx256m}, so that no query may hold more than a page of rows. One open connection, as from a
 * pool.
 *
 * <ul>
 *   <li>{@code householdsOfGrid}: a grid's households (target p99 &lt; 1 ms);
 *   <li>{@code residentsWithCareTag}: a community's empty-nest elderly (target p99 &lt; 10 ms);
 *   <li>{@code gridCoverage}: a community's grid coverage check at the grid desk (target &lt; 50
 *       ms).
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class ScaleBenchmark {
  static final int COMMUNITIES = 50;
  static final int GRIDS_PER_COMMUNITY = 40;

  @Param({"100000", "1000000"})
  int households;

  private EmbeddedDatabase database;
  private Governance system;
  private int next;

  @Setup(Level.Trial)
  public void load() throws SQLException {
    database = EmbeddedDatabase.start();
    var store = database.store;
    load(store, households);
    try (Statement statement = database.connection.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
    system = system(store);
  }

  /**
   * Stores the sample district and street, {@link #COMMUNITIES} communities of {@link
   * #GRIDS_PER_COMMUNITY} grids and {@code households} households with 3 residents each, through
   * the store's bulk import one grid at a time.
   *
   * @return how many residents were stored
   */
  static int load(GovernanceStore store, int households) {
    store.divisions().insert(SampleData.district());
    store.divisions().insert(SampleData.street());
    int perGrid = households / (COMMUNITIES * GRIDS_PER_COMMUNITY);
    int number = 0;
    for (int c = 1; c <= COMMUNITIES; c++) {
      store.divisions().insert(SampleData.community(c, "社区" + c));
      for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
        store.grids().insert(SampleData.grid(c, g));
        List<Household> grid = SampleData.households(c, g, perGrid);
        List<Resident> residents = SampleData.residents(grid, 3, number);
        number += residents.size();
        store.inTransaction(
            tx -> {
              tx.households().insertAll(grid);
              return tx.residents().insertAll(residents);
            });
      }
    }
    return number;
  }

  /**
   * The facade over {@code store} on the system clock, acting as the system (scope {@code ALL}).
   */
  static Governance system(GovernanceStore store) {
    return Governance.builder()
        .store(store)
        .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
        .build()
        .asSystem();
  }

  private int nextCommunity() {
    next = next % COMMUNITIES + 1;
    return next;
  }

  @Benchmark
  public int householdsOfGrid() {
    int community = nextCommunity();
    GridCode grid = SampleData.gridCode(community, 1 + community % GRIDS_PER_COMMUNITY);
    return database.store.households().findByGrid(grid).size();
  }

  @Benchmark
  public int residentsWithCareTag() {
    DivisionCode community = SampleData.communityCode(nextCommunity());
    return database.store.residents().findByTag(community, CareTag.EMPTY_NEST_ELDERLY).size();
  }

  @Benchmark
  public int gridCoverage() {
    CoverageReport report =
        system
            .grids()
            .checkCoverage(SampleData.communityCode(nextCommunity()), LocalDate.of(2026, 6, 30));
    return report.grids().size();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    database.close();
  }
}
