package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The form in which the library writes the documents its readers read ({@link YamlDocumentReader}):
 * block style, two-space indent, a comment line on top, and citations and periods written as a
 * person would write them.
 */
public final class YamlDocumentWriter {
  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setWidth(200)
          .build();

  private YamlDocumentWriter() {}

  /**
   * {@code document} (maps, lists, texts, numbers, booleans) as YAML under the comment line {@code
   * # title}.
   */
  public static String write(String title, Map<String, Object> document) {
    Checks.required(title, "YamlDocumentWriter.write", "title");
    Checks.required(document, "YamlDocumentWriter.write", "document");
    return "# " + title + "\n" + new Dump(SETTINGS).dumpToString(document);
  }

  /** A citation: the document's name alone, or {@code {document, article}}. */
  public static Object citation(Citation citation) {
    Checks.required(citation, "YamlDocumentWriter.citation", "citation");
    if (citation.article() == null) {
      return citation.document();
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("document", citation.document());
    map.put("article", citation.article());
    return map;
  }

  /**
   * Puts {@code from} (unless the period has no start) and {@code to} (if it ends) into {@code
   * map}.
   */
  public static void period(Map<String, Object> map, EffectivePeriod period) {
    Checks.required(map, "YamlDocumentWriter.period", "map");
    Checks.required(period, "YamlDocumentWriter.period", "period");
    if (!period.from().equals(LocalDate.MIN)) {
      map.put("from", period.from().toString());
    }
    period.end().ifPresent(to -> map.put("to", to.toString()));
  }
}
