package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.RuleResult;
import java.util.List;
import java.util.Map;
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
 * Time per access decision over a stream of 1,024 mixed requests: the library against {@link
 * HandWrittenAccess} (the floor), {@link DroolsAccess} and {@link EasyRulesAccess}. Before timing,
 * the setup checks that every peer decides every request as the library does (the engines also name
 * the same deciding rules), and fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccessDecisionBenchmark {
  private static final int REQUESTS = 1024;

  @Param({"100", "1000", "10000"})
  public int items;

  private AccessPolicy policy;
  private HandWrittenAccess handWritten;
  private DroolsAccess drools;
  private EasyRulesAccess easyRules;
  private AccessCase[] cases;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Workload workload = Workload.of(items, REQUESTS, 7);
    policy = workload.policy();
    handWritten = new HandWrittenAccess(policy, Workload.AS_OF);
    drools = new DroolsAccess(policy, Workload.AS_OF);
    easyRules = new EasyRulesAccess(policy, Workload.AS_OF);
    List<AccessCase> all = workload.cases();
    Agreement.check(
        policy,
        all,
        handWritten,
        Map.of(
            "Drools",
            drools,
            "Easy Rules",
            easyRules,
            "hand-written, every rule",
            handWritten::everyRule));
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

  /** The floor: plain {@code if/else}, stopping at the first refusal, the outcome only. */
  @Benchmark
  public AccessOutcome handWritten() {
    return handWritten.decide(nextCase(), Workload.AS_OF);
  }

  /** Hand-written, every rule evaluated: outcome and deciding rules, as a library decision has. */
  @Benchmark
  public List<String> handWrittenEveryRule() {
    return handWritten.everyRule(nextCase(), Workload.AS_OF).decidingRuleIds();
  }

  /** Drools: a stateless session fires the DRL rules on one claim; outcome and deciding rules. */
  @Benchmark
  public List<String> drools() {
    return drools.decide(nextCase(), Workload.AS_OF).decidingRuleIds();
  }

  /**
   * Easy Rules: the default engine fires the same rules on one claim; outcome and deciding rules.
   */
  @Benchmark
  public List<String> easyRules() {
    return easyRules.decide(nextCase(), Workload.AS_OF).decidingRuleIds();
  }
}
