package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.RuleResult;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per access decision: the library (every rule evaluated, the full {@link Decision} with its
 * explanation data built) against {@link HandWrittenAccess}, over a stream of 1,024 mixed requests.
 * Before timing, the setup checks that both decide every request the same way, and fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccessDecisionBenchmark {
  private static final int REQUESTS = 1024;

  @Param({"100", "1000", "10000"})
  public int items;

  private AccessPolicy policy;
  private HandWrittenAccess handWritten;
  private AccessCase[] cases;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Workload workload = Workload.of(items, REQUESTS, 7);
    policy = workload.policy();
    handWritten = new HandWrittenAccess(policy, Workload.AS_OF);
    List<AccessCase> all = workload.cases();
    Agreement.check(policy, handWritten, all);
    cases = all.toArray(AccessCase[]::new);
  }

  private AccessCase nextCase() {
    AccessCase c = cases[next];
    next = (next + 1) & (REQUESTS - 1);
    return c;
  }

  /** The library's decision: outcome and deciding rules; the explanation is written on demand. */
  @Benchmark
  public Decision<AccessOutcome> library() {
    return policy.decide(nextCase(), Workload.AS_OF);
  }

  /** The library's decision with every rule's full result written: reasons, values, citations. */
  @Benchmark
  public List<RuleResult> libraryExplained() {
    return policy.decide(nextCase(), Workload.AS_OF).results();
  }

  @Benchmark
  public AccessOutcome handWritten() {
    return handWritten.decide(nextCase(), Workload.AS_OF);
  }
}
