package io.github.jiceng.governance.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.Relation;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.sharding.GovernanceSharding;
import io.github.jiceng.governance.spi.GovernanceStore;
import io.github.jiceng.governance.testkit.SampleData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * The store through ShardingSphere-JDBC on two PostgreSQL servers against the same store on one
 * (issue 25, section 3), side by side: {@code way} {@code sharded} or {@code direct}. The same data
 * in both — two counties, 宣州区 (341802) on one shard and 镜湖区 (340202) on the other, 10 communities
 * each of 10 grids, 100,000 households in all with 3 residents each, every tenth tagged empty-nest
 * elderly — and a HikariCP pool of 4 per server, as a deployment would have.
 *
 * <ul>
 *   <li>{@code householdById}: a household by id alone, which names no county: ShardingSphere asks
 *       both shards (target p99 &lt; 3 ms);
 *   <li>{@code householdsOfGrid}: a grid's households; the store sends the grid's community with
 *       it, so one shard answers (p99 &lt; 3 ms);
 *   <li>{@code residentsWithCareTag}: a community's empty-nest elderly, one shard;
 *   <li>{@code gridCoverage}: the grid desk's coverage check of a community, a report counted in
 *       SQL (within 1.3× of one server).
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class ShardedBenchmark {
  static final String[] COUNTIES = {"341802", "340202"};
  static final int COMMUNITIES = 10;
  static final int GRIDS = 10;
  static final int HOUSEHOLDS = 100_000;

  @Param({"sharded", "direct"})
  String way;

  private final List<EmbeddedPostgres> servers = new ArrayList<>();
  private final List<HikariDataSource> pools = new ArrayList<>();
  private GovernanceStore store;
  private Governance system;
  private int next;

  @Setup(Level.Trial)
  public void load() throws SQLException {
    if (way.equals("sharded")) {
      store =
          GovernanceSharding.builder()
              .shard("ds_0", pool(), "340202")
              .shard("ds_1", pool(), "341802")
              .build();
    } else {
      store = JdbcGovernanceStore.builder(pool()).build();
    }
    int perGrid = HOUSEHOLDS / (COUNTIES.length * COMMUNITIES * GRIDS);
    int number = 0;
    for (String county : COUNTIES) {
      store
          .divisions()
          .insert(
              new AdministrativeDivision(code(county, 0, 0), county, DivisionLevel.DISTRICT, 0));
      store
          .divisions()
          .insert(new AdministrativeDivision(code(county, 1, 0), "街道", DivisionLevel.STREET, 0));
      for (int c = 1; c <= COMMUNITIES; c++) {
        DivisionCode community = code(county, 1, c);
        store
            .divisions()
            .insert(new AdministrativeDivision(community, "社区" + c, DivisionLevel.COMMUNITY, 0));
        for (int g = 1; g <= GRIDS; g++) {
          GridCode grid = grid(community, g);
          store.grids().insert(Grid.comprehensive(grid, community, SampleData.gridName(g)));
          List<Household> households = new ArrayList<>();
          List<Resident> residents = new ArrayList<>();
          for (int h = 0; h < perGrid; h++) {
            String id = grid.value() + "-H" + h;
            households.add(Household.house(id, community, grid, "门牌" + h + "号"));
            for (int r = 0; r < 3; r++) {
              Resident resident =
                  Resident.of(
                      id + "-R" + r,
                      id,
                      "居民" + r,
                      SampleData.identityNumber(number),
                      r == 0 ? Relation.HEAD : Relation.CHILD);
              residents.add(
                  number % 10 == 0 ? resident.tagged(CareTag.EMPTY_NEST_ELDERLY) : resident);
              number++;
            }
          }
          store.inTransaction(
              tx -> {
                tx.households().insertAll(households);
                return tx.residents().insertAll(residents);
              });
        }
      }
    }
    for (EmbeddedPostgres server : servers) {
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement st = c.createStatement()) {
        st.execute("VACUUM ANALYZE");
      }
    }
    system = ScaleBenchmark.system(store);
  }

  private DataSource pool() {
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    servers.add(server);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(4);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  private static DivisionCode code(String county, int street, int community) {
    return DivisionCode.of(county + String.format("%03d%03d", street, community));
  }

  private static GridCode grid(DivisionCode community, int g) {
    return GridCode.of(SampleData.GRID_OBJECT_CODE, community, g);
  }

  /** The communities in turn, alternating between the counties. */
  private DivisionCode nextCommunity() {
    next++;
    return code(COUNTIES[next % 2], 1, 1 + (next / 2) % COMMUNITIES);
  }

  @Benchmark
  public boolean householdById() {
    GridCode grid = grid(nextCommunity(), 1 + next % GRIDS);
    return store.households().find(grid.value() + "-H" + (next % 50)).isPresent();
  }

  @Benchmark
  public int householdsOfGrid() {
    return store.households().findByGrid(grid(nextCommunity(), 1 + next % GRIDS)).size();
  }

  @Benchmark
  public int residentsWithCareTag() {
    return store.residents().findByTag(nextCommunity(), CareTag.EMPTY_NEST_ELDERLY).size();
  }

  @Benchmark
  public int gridCoverage() {
    return system.grids().checkCoverage(nextCommunity(), LocalDate.of(2026, 6, 30)).grids().size();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    pools.forEach(HikariDataSource::close);
    for (EmbeddedPostgres server : servers) {
      server.close();
    }
  }
}
