package io.github.jiceng.governance.report;

import io.github.jiceng.governance.access.BurdenReport;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.FigureTables;
import io.github.jiceng.governance.policy.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The burden report as a page. */
final class BurdenPage {
  private BurdenPage() {}

  static HtmlReport of(BurdenReport report, Map<DivisionCode, String> names) {
    Text title = Text.of("社区减负台账", "Burden of work on communities");
    HtmlPage page = new HtmlPage(title);
    page.facts(
        List.of(
            new HtmlPage.Fact(Text.of("范围", "scope"), name(report.scope(), names)),
            new HtmlPage.Fact(Text.of("期间", "period"), report.from() + " – " + report.to()),
            new HtmlPage.Fact(
                Text.of("社区", "communities"), String.valueOf(report.communities().size())),
            new HtmlPage.Fact(
                Text.of("部门", "departments"), String.valueOf(report.departments().size()))));
    page.heading(Text.of("各社区承担的工作", "Work given to each community"))
        .heatTable(
            Text.of("颜色越深，数量越多（按列比较）", "the darker, the more (compared within a column)"),
            List.of(
                Text.of("准入", "admitted"),
                Text.of("拒绝", "refused"),
                Text.of("待审批", "pending"),
                Text.of("报表台账", "forms admitted"),
                Text.of("被拒报表", "forms refused"),
                Text.of("检查考核", "inspections"),
                Text.of("应急事项", "emergencies")),
            report.communities().stream()
                .map(
                    c ->
                        new HtmlPage.HeatRow(
                            name(c.community(), names),
                            List.of(
                                (long) c.total().admitted(),
                                (long) c.total().refused(),
                                (long) c.total().pending(),
                                (long) c.formsAdmitted(),
                                (long) c.formsRefused(),
                                (long) c.inspections(),
                                (long) c.emergencies())))
                .toList());
    List<BurdenReport.DepartmentBurden> byRefusals = new ArrayList<>(report.departments());
    byRefusals.sort(
        Comparator.comparingInt(BurdenReport.DepartmentBurden::refused)
            .reversed()
            .thenComparing(BurdenReport.DepartmentBurden::department));
    page.heading(Text.of("各部门被拒绝的摊派", "Refusals per department"))
        .barChart(
            Text.of("被拒绝的决定数（拒绝率）", "decisions refused (refusal rate)"),
            byRefusals.stream()
                .filter(d -> d.refused() > 0)
                .map(
                    d ->
                        new HtmlPage.Bar(
                            d.department(),
                            d.refused(),
                            d.refused() + " (" + FigureTables.percent(d.refusalRate()) + ")",
                            false))
                .toList(),
            "");
    page.table(
        Text.of("各部门的申请", "Requests per department"),
        List.of(
            Text.of("部门", "department"),
            Text.of("申请", "requests"),
            Text.of("决定", "decisions"),
            Text.of("拒绝", "refused"),
            Text.of("拒绝率", "refusal rate")),
        report.departments().stream()
            .map(
                d ->
                    List.of(
                        d.department(),
                        String.valueOf(d.requests()),
                        String.valueOf(d.decisions()),
                        String.valueOf(d.refused()),
                        FigureTables.percent(d.refusalRate())))
            .toList(),
        List.of());
    return new HtmlReport(
        title,
        page.render(
            "governance · 减负台账 " + report.scope() + " " + report.from() + " – " + report.to()));
  }

  private static String name(DivisionCode code, Map<DivisionCode, String> names) {
    String name = names.get(code);
    return name == null ? code.value() : name + " (" + code.value() + ")";
  }
}
