package io.github.jiceng.governance.report;

import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.internal.FigureTables;
import io.github.jiceng.governance.policy.TableColumn;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.service.ServiceFigures;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The one-window's and the cases' figures as pages: the facts of the query, one table of the
 * figures' own columns with a total row, a rate per line as bars, and what is overdue now.
 */
final class FiguresPages {
  private FiguresPages() {}

  static HtmlReport service(ServiceFigures f) {
    return page(
        new Layout<>(
            Text.of("服务事项办理统计", "Service figures"),
            List.of(
                new HtmlPage.Fact(Text.of("范围", "scope"), f.scope().value()),
                new HtmlPage.Fact(Text.of("受理日期", "received"), f.from() + " – " + f.to()),
                new HtmlPage.Fact(Text.of("超期截至", "overdue as of"), f.asOf().toString()),
                new HtmlPage.Fact(Text.of("分组", "per"), lower(f.by()))),
            Text.of("办理情况", "Requests"),
            ServiceFigures.columns(f.by()),
            f.lines(),
            f.total(),
            Text.of("办结率", "completion rate"),
            ServiceFigures.Line::key,
            ServiceFigures.Line::completionRate,
            ServiceFigures.Line::overdueNow,
            "governance · 服务事项 " + f.scope() + " " + f.from() + " – " + f.to()));
  }

  static HtmlReport cases(CaseFigures f, ZoneId zone) {
    String period = local(f.from(), zone) + " – " + local(f.to(), zone);
    return page(
        new Layout<>(
            Text.of("案件考核", "Case figures"),
            List.of(
                new HtmlPage.Fact(Text.of("范围", "scope"), f.scope().value()),
                new HtmlPage.Fact(Text.of("上报时间", "reported"), period),
                new HtmlPage.Fact(Text.of("超期截至", "overdue as of"), local(f.asOf(), zone)),
                new HtmlPage.Fact(Text.of("分组", "per"), lower(f.by())),
                new HtmlPage.Fact(Text.of("时区", "time zone"), zone.getId())),
            Text.of("闭环考核", "The closed loop"),
            CaseFigures.columns(f.by()),
            f.lines(),
            f.total(),
            Text.of("结案率", "closure rate"),
            CaseFigures.Line::key,
            CaseFigures.Line::closureRate,
            CaseFigures.Line::overdueNow,
            "governance · 案件考核 " + f.scope() + " " + period));
  }

  /** What a figures page shows, for lines of type {@code L}. */
  private record Layout<L>(
      Text title,
      List<HtmlPage.Fact> facts,
      Text caption,
      List<TableColumn<L>> columns,
      List<L> lines,
      L total,
      Text rateCaption,
      Function<L, String> key,
      ToDoubleFunction<L> rate,
      ToLongFunction<L> overdue,
      String footer) {}

  private static <L> HtmlReport page(Layout<L> l) {
    HtmlPage page = new HtmlPage(l.title()).facts(l.facts());
    List<String> totalRow =
        new ArrayList<>(l.columns().stream().map(c -> c.cellOf(l.total())).toList());
    totalRow.set(0, "合计 total");
    page.table(
        l.caption(),
        l.columns().stream().map(TableColumn::header).toList(),
        l.lines().stream()
            .map(line -> l.columns().stream().map(c -> c.cellOf(line)).toList())
            .toList(),
        totalRow);
    page.barChart(
        l.rateCaption(),
        l.lines().stream()
            .map(
                line ->
                    new HtmlPage.Bar(
                        l.key().apply(line),
                        l.rate().applyAsDouble(line),
                        FigureTables.percent(l.rate().applyAsDouble(line)),
                        l.overdue().applyAsLong(line) == 0))
            .toList(),
        "");
    List<HtmlPage.Bar> overdue =
        l.lines().stream()
            .filter(line -> l.overdue().applyAsLong(line) > 0)
            .map(
                line ->
                    new HtmlPage.Bar(
                        l.key().apply(line),
                        l.overdue().applyAsLong(line),
                        String.valueOf(l.overdue().applyAsLong(line)),
                        false))
            .toList();
    page.heading(Text.of("当前超期", "Overdue now"));
    if (overdue.isEmpty()) {
      page.paragraph(Text.of("无超期。", "Nothing is overdue."));
    } else {
      page.barChart(Text.of("超期件数", "overdue"), overdue, " 件");
    }
    return new HtmlReport(l.title(), page.render(l.footer()));
  }

  private static String lower(Enum<?> by) {
    return by.name().toLowerCase(Locale.ROOT);
  }

  private static String local(java.time.Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone).toString().replace('T', ' ');
  }
}
