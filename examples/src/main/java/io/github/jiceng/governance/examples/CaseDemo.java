package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.calendar.WorkingHours;
import io.github.jiceng.governance.calendar.WorkingTime;
import io.github.jiceng.governance.cases.Case;
import io.github.jiceng.governance.cases.CaseAction;
import io.github.jiceng.governance.cases.CaseCategory;
import io.github.jiceng.governance.cases.CaseClock;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.cases.CaseKind;
import io.github.jiceng.governance.cases.CaseLimits;
import io.github.jiceng.governance.cases.CaseReport;
import io.github.jiceng.governance.cases.CaseRules;
import io.github.jiceng.governance.cases.CaseSource;
import io.github.jiceng.governance.cases.CaseStage;
import io.github.jiceng.governance.cases.ResponsibleBody;
import io.github.jiceng.governance.cases.RoutingEntry;
import io.github.jiceng.governance.cases.RoutingPlace;
import io.github.jiceng.governance.cases.RoutingTable;
import io.github.jiceng.governance.cases.TimeLimit;
import io.github.jiceng.governance.cases.Urgency;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.desk.CaseDesk;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.report.HtmlReport;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.service.Satisfaction;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The demo's closed-loop part: a week of cases (8–12 June 2026) across 城南社区's seven grids, reported
 * by grid workers and residents to 鳌峰街道's command centre, routed, handled, verified and closed; the
 * week's figures; one overdue case escalated and explained. The office hours, limits and escalation
 * step are a sample local policy: the filing and street-light limits follow 太原's digital
 * urban-management rules as a news report gives them (the rules themselves not seen); the others
 * are illustrative and say so.
 */
final class CaseDemo {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode AOFENG = DivisionCode.of("341802002000");
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final EffectivePeriod FROM_2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));
  private static final Citation TAIYUAN =
      Citation.of("《太原市城市市政综合监管信息系统—城市管理部件事件立案处置和结案规范》", "据新闻报道转述（二手来源），条款未核实");
  private static final Citation SAMPLE = Citation.of("宣州区示例数据（未核实）");
  private static final String CENTRE = "aofeng-command";
  private static final String CHIEF = "aofeng-chief";

  private static final List<CaseCategory> CATEGORIES =
      List.of(
          new CaseCategory("01.03", "市容环境", "路灯不亮"),
          new CaseCategory("01.05", "市容环境", "占道经营"),
          new CaseCategory("01.07", "市容环境", "道路坑洼"),
          new CaseCategory("03.02", "公共安全", "楼道堆物堵塞消防通道"));

  private CaseDemo() {}

  private static <V> ParameterVersion<V> v(V value, Citation citation) {
    return ParameterVersion.of(value, FROM_2026, citation, String.valueOf(value));
  }

  /** The sample local policy: office hours, limits, escalation step. */
  static Policy policy() {
    return Policy.builder("xuanzhou-cases", "2026.1")
        .basedOn(NationalDefaults.policy())
        .define(WorkingTime.HOURS, v(WorkingHours.of("08:30-12:00", "14:00-17:30"), SAMPLE))
        .define(
            CaseLimits.key(CaseStage.FILING_AND_DISPATCH, Urgency.NORMAL),
            v(TimeLimit.workingMinutes(30), TAIYUAN))
        .define(
            CaseLimits.key(CaseStage.FILING_AND_DISPATCH, Urgency.URGENT),
            v(TimeLimit.workingMinutes(10), TAIYUAN))
        .define(
            CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL, "01.03"),
            v(TimeLimit.workingDays(1), TAIYUAN))
        .define(
            CaseLimits.key(CaseStage.HANDLING, Urgency.NORMAL), v(TimeLimit.workingDays(2), SAMPLE))
        .define(
            CaseLimits.key(CaseStage.VERIFICATION, Urgency.NORMAL),
            v(TimeLimit.workingHours(1), SAMPLE))
        .define(CaseLimits.extension(Urgency.NORMAL), v(TimeLimit.workingDays(3), SAMPLE))
        .define(CaseRules.escalationStep(Urgency.NORMAL), v(TimeLimit.workingHours(4), SAMPLE))
        .define(CaseLimits.WARNING_PERCENT, v(80, SAMPLE))
        .build();
  }

  /** 鳌峰街道's routing table. */
  static RoutingTable routing() {
    return RoutingTable.builder("aofeng-routing", "2026.1")
        .body(ResponsibleBody.open("aofeng-office", "鳌峰街道办事处"))
        .body(ResponsibleBody.open("xuanzhou-lights", "宣州区路灯管理所"))
        .body(ResponsibleBody.open("xuanzhou-enforcement", "宣州区城管执法大队"))
        .body(ResponsibleBody.open("chengnan-committee", "城南社区居民委员会"))
        .entry(new RoutingEntry(RoutingPlace.division(AOFENG), "*", "aofeng-office", FROM_2026))
        .entry(
            new RoutingEntry(RoutingPlace.division(AOFENG), "01.03", "xuanzhou-lights", FROM_2026))
        .entry(
            new RoutingEntry(
                RoutingPlace.division(AOFENG), "01.05", "xuanzhou-enforcement", FROM_2026))
        .entry(
            new RoutingEntry(
                RoutingPlace.division(CHENGNAN), "03", "chengnan-committee", FROM_2026))
        .build();
  }

  /** A clock the demo moves. */
  private static final class MovingClock extends Clock {
    private Instant now = at(LocalDate.of(2026, 6, 8), 9, 0);

    void set(LocalDate day, int hour, int minute) {
      now = at(day, hour, minute);
    }

    @Override
    public ZoneId getZone() {
      return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(CHINA).toInstant();
  }

  static void run(GovernanceStore store, PrintStream out, DemoPages pages) {
    MovingClock clock = new MovingClock();
    Governance facade = Governance.builder().store(store).policy(policy()).clock(clock).build();
    facade.asSystem().scopes().grant(CENTRE, "街道指挥中心", DataScope.divisionAndBelow(AOFENG));
    facade.asSystem().scopes().grant(CHIEF, "街道分管领导", DataScope.divisionAndBelow(AOFENG));
    CaseDesk desk = facade.as(CENTRE).cases();
    CaseDesk chief = facade.as(CHIEF).cases();
    RoutingTable routing = routing();
    LocalDate monday = LocalDate.of(2026, 6, 8);
    int n = 0;
    for (int d = 0; d < 5; d++) {
      LocalDate day = monday.plusDays(d);
      for (int k = 0; k < 4; k++, n++) {
        clock.set(day, 9 + 2 * k, 10);
        CaseCategory category = CATEGORIES.get(n % CATEGORIES.size());
        Case c =
            desk.report(
                new CaseReport(
                    String.format("CN-AJ-%03d", n + 1),
                    category,
                    CaseKind.PROMISED,
                    Urgency.NORMAL,
                    n % 3 == 0 ? CaseSource.RESIDENT : CaseSource.GRID_PATROL,
                    CHENGNAN,
                    GridCode.of("100100", CHENGNAN, 1 + n % 7),
                    category.subclassName(),
                    null,
                    CENTRE));
        follow(desk, chief, routing, clock, c, n, day);
      }
    }
    clock.set(LocalDate.of(2026, 6, 12), 17, 30);
    Instant from = at(monday, 0, 0);
    Instant to = at(monday.plusDays(7), 0, 0);
    out.println("== 案件闭环 / Cases on the closed loop: 城南社区, 8–12 June 2026 ==");
    out.println(
        "派遣规则 / routing "
            + routing.id()
            + ": "
            + routing.entries().size()
            + " lines; limits: 立案派遣 30 working minutes, 路灯 1 working day, other handling 2, 核查 1 working hour");
    out.print(desk.figures(AOFENG, from, to, CaseFigures.GroupBy.CATEGORY).table(CHINA));
    pages.add(
        "case-figures.html",
        HtmlReport.caseFigures(desk.figures(AOFENG, from, to, CaseFigures.GroupBy.GRID), CHINA));
    Case late = desk.find("CN-AJ-013").orElseThrow();
    out.println("-- 超期升级 / an overdue case: CN-AJ-013 (" + late.category() + ") --");
    for (CaseClock.StageTime t : desk.clock(late.id())) {
      out.println(
          "  "
              + t.stage().label().zh()
              + " "
              + t.limit().map(l -> l.limit().toString()).orElse("no limit")
              + ": used "
              + t.used().toMinutes()
              + " min, "
              + (t.isOverdue() ? "overdue " + t.overdue().toMinutes() + " min" : "within")
              + (t.running() ? ", running, deadline " + t.deadline() : ""));
    }
    CaseDesk.Escalation escalation = desk.escalateIfDue(late.id(), late.version());
    out.println(
        "  升级 / escalated to "
            + escalation
                .escalated()
                .map(c -> c.level().label().zh() + " / " + c.level())
                .orElse("-")
            + "; the rules call for "
            + escalation.decision().outcome());
    out.println(escalation.decision().explain());
  }

  /**
   * Takes case {@code n} round the loop the way a week goes: most in time, every fifth sent back
   * for rework, one a week extended (approved by the street's chief: never by who asked), the
   * thirteenth left with the body past its limit.
   */
  private static void follow(
      CaseDesk desk,
      CaseDesk chief,
      RoutingTable routing,
      MovingClock clock,
      Case reported,
      int n,
      LocalDate day) {
    Case c = desk.act(reported.id(), reported.version(), CaseAction.ACCEPT, null, null);
    c = desk.act(c.id(), c.version(), CaseAction.FILE, null, null);
    clock.set(day, 9 + 2 * (n % 4), n % 6 == 5 ? 55 : 25); // one in six dispatched late
    c = desk.dispatch(c.id(), c.version(), routing).dispatched().orElseThrow();
    c = desk.act(c.id(), c.version(), CaseAction.START_HANDLING, null, null);
    if (n == 12) {
      return; // left with the body: overdue by Friday evening
    }
    if (n == 7) {
      c = desk.act(c.id(), c.version(), CaseAction.REQUEST_EXTENSION, "需更换灯杆", null);
      c = chief.act(c.id(), c.version(), CaseAction.APPROVE_EXTENSION, null, null);
    }
    LocalDate done = n % 9 == 4 ? day.plusDays(3) : day.plusDays(n % 2);
    clock.set(done, 15, 0);
    c = desk.act(c.id(), c.version(), CaseAction.REPORT_BACK, null, null);
    if (n % 5 == 2) {
      c = desk.act(c.id(), c.version(), CaseAction.SEND_BACK_FOR_REWORK, "核查未通过", null);
      clock.set(done, 16, 0);
      c = desk.act(c.id(), c.version(), CaseAction.REPORT_BACK, null, null);
    }
    clock.set(done, 16, 30);
    c = desk.act(c.id(), c.version(), CaseAction.VERIFY, null, null);
    c = desk.act(c.id(), c.version(), CaseAction.CLOSE, null, null);
    if (n % 3 == 0) {
      desk.evaluate(
          c.id(), c.version(), n % 12 == 9 ? Satisfaction.DISSATISFIED : Satisfaction.SATISFIED);
    }
  }
}
