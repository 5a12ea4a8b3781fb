package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.FigureTables;
import io.github.jiceng.governance.internal.TextTable;
import io.github.jiceng.governance.policy.TableColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The loop's figures for a part of the hierarchy and a period (考核): cases reported, the on-time
 * filing rate (按时立案率), the accurate dispatch rate (准确派遣率: dispatched and never returned), the
 * on-time handling rate (按期处置率), the closure rate (结案率), the on-time closure rate (按期结案率), the
 * rework rate (返工率), the extension rate (延期率), the average handling time and the cases overdue now
 * — per body, category or grid, and in total — with the 12345 trio: response, resolution and
 * satisfaction rates. Counted by the store (in the database on JDBC) from what each case keeps
 * ({@link CaseTimes}).
 *
 * <p>Definitions: <em>dispatched</em> once a body took it over; <em>handled</em> once reported back
 * within or over its limit; <em>closed on time</em>: closed, its handling within the limit;
 * <em>overdue now</em>: filing or handling running and past its deadline at the instant asked. The
 * response rate is the on-time filing rate, the resolution rate the closure rate, the satisfaction
 * rate the share of evaluations 基本满意 or better.
 *
 * @param scope the part of the hierarchy asked about
 * @param from the first instant of reports counted
 * @param to the instant after the last report counted
 * @param asOf the instant "overdue now" is counted at
 * @param by what the lines are per
 * @param lines one per key that has cases, by key
 * @param total all of them together
 */
public record CaseFigures(
    DivisionCode scope,
    Instant from,
    Instant to,
    Instant asOf,
    GroupBy by,
    List<Line> lines,
    Line total) {

  /** What the lines are per. */
  public enum GroupBy {
    /** Per responsible body (the one dispatched to, else the first receiver). */
    BODY,
    /** Per category code. */
    CATEGORY,
    /** Per grid ({@code -} for cases without one). */
    GRID
  }

  /** Copies the lines. */
  public CaseFigures {
    Checks.required(scope, "CaseFigures", "scope");
    Checks.required(from, "CaseFigures", "from");
    Checks.required(to, "CaseFigures", "to");
    Checks.required(asOf, "CaseFigures", "asOf");
    Checks.required(by, "CaseFigures", "by");
    lines = Checks.listOf(lines, "CaseFigures", "lines");
    Checks.required(total, "CaseFigures", "total");
  }

  /** The figures of {@code parts} (lines of several areas, possibly with the same keys) merged. */
  public static CaseFigures of(
      DivisionCode scope, Instant from, Instant to, Instant asOf, GroupBy by, List<Line> parts) {
    FigureTables.Merged<Line> merged =
        FigureTables.merge(
            Checks.listOf(parts, "CaseFigures", "parts"),
            Line::key,
            Line::plus,
            Line.empty("total"));
    return new CaseFigures(scope, from, to, asOf, by, merged.lines(), merged.total());
  }

  /**
   * The counts of one body, category or grid.
   *
   * @param key the body, category code or grid code
   * @param reported cases reported
   * @param rejected not accepted
   * @param filed cases whose filing is over (dispatched or rejected) with a limit
   * @param filedOnTime of those, within the limit
   * @param dispatched dispatched at least once
   * @param returned returned at least once by a body not responsible
   * @param handled reported back, with a handling limit
   * @param handledOnTime of those, within the limit
   * @param closed closed
   * @param closedOnTime closed, handled within the limit
   * @param reworked sent back for rework at least once
   * @param extended extended at least once
   * @param handlingMinutes the handling time of the handled cases, together
   * @param overdueNow filing or handling past its deadline at the instant asked
   * @param evaluated evaluated by the reporter
   * @param satisfied evaluated 基本满意 or better
   */
  public record Line(
      String key,
      long reported,
      long rejected,
      long filed,
      long filedOnTime,
      long dispatched,
      long returned,
      long handled,
      long handledOnTime,
      long closed,
      long closedOnTime,
      long reworked,
      long extended,
      long handlingMinutes,
      long overdueNow,
      long evaluated,
      long satisfied) {

    /** Checks the key. */
    public Line {
      Checks.required(key, "CaseFigures.Line", "key");
    }

    static Line empty(String key) {
      return new Line(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * The line of one case at {@code asOf}, under {@code by}'s key: the definitions every store
     * counts by (the JDBC store's SQL counts the same).
     */
    public static Line of(Case c, GroupBy by, Instant asOf) {
      Checks.required(c, "CaseFigures.Line.of", "case");
      Checks.required(by, "CaseFigures.Line.of", "by");
      Checks.required(asOf, "CaseFigures.Line.of", "asOf");
      CaseTimes t = c.times();
      boolean handled = t.handledOnTime() != null;
      boolean closed = c.state() == CaseState.CLOSED;
      Instant filing = t.filingDeadline();
      Instant handling = t.handlingDeadline();
      boolean overdue =
          (filing != null && filing.isBefore(asOf))
              || (handling != null && handling.isBefore(asOf));
      return new Line(
          key(c, by),
          1,
          flag(c.state() == CaseState.REJECTED),
          flag(t.filedOnTime() != null),
          flag(Boolean.TRUE.equals(t.filedOnTime())),
          flag(isDispatched(c)),
          flag(t.returns() > 0),
          flag(handled),
          flag(Boolean.TRUE.equals(t.handledOnTime())),
          flag(closed),
          flag(closed && Boolean.TRUE.equals(t.handledOnTime())),
          flag(t.reworks() > 0),
          flag(t.extensions() > 0),
          handled ? t.handlingMinutes() : 0,
          flag(overdue),
          flag(c.evaluation() != null),
          flag(c.evaluation() != null && c.evaluation().positive()));
    }

    /** The states before a case is first dispatched; a returned case counts as dispatched. */
    public static final java.util.Set<CaseState> BEFORE_DISPATCH =
        java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(
                CaseState.REPORTED, CaseState.ACCEPTED, CaseState.REJECTED, CaseState.FILED));

    private static boolean isDispatched(Case c) {
      return !BEFORE_DISPATCH.contains(c.state()) || c.times().returns() > 0;
    }

    /** The key of {@code c} under {@code by}. */
    public static String key(Case c, GroupBy by) {
      Checks.required(c, "CaseFigures.Line.key", "case");
      Checks.required(by, "CaseFigures.Line.key", "by");
      return switch (by) {
        case BODY -> c.responsible();
        case CATEGORY -> c.category().code();
        case GRID -> c.grid() == null ? "-" : c.grid().value();
      };
    }

    private static long flag(boolean value) {
      return value ? 1 : 0;
    }

    /** 按时立案率 (the 12345 response rate): filed on time ÷ filed. */
    public double onTimeFilingRate() {
      return ratio(filedOnTime, filed);
    }

    /** 准确派遣率: dispatched and never returned ÷ dispatched. */
    public double accurateDispatchRate() {
      return ratio(dispatched - returned, dispatched);
    }

    /** 按期处置率: handled on time ÷ handled. */
    public double onTimeHandlingRate() {
      return ratio(handledOnTime, handled);
    }

    /** 结案率 (the 12345 resolution rate): closed ÷ accepted (reported, not rejected). */
    public double closureRate() {
      return ratio(closed, reported - rejected);
    }

    /** 按期结案率: closed on time ÷ closed. */
    public double onTimeClosureRate() {
      return ratio(closedOnTime, closed);
    }

    /** 返工率: reworked ÷ handled. */
    public double reworkRate() {
      return ratio(reworked, handled);
    }

    /** 延期率: extended ÷ dispatched. */
    public double extensionRate() {
      return ratio(extended, dispatched);
    }

    /** Average handling time of the handled cases, in minutes. */
    public double averageHandlingMinutes() {
      return ratio(handlingMinutes, handled);
    }

    /** Satisfaction rate: satisfied ÷ evaluated. */
    public double satisfactionRate() {
      return ratio(satisfied, evaluated);
    }

    /** This line and {@code other} counted together, under this key. */
    public Line plus(Line o) {
      return new Line(
          key,
          reported + o.reported,
          rejected + o.rejected,
          filed + o.filed,
          filedOnTime + o.filedOnTime,
          dispatched + o.dispatched,
          returned + o.returned,
          handled + o.handled,
          handledOnTime + o.handledOnTime,
          closed + o.closed,
          closedOnTime + o.closedOnTime,
          reworked + o.reworked,
          extended + o.extended,
          handlingMinutes + o.handlingMinutes,
          overdueNow + o.overdueNow,
          evaluated + o.evaluated,
          satisfied + o.satisfied);
    }

    private static double ratio(long part, long whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  /**
   * The columns of the figures, the key's first: 上报, 按时立案率, 准确派遣率, 按期处置率, 结案率, 按期结案率, 返工率, 延期率,
   * average handling time, 超期 (overdue now), 满意率; a rate with nothing to divide by is {@code —}.
   * The text table and the HTML report both show these.
   */
  public static List<TableColumn<Line>> columns(GroupBy by) {
    Checks.required(by, "CaseFigures.columns", "by");
    return List.of(
        TableColumn.of(
            switch (by) {
              case BODY -> "责任单位";
              case CATEGORY -> "类别";
              case GRID -> "网格";
            },
            by.name().toLowerCase(Locale.ROOT),
            Line::key),
        TableColumn.of("上报", "reported", l -> String.valueOf(l.reported())),
        rate("按时立案", "filed on time", Line::onTimeFilingRate, Line::filed),
        rate("准确派遣", "dispatched right", Line::accurateDispatchRate, Line::dispatched),
        rate("按期处置", "handled on time", Line::onTimeHandlingRate, Line::handled),
        rate("结案率", "closed", Line::closureRate, l -> l.reported() - l.rejected()),
        rate("按期结案", "closed on time", Line::onTimeClosureRate, Line::closed),
        rate("返工率", "reworked", Line::reworkRate, Line::handled),
        rate("延期率", "extended", Line::extensionRate, Line::dispatched),
        TableColumn.of(
            "平均处置分钟",
            "avg. handling min",
            l ->
                l.handled() == 0
                    ? "—"
                    : String.format(Locale.ROOT, "%.0f", l.averageHandlingMinutes())),
        TableColumn.of("超期", "overdue now", l -> String.valueOf(l.overdueNow())),
        rate("满意率", "satisfied", Line::satisfactionRate, Line::evaluated));
  }

  private static TableColumn<Line> rate(
      String zh,
      String en,
      java.util.function.ToDoubleFunction<Line> rate,
      java.util.function.ToLongFunction<Line> whole) {
    return TableColumn.rate(
        zh,
        en,
        l -> percent(rate.applyAsDouble(l), whole.applyAsLong(l)),
        l -> rate.applyAsDouble(l));
  }

  /** The figures as a table, its instants in UTC; {@link #table(ZoneId)} gives local times. */
  public String table() {
    return table(java.time.ZoneOffset.UTC);
  }

  /**
   * The figures as a table, one line per key and a total, for a console or a report, its instants
   * as local times of {@code zone}.
   */
  public String table(java.time.ZoneId zone) {
    Checks.required(zone, "CaseFigures.table", "zone");
    StringBuilder out = new StringBuilder();
    out.append("案件考核 / case figures ")
        .append(scope)
        .append(' ')
        .append(java.time.LocalDateTime.ofInstant(from, zone))
        .append(" – ")
        .append(java.time.LocalDateTime.ofInstant(to, zone))
        .append(", overdue as of ")
        .append(java.time.LocalDateTime.ofInstant(asOf, zone))
        .append('\n');
    List<TableColumn<Line>> columns = columns(by);
    List<String> headers = new ArrayList<>();
    headers.add(by.name().toLowerCase(Locale.ROOT));
    columns.stream().skip(1).forEach(c -> headers.add(c.header().zh()));
    TextTable.row(out, headers, 20, 10);
    for (Line line : lines) {
      TextTable.row(out, columns.stream().map(c -> c.cellOf(line)).toList(), 20, 10);
    }
    TextTable.row(out, columns.stream().map(c -> c.cellOf(total)).toList(), 20, 10);
    return out.toString();
  }

  private static String percent(double rate, long whole) {
    return whole == 0 ? "—" : FigureTables.percent(rate);
  }
}
