package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.YamlDocumentReader;
import io.github.jiceng.governance.policy.YamlDocumentWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and writes a {@link RoutingTable} as a YAML file a command centre keeps:
 *
 * <pre>
 * routing: aofeng-routing
 * version: "2026.1"
 * bodies:
 *   - {code: aofeng-office, name: 鳌峰街道办事处}
 *   - {code: old-lights, name: 原城区路灯所, closed-on: 2026-03-01}
 * lines:
 *   - {division: "341802002000", category: "*", body: aofeng-office, from: 2026-01-01}
 *   - {grid: "10010034180200200601", category: "01", body: chengnan-grid-1}
 * </pre>
 *
 * <p>Reading reports every problem with its line in one {@link PolicyCheckException}: besides the
 * shared syntax, structure and key checks, {@code UNKNOWN_BODY} (a line names no body of the file),
 * {@code DUPLICATE_BODY} and {@code OVERLAPPING_LINES} (two lines for one place and category on a
 * common day). {@link #write} gives a file that reads back into an equal table.
 */
public final class RoutingTableFile {
  private static final String CALL = "RoutingTableFile";

  private RoutingTableFile() {}

  /**
   * Reads the table in {@code file} (UTF-8).
   *
   * @throws PolicyCheckException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RoutingTable read(Path file) {
    Checks.required(file, CALL + ".read", "file");
    return read(YamlDocumentReader.readFile(file, "routing table"), file.toString());
  }

  /**
   * Reads a table from {@code text}; {@code fileName} names it in problems.
   *
   * @throws PolicyCheckException listing every problem with its line
   */
  public static RoutingTable read(String text, String fileName) {
    Checks.required(text, CALL + ".read", "text");
    Checks.required(fileName, CALL + ".read", "fileName");
    return new Reader(fileName).read(text);
  }

  /** The table as a YAML document that {@link #read} turns back into it. */
  public static String write(RoutingTable table) {
    Checks.required(table, CALL + ".write", "table");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("routing", table.id());
    doc.put("version", table.version());
    List<Object> bodies = new ArrayList<>();
    for (ResponsibleBody body : table.bodies()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("code", body.code());
      map.put("name", body.name());
      if (body.closedOn() != null) {
        map.put("closed-on", body.closedOn().toString());
      }
      bodies.add(map);
    }
    doc.put("bodies", bodies);
    List<Object> lines = new ArrayList<>();
    for (RoutingEntry entry : table.entries()) {
      Map<String, Object> map = new LinkedHashMap<>();
      if (entry.place().grid() != null) {
        map.put("grid", entry.place().grid().value());
      } else {
        map.put("division", java.util.Objects.requireNonNull(entry.place().division()).value());
      }
      map.put("category", entry.category());
      map.put("body", entry.body());
      YamlDocumentWriter.period(map, entry.period());
      lines.add(map);
    }
    doc.put("lines", lines);
    return YamlDocumentWriter.write("派遣规则 " + table.id() + " " + table.version(), doc);
  }

  /** One reading of one file. */
  private static final class Reader extends YamlDocumentReader {
    private static final Set<String> TOP = Set.of("routing", "version", "bodies", "lines");
    private static final Set<String> BODY = Set.of("code", "name", "closed-on");
    private static final Set<String> LINE =
        Set.of("division", "grid", "category", "body", "from", "to");

    /** The line of each body's code, and of each line read, for the cross-checks. */
    private final Map<String, Integer> bodyLines = new HashMap<>();

    private final List<Located> lines = new ArrayList<>();

    private record Located(RoutingEntry entry, Node node) {}

    Reader(String file) {
      super(file);
    }

    RoutingTable read(String text) {
      MappingNode root = root(text, "'routing', 'version', 'bodies' and 'lines'");
      Map<String, Node> top = fields(root, TOP);
      RoutingTable.Builder builder = begin(top, "routing", root, RoutingTable::builder);
      forEach(top.get("bodies"), "bodies", node -> builder.body(body(node)));
      forEach(top.get("lines"), "lines", node -> lines.add(new Located(routingLine(node), node)));
      for (int i = 0; i < lines.size(); i++) {
        Located line = lines.get(i);
        if (!bodyLines.containsKey(line.entry().body())) {
          problem(
              "UNKNOWN_BODY",
              line.entry().body(),
              "the line names a body the file does not list under 'bodies'",
              line(line.node()));
        }
        for (int j = 0; j < i; j++) {
          RoutingEntry other = lines.get(j).entry();
          if (other.place().equals(line.entry().place())
              && other.category().equals(line.entry().category())
              && other.period().overlaps(line.entry().period())) {
            problem(
                "OVERLAPPING_LINES",
                line.entry().category(),
                "the line at "
                    + line(lines.get(j).node())
                    + " routes the same place and category on a common day",
                line(line.node()));
          }
        }
      }
      if (problemCount() > 0) {
        throw failure();
      }
      lines.forEach(l -> builder.entry(l.entry()));
      return builder.build();
    }

    private ResponsibleBody body(Node node) {
      Map<String, Node> map = fields(node, BODY);
      String code = text(map, "code", node);
      String name = text(map, "name", node);
      LocalDate closed =
          map.containsKey("closed-on")
              ? date(scalar(present(map.get("closed-on"))), present(map.get("closed-on")))
              : null;
      Integer first = bodyLines.putIfAbsent(code, line(node));
      if (first != null) {
        throw bad("DUPLICATE_BODY", code, "the body is listed already at line " + first, node);
      }
      return new ResponsibleBody(code, name, closed);
    }

    private RoutingEntry routingLine(Node node) {
      Map<String, Node> map = fields(node, LINE);
      if (map.containsKey("division") == map.containsKey("grid")) {
        throw bad("STRUCTURE", "lines", "a line has either 'division' or 'grid'", node);
      }
      RoutingPlace place;
      try {
        place =
            map.containsKey("grid")
                ? RoutingPlace.grid(GridCode.of(text(map, "grid", node)))
                : RoutingPlace.division(DivisionCode.of(text(map, "division", node)));
      } catch (InvalidInputException e) {
        throw bad("INVALID_VALUE", "place", describe(e), node);
      }
      EffectivePeriod period = period(map, node);
      return new RoutingEntry(place, text(map, "category", node), text(map, "body", node), period);
    }
  }
}
