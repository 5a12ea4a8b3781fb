package io.github.jiceng.governance.testkit.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML value of a case file with the line it starts on: a scalar (kept as text), a list or a
 * mapping. Small enough to merge defaults into cases and fill table rows into a template, which the
 * YAML library's own nodes make awkward.
 */
sealed interface CaseNode {

  /** The 1-based line the value starts on. */
  int line();

  /** A scalar, as written. */
  record Scalar(String text, int line) implements CaseNode {}

  /** A list. */
  record Sequence(List<CaseNode> items, int line) implements CaseNode {}

  /** A mapping, keys in file order. */
  record Mapping(Map<String, CaseNode> fields, Map<String, Integer> keyLines, int line)
      implements CaseNode {}

  /** The tree of a YAML node. */
  static CaseNode of(Node node) {
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    if (node instanceof ScalarNode scalar) {
      return new Scalar(scalar.getValue(), line);
    }
    if (node instanceof SequenceNode sequence) {
      return new Sequence(sequence.getValue().stream().map(CaseNode::of).toList(), line);
    }
    Map<String, CaseNode> fields = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new LinkedHashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      CaseNode key = of(tuple.getKeyNode());
      String name = key instanceof Scalar s ? s.text() : String.valueOf(key);
      if (fields.containsKey(name)) {
        throw new CaseFileException("'" + name + "' appears twice", key.line());
      }
      fields.put(name, of(tuple.getValueNode()));
      keyLines.put(name, key.line());
    }
    return new Mapping(fields, keyLines, line);
  }

  /**
   * {@code over} laid over {@code base}: mappings merge key by key (recursively), anything else in
   * {@code over} replaces what {@code base} has.
   */
  static CaseNode merge(CaseNode base, CaseNode over) {
    if (base instanceof Mapping b && over instanceof Mapping o) {
      Map<String, CaseNode> fields = new LinkedHashMap<>(b.fields());
      Map<String, Integer> keyLines = new LinkedHashMap<>(b.keyLines());
      o.fields().forEach((key, value) -> fields.merge(key, value, CaseNode::merge));
      keyLines.putAll(o.keyLines());
      return new Mapping(fields, keyLines, o.line());
    }
    return over;
  }

  /** The placeholders of a table template: {@code ${name}}. */
  Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_-]+)}");

  /**
   * {@code template} with every {@code ${name}} filled from {@code row}. A scalar that is exactly
   * one placeholder takes the row's value whole (so a list can fill a list); a placeholder inside
   * text takes the row's scalar as text. Filled values keep the line of the row.
   */
  static CaseNode fill(CaseNode template, Mapping row) {
    if (template instanceof Sequence s) {
      List<CaseNode> items = new ArrayList<>();
      s.items().forEach(item -> items.add(fill(item, row)));
      return new Sequence(items, s.line());
    }
    if (template instanceof Mapping m) {
      Map<String, CaseNode> fields = new LinkedHashMap<>();
      m.fields().forEach((key, value) -> fields.put(key, fill(value, row)));
      return new Mapping(fields, m.keyLines(), m.line());
    }
    Scalar scalar = (Scalar) template;
    Matcher whole = PLACEHOLDER.matcher(scalar.text());
    if (whole.matches()) {
      return column(row, whole.group(1), scalar);
    }
    Matcher parts = PLACEHOLDER.matcher(scalar.text());
    StringBuilder text = new StringBuilder();
    while (parts.find()) {
      CaseNode value = column(row, parts.group(1), scalar);
      if (!(value instanceof Scalar filled)) {
        throw new CaseFileException(
            "column '" + parts.group(1) + "' holds a list or mapping, which cannot go inside text",
            value.line());
      }
      parts.appendReplacement(text, Matcher.quoteReplacement(filled.text()));
    }
    parts.appendTail(text);
    return new Scalar(text.toString(), scalar.line());
  }

  private static CaseNode column(Mapping row, String name, Scalar where) {
    CaseNode value = row.fields().get(name);
    if (value == null) {
      throw new CaseFileException(
          "the row has no column '" + name + "' (used at line " + where.line() + ")", row.line());
    }
    return value;
  }
}
