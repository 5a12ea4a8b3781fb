package io.github.jiceng.governance.service;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.FigureTables;
import io.github.jiceng.governance.internal.TextTable;
import io.github.jiceng.governance.policy.TableColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-window desk's figures for a part of the hierarchy and a period (服务事项办理统计): requests
 * received, settled, on time, overdue now, the completion rate (办结率), the on-time rate, the average
 * working days to settle and the satisfaction rate — per item, window or department, and in total.
 * Counted by the store (in the database on JDBC).
 *
 * <p>Definitions: a request is <em>settled</em> (办结) when it is done or refused with a reason;
 * withdrawn requests are received but not settled. <em>On time</em>: settled by the due day.
 * <em>Overdue now</em>: still open on the day asked and past its due day. <em>Satisfied</em>: rated
 * 满意 or 基本满意.
 *
 * @param scope the part of the hierarchy asked about
 * @param from the first intake day counted
 * @param to the last intake day counted
 * @param asOf the day "overdue now" is counted on
 * @param by what the lines are per
 * @param lines one per item, window or department that has requests, by key
 * @param total all of them together
 */
public record ServiceFigures(
    DivisionCode scope,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    GroupBy by,
    List<Line> lines,
    Line total) {

  /** What the lines are per. */
  public enum GroupBy {
    /** Per service item code. */
    ITEM,
    /** Per window. */
    WINDOW,
    /** Per responsible department. */
    DEPARTMENT
  }

  /** Copies the lines. */
  public ServiceFigures {
    Checks.required(scope, "ServiceFigures", "scope");
    Checks.required(from, "ServiceFigures", "from");
    Checks.required(to, "ServiceFigures", "to");
    Checks.required(asOf, "ServiceFigures", "asOf");
    Checks.required(by, "ServiceFigures", "by");
    lines = Checks.listOf(lines, "ServiceFigures", "lines");
    Checks.required(total, "ServiceFigures", "total");
  }

  /** The figures of {@code parts} (lines of several areas, possibly with the same keys) merged. */
  public static ServiceFigures of(
      DivisionCode scope,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      GroupBy by,
      List<Line> parts) {
    FigureTables.Merged<Line> merged =
        FigureTables.merge(
            Checks.listOf(parts, "ServiceFigures", "parts"),
            Line::key,
            Line::plus,
            Line.empty("total"));
    return new ServiceFigures(scope, from, to, asOf, by, merged.lines(), merged.total());
  }

  /**
   * The counts of one item, window or department.
   *
   * @param key the item code, window or department
   * @param received requests taken
   * @param done settled as done
   * @param refused settled as refused
   * @param withdrawn withdrawn
   * @param settledOnTime settled by the due day
   * @param overdueNow open and past the due day on the day asked
   * @param settledWorkingDays the working days all settled requests took, together
   * @param rated rated by the resident
   * @param satisfied rated 满意 or 基本满意
   */
  public record Line(
      String key,
      long received,
      long done,
      long refused,
      long withdrawn,
      long settledOnTime,
      long overdueNow,
      long settledWorkingDays,
      long rated,
      long satisfied) {

    /** Checks the key. */
    public Line {
      Checks.required(key, "ServiceFigures.Line", "key");
    }

    static Line empty(String key) {
      return new Line(key, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Settled: done or refused. */
    public long settled() {
      return done + refused;
    }

    /** 办结率: settled ÷ received, 0 to 1; 0 when nothing was received. */
    public double completionRate() {
      return ratio(settled(), received);
    }

    /** On-time rate: settled on time ÷ settled. */
    public double onTimeRate() {
      return ratio(settledOnTime, settled());
    }

    /** Average working days from intake to settlement. */
    public double averageWorkingDays() {
      return ratio(settledWorkingDays, settled());
    }

    /** Satisfaction rate: satisfied ÷ rated. */
    public double satisfactionRate() {
      return ratio(satisfied, rated);
    }

    /** This line and {@code other} counted together, under this key. */
    public Line plus(Line other) {
      return new Line(
          key,
          received + other.received,
          done + other.done,
          refused + other.refused,
          withdrawn + other.withdrawn,
          settledOnTime + other.settledOnTime,
          overdueNow + other.overdueNow,
          settledWorkingDays + other.settledWorkingDays,
          rated + other.rated,
          satisfied + other.satisfied);
    }

    private static double ratio(long part, long whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  /**
   * The columns of the figures, the key's first: 受理, 办结, 办结率, 按时率, 超期, 平均工作日, 满意率. The text table
   * and the HTML report both show these.
   */
  public static List<TableColumn<Line>> columns(GroupBy by) {
    Checks.required(by, "ServiceFigures.columns", "by");
    return List.of(
        TableColumn.of(
            switch (by) {
              case ITEM -> "事项";
              case WINDOW -> "窗口";
              case DEPARTMENT -> "部门";
            },
            by.name().toLowerCase(Locale.ROOT),
            Line::key),
        TableColumn.of("受理", "received", l -> String.valueOf(l.received())),
        TableColumn.of("办结", "settled", l -> String.valueOf(l.settled())),
        TableColumn.rate(
            "办结率", "completion", l -> percent(l.completionRate()), Line::completionRate),
        TableColumn.rate("按时率", "on time", l -> percent(l.onTimeRate()), Line::onTimeRate),
        TableColumn.of("超期", "overdue now", l -> String.valueOf(l.overdueNow())),
        TableColumn.of(
            "平均工作日",
            "avg. working days",
            l -> String.format(Locale.ROOT, "%.1f", l.averageWorkingDays())),
        TableColumn.rate(
            "满意率",
            "satisfied",
            l -> l.rated() == 0 ? "—" : percent(l.satisfactionRate()),
            Line::satisfactionRate));
  }

  /** The figures as a table, one line per key and a total, for a console or a report. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("服务事项办理统计 / service figures ")
        .append(scope)
        .append(' ')
        .append(from)
        .append(" – ")
        .append(to)
        .append(", overdue as of ")
        .append(asOf)
        .append('\n');
    List<TableColumn<Line>> columns = columns(by);
    List<String> headers = new ArrayList<>();
    headers.add(by.name().toLowerCase(Locale.ROOT));
    columns.stream().skip(1).forEach(c -> headers.add(c.header().zh()));
    TextTable.row(out, headers, 20, 11);
    for (Line line : lines) {
      TextTable.row(out, columns.stream().map(c -> c.cellOf(line)).toList(), 20, 11);
    }
    TextTable.row(out, columns.stream().map(c -> c.cellOf(total)).toList(), 20, 11);
    return out.toString();
  }

  private static String percent(double rate) {
    return FigureTables.percent(rate);
  }
}
