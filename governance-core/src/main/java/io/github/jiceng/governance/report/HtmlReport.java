package io.github.jiceng.governance.report;

import io.github.jiceng.governance.access.BurdenReport;
import io.github.jiceng.governance.cases.CaseFigures;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.CoverageReport;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.service.ServiceFigures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

/**
 * A report as one self-contained HTML page (报表页面): tables and SVG charts, every heading in Chinese
 * and English, a print style for A4, and nothing fetched from the network — no scripts, fonts,
 * style sheets or images from elsewhere — so that it opens the same on an office's offline computer
 * as on a phone, and prints. The figures are the report's own, written as its text {@code table()}
 * writes them.
 *
 * <p>A report holds no personal data: counts, codes and the names of communities, grids and
 * departments.
 *
 * @param title the page's title
 * @param html the page
 */
public record HtmlReport(Text title, String html) {

  /** Checks the fields. */
  public HtmlReport {
    Checks.required(title, "HtmlReport", "title");
    Checks.required(html, "HtmlReport", "html");
  }

  /**
   * The burden report (减负台账): a heat table of what each community was given, admitted, refused and
   * left pending, with its forms, inspections and emergencies; refusals per department as bars;
   * each department's requests and refusal rate.
   *
   * @param communityNames the names to print for community codes; a code without one is printed as
   *     the code
   */
  public static HtmlReport burden(BurdenReport report, Map<DivisionCode, String> communityNames) {
    Checks.required(report, "HtmlReport.burden", "report");
    Checks.required(communityNames, "HtmlReport.burden", "communityNames");
    return BurdenPage.of(report, communityNames);
  }

  /** The burden report with community codes for names. */
  public static HtmlReport burden(BurdenReport report) {
    return burden(report, Map.of());
  }

  /**
   * A community's grid coverage (网格覆盖情况): each grid's households as bars, green where the grid
   * keeps the rules; the grid table; every violation with its rule and numbers.
   */
  public static HtmlReport gridCoverage(CoverageReport report) {
    Checks.required(report, "HtmlReport.gridCoverage", "report");
    return CoveragePage.of(report);
  }

  /**
   * The one-window's figures (服务事项办理统计): the table of {@link ServiceFigures#columns}, the
   * completion rate per line and what is overdue now as bars.
   */
  public static HtmlReport serviceFigures(ServiceFigures figures) {
    Checks.required(figures, "HtmlReport.serviceFigures", "figures");
    return FiguresPages.service(figures);
  }

  /**
   * The case figures (案件考核): the table of {@link CaseFigures#columns}, the closure rate per line
   * and the cases overdue now — per grid, body or category — as bars; times in {@code zone}.
   */
  public static HtmlReport caseFigures(CaseFigures figures, ZoneId zone) {
    Checks.required(figures, "HtmlReport.caseFigures", "figures");
    Checks.required(zone, "HtmlReport.caseFigures", "zone");
    return FiguresPages.cases(figures, zone);
  }

  /**
   * Writes the page to {@code file} in UTF-8, replacing it.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public Path writeTo(Path file) {
    Checks.required(file, "HtmlReport.writeTo", "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report " + title.en() + " cannot be written to " + file, e);
    }
  }

  /** The title and the page's size; never the page. */
  @Override
  public String toString() {
    return "HtmlReport[" + title.en() + ", " + html.length() + " characters]";
  }
}
