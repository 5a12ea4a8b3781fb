package io.github.jiceng.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.access.BurdenReport;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.service.ServiceFigures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report pages, read back by an HTML parser as a browser would build them. */
class HtmlReportTest {
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
  private static final LocalDate END = LocalDate.of(2026, 6, 30);

  private static ServiceFigures service() {
    return ServiceFigures.of(
        CHENGNAN,
        JUNE,
        END,
        END,
        ServiceFigures.GroupBy.ITEM,
        List.of(
            new ServiceFigures.Line("MZ-001", 10, 8, 1, 0, 9, 1, 30, 5, 5),
            new ServiceFigures.Line("YB-001", 4, 4, 0, 0, 4, 0, 4, 0, 0)));
  }

  /** Parses {@code html} with jsoup's HTML5 parser, tracking every parse error. */
  private static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document document = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return document;
  }

  /** The page fetches nothing: no script, style sheet, image, frame or font from anywhere. */
  private static void selfContained(Document page) {
    assertThat(page.select("script, link, img, iframe, object, embed, base")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
  }

  @Test
  @DisplayName(
      "service figures: one table of the figures' own columns with a total row, bars per line,"
          + " bilingual, nothing fetched")
  void servicePage() {
    HtmlReport report = HtmlReport.serviceFigures(service());
    Document page = parse(report.html());

    selfContained(page);
    assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.title()).isEqualTo("服务事项办理统计 / Service figures");
    assertThat(page.select("h1").text()).isEqualTo("服务事项办理统计 Service figures");
    Element table = page.selectFirst("table");
    assertThat(table.select("thead th"))
        .hasSize(ServiceFigures.columns(ServiceFigures.GroupBy.ITEM).size());
    assertThat(table.select("thead th").get(3).text()).isEqualTo("办结率 completion");
    assertThat(table.select("tbody tr")).hasSize(3);
    assertThat(table.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("MZ-001", "10", "9", "90.0 %", "100.0 %", "1", "3.3", "100.0 %");
    assertThat(table.select("tr.total td").eachText()).startsWith("合计 total", "14", "13", "92.9 %");
    assertThat(page.select("figure svg").first().select("rect")).hasSize(2);
    assertThat(page.select("figure svg").first().select("rect.ok"))
        .hasSize(1); // YB-001: none overdue
    assertThat(page.text()).contains("当前超期", "MZ-001").doesNotContain("Nothing is overdue");
    assertThat(report)
        .hasToString("HtmlReport[Service figures, " + report.html().length() + " characters]");
  }

  @Test
  @DisplayName("the same figures print the same cells in the text table and on the page")
  void textTableAndPageAgree() {
    ServiceFigures figures = service();
    Document page = parse(HtmlReport.serviceFigures(figures).html());

    for (Element row : page.select("table tbody tr:not(.total)")) {
      List<String> cells = row.select("td").eachText();
      String line =
          figures.table().lines().filter(l -> l.startsWith(cells.get(0))).findFirst().orElseThrow();
      for (String cell : cells) {
        assertThat(line).contains(cell);
      }
    }
  }

  @Test
  @DisplayName(
      "case figures per grid: overdue bars for the grids with overdue cases, times in the zone"
          + " asked")
  void casePage() {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    CaseFigures figures =
        CaseFigures.of(
            CHENGNAN,
            Instant.parse("2026-06-07T16:00:00Z"),
            Instant.parse("2026-06-14T16:00:00Z"),
            Instant.parse("2026-06-12T09:30:00Z"),
            CaseFigures.GroupBy.GRID,
            List.of(
                new CaseFigures.Line("G-01", 3, 0, 3, 3, 3, 0, 3, 3, 3, 3, 1, 0, 900, 0, 2, 2),
                new CaseFigures.Line("G-06", 3, 0, 3, 2, 3, 0, 2, 2, 2, 2, 0, 0, 600, 1, 0, 0)));

    Document page = parse(HtmlReport.caseFigures(figures, china).html());

    selfContained(page);
    assertThat(page.select("dl.facts dd").eachText())
        .contains("2026-06-08 00:00 – 2026-06-15 00:00", "2026-06-12 17:30", "Asia/Shanghai");
    assertThat(page.select("table tbody tr").get(1).select("td").eachText())
        .containsExactly(
            "G-06", "3", "66.7 %", "100.0 %", "100.0 %", "66.7 %", "100.0 %", "0.0 %", "0.0 %",
            "300", "1", "—");
    List<Element> charts = page.select("figure svg");
    assertThat(charts).hasSize(2);
    assertThat(charts.get(1).select("text").eachText()).containsExactly("G-06", "1 件");
  }

  @Test
  @DisplayName(
      "the burden page: a heat table per community, refusals per department as bars; names and"
          + " text are escaped")
  void burdenPage() {
    DivisionCode one = DivisionCode.of("341802001001");
    BurdenReport report =
        new BurdenReport(
            DivisionCode.of("341802000000"),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            List.of(
                new BurdenReport.CommunityBurden(
                    one,
                    new BurdenReport.Counts(15, 36, 1),
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    3,
                    11,
                    0,
                    4)),
            List.of(
                new BurdenReport.DepartmentBurden("区卫健委", 20, 24, 18),
                new BurdenReport.DepartmentBurden("<script>alert(1)</script>局", 2, 2, 1),
                new BurdenReport.DepartmentBurden("区民政局", 5, 5, 0)));

    Document page = parse(HtmlReport.burden(report, Map.of(one, "城东社区")).html());

    selfContained(page);
    assertThat(page.select("table.heat tbody tr th").eachText())
        .containsExactly("城东社区 (341802001001)");
    assertThat(page.select("table.heat tbody td").eachText())
        .containsExactly("15", "36", "1", "3", "11", "0", "4");
    assertThat(page.select("figure svg text").eachText())
        .containsExactly("区卫健委", "18 (75.0 %)", "<script>alert(1)</script>局", "1 (50.0 %)");
    assertThat(page.select("script")).isEmpty();
  }

  @Test
  @DisplayName("a page is written as UTF-8, its folder made; a missing argument is a typed error")
  void writeTo(@TempDir Path folder) throws IOException {
    Path written = HtmlReport.serviceFigures(service()).writeTo(folder.resolve("out/service.html"));

    assertThat(Files.readString(written, StandardCharsets.UTF_8)).contains("服务事项办理统计");
    assertThatThrownBy(() -> HtmlReport.serviceFigures(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("figures");
  }
}
