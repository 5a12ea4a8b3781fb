package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.report.HtmlReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The report pages the demo's sections make, by file name, in the order they were made. */
final class DemoPages {
  private final Map<String, HtmlReport> pages = new LinkedHashMap<>();

  /** Keeps {@code page} to be written as {@code fileName}. */
  void add(String fileName, HtmlReport page) {
    pages.put(fileName, page);
  }

  /** The pages, by file name. */
  Map<String, HtmlReport> pages() {
    return Map.copyOf(pages);
  }

  /** Writes every page into {@code folder} and prints where each is. */
  void writeTo(Path folder, PrintStream out) {
    out.println("== 报表页面 / Report pages (HTML, open in a browser or print) ==");
    for (Map.Entry<String, HtmlReport> page : pages.entrySet()) {
      Path written = page.getValue().writeTo(folder.resolve(page.getKey()));
      out.println(
          "  "
              + page.getValue().title().zh()
              + " / "
              + page.getValue().title().en()
              + ": "
              + written.toAbsolutePath().normalize());
    }
  }
}
