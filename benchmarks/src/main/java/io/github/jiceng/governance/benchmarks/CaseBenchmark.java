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
            io.github.jiceng.governance.grid.GridSetting.URBAN,
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

  /**
   * A street's month of case figures per category over {@code transitions} stored steps (seven a
   * case: 5 streets of 10 communities, four categories, all states) on embedded PostgreSQL, loaded
   * by {@code COPY}: one {@code GROUP BY} over the cases in the database, through the desk as a
   * street's command centre.
   */
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  @State(Scope.Benchmark)
  public static class Figures {
    @Param({"100000", "1000000"})
    int transitions;

    private EmbeddedDatabase database;
    private io.github.jiceng.governance.Governance centre;
    private final DivisionCode street = DivisionCode.of("341802001000");
    private final Instant from = LocalDate.of(2026, 6, 1).atStartOfDay(CHINA).toInstant();
    private final Instant to = LocalDate.of(2026, 7, 1).atStartOfDay(CHINA).toInstant();

    @Setup(Level.Trial)
    public void load() throws java.io.IOException, java.sql.SQLException {
      database = EmbeddedDatabase.start();
      io.github.jiceng.governance.Governance facade =
          io.github.jiceng.governance.Governance.builder()
              .store(database.store)
              .clock(java.time.Clock.fixed(to, CHINA))
              .build();
      io.github.jiceng.governance.Governance system = facade.asSystem();
      system
          .divisions()
          .add(
              io.github.jiceng.governance.division.AdministrativeDivision.of(
                  "341802000000",
                  "宣州区",
                  io.github.jiceng.governance.division.DivisionLevel.DISTRICT));
      String[] categories = {"01.03", "01.05", "01.07", "03.02"};
      String[] states = {
        "CLOSED", "CLOSED", "CLOSED", "HANDLING", "REPORTED_BACK", "REJECTED", "DISPATCHED"
      };
      int cases = transitions / 7;
      int perCommunity = cases / 50;
      StringBuilder rows = new StringBuilder(cases * 220);
      StringBuilder steps = new StringBuilder(transitions * 60);
      for (int st = 1; st <= 5; st++) {
        String code = String.format("341802%03d000", st);
        system
            .divisions()
            .add(
                io.github.jiceng.governance.division.AdministrativeDivision.of(
                    code, "街道" + st, io.github.jiceng.governance.division.DivisionLevel.STREET));
        for (int c = 1; c <= 10; c++) {
          String community = String.format("341802%03d%03d", st, c);
          system
              .divisions()
              .add(
                  io.github.jiceng.governance.division.AdministrativeDivision.of(
                      community,
                      "社区" + st + c,
                      io.github.jiceng.governance.division.DivisionLevel.COMMUNITY));
          for (int i = 0; i < perCommunity; i++) {
            String id = "AJ" + community + "-" + i;
            String state = states[i % states.length];
            long reported = from.toEpochMilli() + (i % 29) * 86_400_000L + 3_600_000L;
            boolean handled = state.equals("CLOSED") || state.equals("REPORTED_BACK");
            boolean running = state.equals("HANDLING") || state.equals("DISPATCHED");
            rows.append(id)
                .append('\t')
                .append(categories[i % 4])
                .append("\t市容环境\t小类\tPROMISED\tNORMAL\tGRID_PATROL\t")
                .append(community)
                .append("\t\\N\t\\N\t描述\t\\N\t\\N\tcommand\t")
                .append(state)
                .append('\t')
                .append(state.equals("REJECTED") ? "\\N" : "body-" + (i % 3))
                .append("\t\\N\tGRID\t")
                .append(state.equals("CLOSED") && i % 2 == 0 ? "SATISFIED" : "\\N")
                .append("\t\\N\t")
                .append(i % 6 == 5 ? 'f' : 't')
                .append('\t')
                .append(running ? String.valueOf(reported + 86_400_000L) : "\\N")
                .append('\t')
                .append(handled ? (i % 9 == 4 ? "f" : "t") : "\\N")
                .append('\t')
                .append(handled ? 300 + i % 200 : 0)
                .append('\t')
                .append(i % 17 == 0 ? 1 : 0)
                .append('\t')
                .append(i % 11 == 0 ? 1 : 0)
                .append('\t')
                .append(i % 23 == 0 ? 1 : 0)
                .append('\t')
                .append(reported)
                .append('\t')
                .append(reported + 7_200_000L)
                .append("\t7\t7\n");
            for (int k = 1; k <= 7; k++) {
              steps
                  .append(id)
                  .append('\t')
                  .append(k)
                  .append('\t')
                  .append(k == 1 ? "\\N" : "ACCEPT")
                  .append('\t')
                  .append(k == 1 ? "\\N" : "REPORTED")
                  .append("\tACCEPTED\tclerk\t")
                  .append(reported + k * 60_000L)
                  .append("\t\\N\t\\N\n");
            }
          }
        }
      }
      database.load(
          "COPY gov_case_record (id, category_code, category_class, category_subclass, case_kind,"
              + " urgency, case_source, community_code, grid_code, building, description,"
              + " reporter_name, reporter_phone, received_by, state, body, pending_request_by,"
              + " escalation_level, evaluation, filing_deadline_ms, filed_on_time,"
              + " handling_deadline_ms, handled_on_time, handling_minutes, returns_count,"
              + " reworks_count, extensions_count, reported_at_ms, changed_at_ms, transitions,"
              + " version) FROM STDIN",
          rows.toString());
      database.load(
          "COPY gov_case_transition (case_id, seq, case_action, from_state, to_state, actor, at_ms,"
              + " reason, body) FROM STDIN",
          steps.toString());
      system
          .scopes()
          .grant(
              "street-centre",
              "街道指挥中心",
              io.github.jiceng.governance.scope.DataScope.divisionAndBelow(street));
      centre = facade.as("street-centre");
      long reported =
          centre
              .cases()
              .figures(
                  street, from, to, io.github.jiceng.governance.cases.CaseFigures.GroupBy.CATEGORY)
              .total()
              .reported();
      if (reported != (long) perCommunity * 10) {
        throw new IllegalStateException("the street's figures count " + reported + " cases");
      }
    }

    @Benchmark
    public io.github.jiceng.governance.cases.CaseFigures streetMonthByCategory() {
      return centre
          .cases()
          .figures(
              street, from, to, io.github.jiceng.governance.cases.CaseFigures.GroupBy.CATEGORY);
    }

    @org.openjdk.jmh.annotations.TearDown(Level.Trial)
    public void stop() throws java.io.IOException, java.sql.SQLException {
      database.close();
    }
  }
}
