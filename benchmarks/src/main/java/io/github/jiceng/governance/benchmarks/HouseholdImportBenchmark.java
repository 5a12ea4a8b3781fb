package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.jdbc.JdbcGovernanceStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Bulk import of households with residents (3 each) into an embedded PostgreSQL: through {@code
 * JdbcGovernanceStore} (batched inserts, with and without the driver's {@code
 * reWriteBatchedInserts}) against PostgreSQL's own {@code COPY} of the same rows into the same
 * tables, indexes and constraints — the limit. Each invocation starts from empty household and
 * resident tables. Rows per second = households × 4 ÷ time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class HouseholdImportBenchmark extends HouseholdImport {

  /**
   * How the store writes: {@code copy}, its default on PgJDBC ({@code COPY ... FROM STDIN}); {@code
   * batch-rewrite} and {@code batch}, its JDBC batches ({@code bulkCopy(false)}) with and without
   * PgJDBC's {@code reWriteBatchedInserts}, as on every other database.
   */
  @Param({"copy", "batch-rewrite", "batch"})
  String way;

  @Override
  boolean rewriteBatches() {
    return way.equals("batch-rewrite");
  }

  @Override
  boolean bulkCopy() {
    return way.equals("copy");
  }

  @Benchmark
  public int library() {
    rows.importThroughStore();
    return rows.rows();
  }

  /**
   * The limit: the same rows through {@code COPY … FROM STDIN}, one transaction. A class of its own
   * so that it runs once per size, not once per value of the library's driver setting.
   */
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  @Fork(1)
  @State(Scope.Benchmark)
  public static class Copy extends HouseholdImport {
    @Override
    boolean rewriteBatches() {
      return false;
    }

    @Override
    boolean bulkCopy() {
      return false;
    }

    @Benchmark
    public int copy() {
      rows.copy();
      return rows.rows();
    }
  }

  /**
   * "Households of a grid" with {@code households} stored: 500 households read per call, on one
   * open connection (as from a pool; the benchmark's data source opens a new connection per call,
   * which would be measured instead).
   */
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 3, time = 2)
  @Fork(1)
  @State(Scope.Benchmark)
  public static class Query {
    @Param({"10000", "100000"})
    int households;

    private HouseholdRows rows;
    private Connection connection;
    private JdbcGovernanceStore store;
    private GridCode[] grids;
    private int next;

    @Setup(Level.Trial)
    public void load() throws SQLException {
      rows = new HouseholdRows(households, true, true);
      rows.importThroughStore();
      connection = rows.dataSource.getConnection();
      // what autovacuum does after a bulk load, done before timing rather than during it: without
      // it the first iterations at 100,000 households ran 2-4 times slower than the last
      try (Statement statement = connection.createStatement()) {
        statement.execute("VACUUM ANALYZE");
      }
      store = JdbcGovernanceStore.builder(() -> connection).build();
      grids = rows.households.stream().map(Household::grid).distinct().toArray(GridCode[]::new);
    }

    @Benchmark
    public List<Household> householdsOfAGrid() {
      next = (next + 7) % grids.length;
      return store.households().findByGrid(grids[next]);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
      connection.close();
      rows.close();
    }
  }
}
