package io.github.jiceng.governance.report;

import io.github.jiceng.governance.policy.Text;
import java.util.List;
import java.util.Locale;

/**
 * Writes one self-contained HTML page: a title, sections of facts, tables, bar charts and heat
 * tables, every heading and label in Chinese and English. Everything is inline — the style sheet,
 * the SVG charts — so that the page needs no network, and its print style fits A4. Every text is
 * escaped.
 */
final class HtmlPage {
  /** Width of a bar chart's drawing, in pixels. */
  private static final int CHART_WIDTH = 720;

  private static final int LABEL_WIDTH = 220;
  private static final int BAR_HEIGHT = 18;
  private static final int BAR_GAP = 6;

  private static final String STYLE =
      """
      :root { color-scheme: light; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
             "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
             margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2733; }
      h1 { font-size: 1.5rem; border-bottom: 2px solid #b3261e; padding-bottom: .3rem; }
      h2 { font-size: 1.15rem; margin-top: 2rem; }
      .en { color: #5a6573; font-weight: normal; margin-left: .5em; }
      dl.facts { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
      dl.facts dt { color: #5a6573; }
      table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
      caption { text-align: left; font-weight: bold; padding: .3rem 0; }
      th, td { border: 1px solid #c9d0d8; padding: .25rem .5rem; }
      th { background: #eef1f4; text-align: left; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.total td { font-weight: bold; border-top: 2px solid #1d2733; }
      svg text { font-size: 12px; fill: #1d2733; }
      svg .bar { fill: #b3261e; }
      svg .bar.ok { fill: #2f6f4e; }
      figure { margin: 1rem 0; }
      figcaption { font-weight: bold; margin-bottom: .3rem; }
      footer { margin-top: 2rem; color: #5a6573; font-size: .8rem; }
      @media print {
        body { margin: 0; max-width: none; }
        h2, table, figure { break-inside: avoid; }
        @page { size: A4; margin: 15mm; }
      }
      """;

  private final StringBuilder body = new StringBuilder();
  private final Text title;

  HtmlPage(Text title) {
    this.title = title;
  }

  /** {@code 城南社区 / Chengnan}: the Chinese, then the English in a lighter style. */
  private static String both(Text text) {
    return escape(text.zh()) + " <span class=\"en\">" + escape(text.en()) + "</span>";
  }

  /** A section heading. */
  HtmlPage heading(Text text) {
    body.append("<h2>").append(both(text)).append("</h2>\n");
    return this;
  }

  /** A short paragraph, Chinese then English. */
  HtmlPage paragraph(Text text) {
    body.append("<p>")
        .append(escape(text.zh()))
        .append("<br><span class=\"en\">")
        .append(escape(text.en()))
        .append("</span></p>\n");
    return this;
  }

  /** Label and value pairs, e.g. the scope and the period. */
  HtmlPage facts(List<Fact> facts) {
    body.append("<dl class=\"facts\">\n");
    for (Fact fact : facts) {
      body.append("<dt>")
          .append(both(fact.label()))
          .append("</dt><dd>")
          .append(escape(fact.value()))
          .append("</dd>\n");
    }
    body.append("</dl>\n");
    return this;
  }

  /** A label and its value. */
  record Fact(Text label, String value) {}

  /**
   * A table: a header row, the rows, and an optional total row set apart. A cell that reads as a
   * number (digits, a percent, a dash) is right-aligned.
   */
  HtmlPage table(Text caption, List<Text> headers, List<List<String>> rows, List<String> total) {
    body.append("<table>\n<caption>").append(both(caption)).append("</caption>\n<thead><tr>");
    for (Text header : headers) {
      body.append("<th scope=\"col\">")
          .append(escape(header.zh()))
          .append("<br><span class=\"en\">")
          .append(escape(header.en()))
          .append("</span></th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      appendRow(row, "");
    }
    if (!total.isEmpty()) {
      appendRow(total, " class=\"total\"");
    }
    body.append("</tbody>\n</table>\n");
    return this;
  }

  private void appendRow(List<String> cells, String attributes) {
    body.append("<tr").append(attributes).append('>');
    for (String cell : cells) {
      body.append(isNumber(cell) ? "<td class=\"n\">" : "<td>")
          .append(escape(cell))
          .append("</td>");
    }
    body.append("</tr>\n");
  }

  private static boolean isNumber(String cell) {
    return cell.equals("—") || cell.matches("-?[0-9][0-9.,]*( %)?");
  }

  /**
   * A horizontal bar chart in SVG: one bar per entry, its length the value against the largest, its
   * value written after it. An entry flagged {@code ok} is drawn green, the others red.
   */
  HtmlPage barChart(Text caption, List<Bar> bars, String unit) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int height = Math.max(1, bars.size()) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
    int room = CHART_WIDTH - LABEL_WIDTH - 90;
    body.append("<figure>\n<figcaption>")
        .append(both(caption))
        .append("</figcaption>\n")
        .append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\" aria-label=\"%s\">\n<title>%s</title>\n",
                CHART_WIDTH,
                height,
                CHART_WIDTH,
                height,
                escape(caption.zh() + " / " + caption.en()),
                escape(caption.zh() + " / " + caption.en())));
    int y = BAR_GAP;
    for (Bar bar : bars) {
      int length = max == 0 ? 0 : (int) Math.round(room * bar.value() / max);
      body.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  + "<rect class=\"bar%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>\n",
              LABEL_WIDTH - 8,
              y + BAR_HEIGHT - 5,
              escape(bar.label()),
              bar.ok() ? " ok" : "",
              LABEL_WIDTH,
              y,
              Math.max(length, 1),
              BAR_HEIGHT,
              LABEL_WIDTH + Math.max(length, 1) + 6,
              y + BAR_HEIGHT - 5,
              escape(bar.shown() + unit)));
      y += BAR_HEIGHT + BAR_GAP;
    }
    body.append("</svg>\n</figure>\n");
    return this;
  }

  /**
   * One bar.
   *
   * @param label what it is
   * @param value its length
   * @param shown the value as written after the bar
   * @param ok drawn green (within a rule) rather than red
   */
  record Bar(String label, double value, String shown, boolean ok) {}

  /**
   * A heat table: rows of counts, each cell shaded by its share of its column's largest value, so
   * that the heaviest burdens stand out in print as on screen.
   */
  HtmlPage heatTable(Text caption, List<Text> columns, List<HeatRow> rows) {
    long[] max = new long[columns.size()];
    for (HeatRow row : rows) {
      for (int i = 0; i < max.length && i < row.values().size(); i++) {
        max[i] = Math.max(max[i], row.values().get(i));
      }
    }
    body.append("<table class=\"heat\">\n<caption>")
        .append(both(caption))
        .append("</caption>\n<thead><tr><th scope=\"col\"></th>");
    for (Text column : columns) {
      body.append("<th scope=\"col\">")
          .append(escape(column.zh()))
          .append("<br><span class=\"en\">")
          .append(escape(column.en()))
          .append("</span></th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (HeatRow row : rows) {
      body.append("<tr><th scope=\"row\">").append(escape(row.label())).append("</th>");
      for (int i = 0; i < columns.size(); i++) {
        long value = i < row.values().size() ? row.values().get(i) : 0;
        double share = max[i] == 0 ? 0 : (double) value / max[i];
        body.append(
            String.format(
                Locale.ROOT,
                "<td class=\"n\" style=\"background: rgba(179, 38, 30, %.2f)\">%d</td>",
                0.08 + 0.6 * share,
                value));
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    return this;
  }

  /** A row of a heat table: its label and one count per column. */
  record HeatRow(String label, List<Long> values) {}

  /** The whole page. */
  String render(String generatedBy) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title.zh() + " / " + title.en())
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n<h1>"
        + both(title)
        + "</h1>\n"
        + body
        + "<footer>"
        + escape(generatedBy)
        + "</footer>\n</body>\n</html>\n";
  }

  /** {@code text} with the five characters HTML gives meaning to escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
