package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.calendar.WorkingHours;
import io.github.jiceng.governance.calendar.WorkingTime;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseAction;
import io.github.jiceng.governance.cases.CaseCategory;
import io.github.jiceng.governance.cases.CaseClock;
import io.github.jiceng.governance.cases.CaseKind;
import io.github.jiceng.governance.cases.CaseLimits;
import io.github.jiceng.governance.cases.CaseSource;
import io.github.jiceng.governance.cases.CaseStage;
import io.github.jiceng.governance.cases.CaseTransition;
import io.github.jiceng.governance.cases.TimeLimit;
import io.github.jiceng.governance.cases.Urgency;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * A case's deadlines: one limit in working time ({@code WorkingTime.plus}, 2 working hours across
 * lunch and a night), and every stage's clock of a case ({@code CaseClock.of}) whose history has
 * {@code steps} steps — a straight dispatch, or that many rounds of rework.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CaseBenchmark {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final EffectivePeriod FROM_2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));

  /** Steps in the case's history: 5 (reported to handling), 21, 101 (rounds of rework). */
  @Param({"5", "21", "101"})
  public int steps;

  private Policy policy;
  private WorkingTime time;
  private Case current;
  private List<CaseTransition> history;
  private Instant asOf;
  private final LocalDateTime start = LocalDateTime.of(2026, 6, 3, 11, 0);

  private static <V> ParameterVersion<V> v(V value) {
    return ParameterVersion.of(value, FROM_2026, Citation.of("benchmark"), String.valueOf(value));
  }

  @Setup(Level.Trial)
  public void build() {
    policy =
        Policy.builder("bench", "1")
            .basedOn(NationalDefaults.policy())
            .define(WorkingTime.HOURS, v(WorkingHours.of("08:30-12:00", "14:00-17:30")))
            .define(
                CaseLimits.key(CaseStage.FILING_AND_DISPATCH, Urgency.NORMAL),
                v(TimeLimit.workingMinutes(30)))
            .define(
                CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL, "01.03"),
                v(TimeLimit.workingDays(1)))
            .define(
                CaseLimits.key(CaseStage.VERIFICATION, Urgency.NORMAL),
                v(TimeLimit.workingHours(1)))
            .build();
    time = WorkingTime.of(policy);
    Instant at = start.atZone(CHINA).toInstant();
    Case.Step s =
        Case.report(
            "AJ-1",
            new CaseCategory("01.03", "市容环境", "路灯不亮"),
            CaseKind.PROMISED,
            Urgency.NORMAL,
            CaseSource.GRID_PATROL,
            DivisionCode.of("341802002006"),
            null,
            "三盏路灯不亮",
            null,
            "command",
            "worker",
            at);
    history = new ArrayList<>(List.of(s.transition()));
    current = s.next();
    List<CaseAction> actions =
        new ArrayList<>(
            List.of(
                CaseAction.ACCEPT,
                CaseAction.FILE,
                CaseAction.DISPATCH,
                CaseAction.START_HANDLING));
    while (actions.size() + 1 < steps) {
      actions.add(CaseAction.REPORT_BACK);
      actions.add(CaseAction.SEND_BACK_FOR_REWORK);
    }
    int minute = 0;
    for (CaseAction action : actions) {
      minute += 17;
      s =
          current.apply(
              action,
              "clerk",
              at.plus(Duration.ofMinutes(minute)),
              action.needsReason() ? "原因" : null,
              action == CaseAction.DISPATCH ? "lights" : null);
      history.add(s.transition());
      current = s.next();
    }
    asOf = at.plus(Duration.ofMinutes(minute + 60));
  }

  /** One deadline: 2 working hours from 11:00, across lunch. */
  @Benchmark
  public LocalDateTime deadline() {
    return time.plus(start, Duration.ofHours(2));
  }

  /** Every stage's clock of the case as of an hour after its last step. */
  @Benchmark
  public List<CaseClock.StageTime> clocks() {
    return CaseClock.of(current, history, policy, asOf, CHINA);
  }
}
