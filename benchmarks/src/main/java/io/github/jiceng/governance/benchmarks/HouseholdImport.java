package io.github.jiceng.governance.benchmarks;

import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the library's import ({@link HouseholdImportBenchmark}) and {@link
 * HouseholdImportBenchmark.Copy} share: {@code households} households with their residents, loaded
 * into a database started once per size and emptied before each import.
 */
@State(Scope.Benchmark)
public abstract class HouseholdImport {
  @Param({"10000", "100000"})
  int households;

  HouseholdRows rows;

  /** Whether the data source sets PgJDBC's {@code reWriteBatchedInserts}. */
  abstract boolean rewriteBatches();

  /** Whether the store streams bulk imports through {@code COPY}. */
  abstract boolean bulkCopy();

  @Setup(Level.Trial)
  public void start() {
    rows = new HouseholdRows(households, rewriteBatches(), bulkCopy());
  }

  @Setup(Level.Iteration)
  public void empty() {
    rows.clear();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    rows.close();
  }
}
