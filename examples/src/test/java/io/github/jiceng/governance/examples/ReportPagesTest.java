package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.report.HtmlReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's report pages as a person sees them: parsed as HTML, and opened in headless Chromium —
 * rendered without an error, fetching nothing, showing the demo's figures, printable.
 *
 * <p>The browser test needs Chromium ({@code apt-get install chromium}; {@code .ci/run} installs
 * it). Without it the test is skipped, unless {@code GOVERNANCE_BROWSER_TESTS=required}, as CI
 * sets, makes that a failure.
 */
class ReportPagesTest {
  @TempDir static Path folder;
  private static Map<String, HtmlReport> pages;
  private static String printed;

  /** Each page and figures it must show. */
  static List<Object[]> pagesAndFigures() {
    return List.of(
        new Object[] {
          "burden.html", List.of("社区减负台账", "城东社区 (341802001001)", "区卫健委", "18 (75.0 %)")
        },
        new Object[] {
          "grid-coverage.html", List.of("城南社区网格覆盖情况", "2594", "9072", "GRID-HOUSEHOLDS")
        },
        new Object[] {"service-figures.html", List.of("服务事项办理统计", "81.0 %", "96.1 %", "92.3 %")},
        new Object[] {"case-figures.html", List.of("案件考核", "85.0 %", "95.0 %", "83.3 %", "1 件")});
  }

  @BeforeAll
  static void runTheDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    DemoPages made = Demo.run(DemoTest.freshH2("demo-report-pages"), out);
    made.writeTo(folder, out);
    pages = made.pages();
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the demo writes its four pages and prints where each is")
  void writesAndPrints() {
    assertThat(pages.keySet())
        .containsExactlyInAnyOrder(
            "burden.html", "grid-coverage.html", "service-figures.html", "case-figures.html");
    for (String name : pages.keySet()) {
      assertThat(folder.resolve(name)).exists();
      assertThat(printed).contains(folder.resolve(name).toAbsolutePath().normalize().toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesAndFigures")
  @DisplayName("each page is well-formed HTML5 that fetches nothing and shows its figures")
  void parsed(String name, List<String> figures) throws Exception {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    Document page = Jsoup.parse(Files.readString(folder.resolve(name)), "", parser);

    assertThat(parser.getErrors()).isEmpty();
    assertThat(page.select("script, link, img, iframe, [src], [href]")).isEmpty();
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("table")).isNotEmpty();
    assertThat(page.select("svg rect")).isNotEmpty();
    assertThat(page.text()).contains(figures);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pagesAndFigures")
  @DisplayName(
      "in headless Chromium each page renders without an error, loads no resource, shows its"
          + " figures and charts, and prints to PDF")
  void inTheBrowser(String name, List<String> figures) throws Exception {
    Optional<Path> chromium = HeadlessChromium.binary();
    if (chromium.isEmpty()) {
      assertThat(System.getenv("GOVERNANCE_BROWSER_TESTS"))
          .as("Chromium is required (GOVERNANCE_BROWSER_TESTS=required) but not installed")
          .isNotEqualTo("required");
      Assumptions.abort("Chromium is not installed: apt-get install chromium");
    }
    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get())) {
      HeadlessChromium.Rendered shown =
          browser.open(
              folder.resolve(name),
              "[performance.getEntriesByType('resource').length,"
                  + " Array.from(document.querySelectorAll('svg rect'))"
                  + ".filter(r => r.getBoundingClientRect().width > 0).length,"
                  + " Array.from(document.querySelectorAll('svg'))"
                  + ".every(s => s.getBoundingClientRect().height > 0),"
                  + " document.body.innerText].join('\\n')");

      List<String> lines = shown.value().lines().toList();
      assertThat(shown.errors()).as("errors the page logged").isEmpty();
      assertThat(lines.get(0)).as("resources loaded").isEqualTo("0");
      assertThat(Integer.parseInt(lines.get(1))).as("bars drawn").isPositive();
      assertThat(lines.get(2)).as("every chart has a height").isEqualTo("true");
      assertThat(String.join("\n", lines.subList(3, lines.size()))).contains(figures);
      assertThat(new String(shown.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
  }
}
