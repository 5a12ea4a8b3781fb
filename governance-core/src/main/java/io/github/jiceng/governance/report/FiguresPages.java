package io.github.jiceng.governance.report;

import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.internal.FigureTables;
import io.github.jiceng.governance.policy.TableColumn;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.service.ServiceFigures;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The one-window's and the cases' figures as pages: one table of their columns, and bars. */
final class FiguresPages {
  private FiguresPages() {}

  static HtmlReport service(ServiceFigures f) {
    Text title = Text.of("服务事项办理统计", "Service figures");
    HtmlPage page = new HtmlPage(title);
    page.facts(
        List.of(
            new HtmlPage.Fact(Text.of("范围", "scope"), f.scope().value()),
            new HtmlPage.Fact(Text.of("受理日期", "received"), f.from() + " – " + f.to()),
            new HtmlPage.Fact(Text.of("超期截至", "overdue as of"), f.asOf().toString()),
            new HtmlPage.Fact(Text.of("分组", "per"), f.by().name().toLowerCase(Locale.ROOT))));
    List<TableColumn<ServiceFigures.Line>> columns = ServiceFigures.columns(f.by());
    table(page, Text.of("办理情况", "Requests"), columns, f.lines(), f.total());
    page.barChart(
        Text.of("办结率", "completion rate"),
        f.lines().stream()
            .map(
                l ->
                    new HtmlPage.Bar(
                        l.key(),
                        l.completionRate(),
                        FigureTables.percent(l.completionRate()),
                        l.overdueNow() == 0))
            .toList(),
        "");
    overdue(
        page,
        f.lines().stream()
            .filter(l -> l.overdueNow() > 0)
            .map(
                l ->
                    new HtmlPage.Bar(
                        l.key(), l.overdueNow(), String.valueOf(l.overdueNow()), false))
            .toList());
    return new HtmlReport(
        title, page.render("governance · 服务事项 " + f.scope() + " " + f.from() + " – " + f.to()));
  }

  static HtmlReport cases(CaseFigures f, ZoneId zone) {
    Text title = Text.of("案件考核", "Case figures");
    HtmlPage page = new HtmlPage(title);
    page.facts(
        List.of(
            new HtmlPage.Fact(Text.of("范围", "scope"), f.scope().value()),
            new HtmlPage.Fact(
                Text.of("上报时间", "reported"), local(f.from(), zone) + " – " + local(f.to(), zone)),
            new HtmlPage.Fact(Text.of("超期截至", "overdue as of"), local(f.asOf(), zone)),
            new HtmlPage.Fact(Text.of("分组", "per"), f.by().name().toLowerCase(Locale.ROOT)),
            new HtmlPage.Fact(Text.of("时区", "time zone"), zone.getId())));
    List<TableColumn<CaseFigures.Line>> columns = CaseFigures.columns(f.by());
    table(page, Text.of("闭环考核", "The closed loop"), columns, f.lines(), f.total());
    page.barChart(
        Text.of("结案率", "closure rate"),
        f.lines().stream()
            .map(
                l ->
                    new HtmlPage.Bar(
                        l.key(),
                        l.closureRate(),
                        FigureTables.percent(l.closureRate()),
                        l.overdueNow() == 0))
            .toList(),
        "");
    overdue(
        page,
        f.lines().stream()
            .filter(l -> l.overdueNow() > 0)
            .map(
                l ->
                    new HtmlPage.Bar(
                        l.key(), l.overdueNow(), String.valueOf(l.overdueNow()), false))
            .toList());
    return new HtmlReport(
        title,
        page.render(
            "governance · 案件考核 "
                + f.scope()
                + " "
                + local(f.from(), zone)
                + " – "
                + local(f.to(), zone)));
  }

  private static <L> void table(
      HtmlPage page, Text caption, List<TableColumn<L>> columns, List<L> lines, L total) {
    List<String> totalRow =
        new java.util.ArrayList<>(columns.stream().map(c -> c.cellOf(total)).toList());
    totalRow.set(0, "合计 total");
    page.table(
        caption,
        columns.stream().map(TableColumn::header).toList(),
        lines.stream().map(l -> columns.stream().map(c -> c.cellOf(l)).toList()).toList(),
        totalRow);
  }

  private static void overdue(HtmlPage page, List<HtmlPage.Bar> bars) {
    page.heading(Text.of("当前超期", "Overdue now"));
    if (bars.isEmpty()) {
      page.paragraph(Text.of("无超期。", "Nothing is overdue."));
    } else {
      page.barChart(Text.of("超期件数", "overdue"), bars, " 件");
    }
  }

  private static String local(java.time.Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone).toString().replace('T', ' ');
  }
}
