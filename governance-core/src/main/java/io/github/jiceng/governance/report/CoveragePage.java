package io.github.jiceng.governance.report;

import io.github.jiceng.governance.grid.CoverageReport;
import io.github.jiceng.governance.grid.GridCoverage;
import io.github.jiceng.governance.grid.GridFacts;
import io.github.jiceng.governance.grid.GridKind;
import io.github.jiceng.governance.policy.Text;
import java.util.ArrayList;
import java.util.List;

/** A community's grid coverage as a page. */
final class CoveragePage {
  private CoveragePage() {}

  static HtmlReport of(CoverageReport report) {
    Text title =
        Text.of(report.communityName() + "网格覆盖情况", "Grid coverage of " + report.communityName());
    HtmlPage page = new HtmlPage(title);
    page.facts(
        List.of(
            new HtmlPage.Fact(
                Text.of("社区", "community"),
                report.communityName() + " (" + report.community().value() + ")"),
            new HtmlPage.Fact(
                Text.of("类型", "setting"),
                report.setting().label().zh() + " / " + report.setting().label().en()),
            new HtmlPage.Fact(Text.of("截至", "as of"), report.asOf().toString()),
            new HtmlPage.Fact(Text.of("网格", "grids"), String.valueOf(report.grids().size())),
            new HtmlPage.Fact(Text.of("户数", "households"), String.valueOf(report.households())),
            new HtmlPage.Fact(Text.of("人口", "residents"), String.valueOf(report.residents())),
            new HtmlPage.Fact(
                Text.of("结果", "result"),
                report.isCompliant()
                    ? "符合规定 / compliant"
                    : report.violations().size() + " 项违反规定 / violations")));
    page.heading(Text.of("各网格户数", "Households per grid"))
        .barChart(
            Text.of("绿色：网格符合规定；红色：违反规定", "green: the grid keeps the rules; red: it does not"),
            report.grids().stream()
                .map(
                    g ->
                        new HtmlPage.Bar(
                            g.grid().name(),
                            g.facts().households(),
                            String.valueOf(g.facts().households()),
                            g.isCompliant()))
                .toList(),
            " 户");
    List<List<String>> rows = new ArrayList<>();
    for (GridCoverage line : report.grids()) {
      GridFacts f = line.facts();
      rows.add(
          List.of(
              line.grid().name(),
              line.grid().code().value(),
              line.grid().kind() == GridKind.DEDICATED ? "专属 dedicated" : "综合 comprehensive",
              String.valueOf(f.households()),
              String.valueOf(f.residents()),
              String.valueOf(f.primaryWorkers()),
              f.partyCover() == null ? "—" : f.partyCover(),
              line.isCompliant()
                  ? "✓"
                  : "✗ " + String.join(", ", line.decision().decidingRuleIds())));
    }
    page.table(
        Text.of("网格", "Grids"),
        List.of(
            Text.of("网格", "grid"),
            Text.of("编码", "code"),
            Text.of("类型", "kind"),
            Text.of("户数", "households"),
            Text.of("人口", "residents"),
            Text.of("专职网格员", "primary workers"),
            Text.of("党组织", "party"),
            Text.of("结果", "result")),
        rows,
        List.of(
            "合计 total",
            "",
            "",
            String.valueOf(report.households()),
            String.valueOf(report.residents()),
            "",
            "",
            ""));
    List<CoverageReport.Violation> violations = report.violations();
    page.heading(Text.of("违反规定", "Violations"));
    if (violations.isEmpty()) {
      page.paragraph(Text.of("无。", "None."));
    } else {
      page.table(
          Text.of("违反的规定及数字", "Rules broken, with their numbers"),
          List.of(Text.of("网格", "grid"), Text.of("规定", "rule"), Text.of("原因", "reason")),
          violations.stream()
              .map(
                  v ->
                      List.of(
                          v.grid() == null ? "社区 community" : v.grid().value(),
                          v.ruleId(),
                          v.reason().zh() + " / " + v.reason().en()))
              .toList(),
          List.of());
    }
    return new HtmlReport(
        title,
        page.render("governance · 网格覆盖 " + report.community().value() + " " + report.asOf()));
  }
}
