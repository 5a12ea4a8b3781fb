package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.InvalidInputException;
import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.ApprovalAction;
import io.github.jiceng.governance.access.ApprovalStep;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.Inspection;
import io.github.jiceng.governance.access.TaskKind;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import io.github.jiceng.governance.testkit.cases.CaseNode.Scalar;
import io.github.jiceng.governance.testkit.cases.CaseNode.Sequence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a case file ({@code *.cases.yaml}): the policy file it tests, optional defaults, and its
 * cases — single cases and tables (one template, many rows). The format is documented in {@code
 * docs/policy-test-cases.md}.
 *
 * <p>Every problem is a {@link CaseFileException} naming the file, the line and what is wrong.
 */
public final class CaseFile {
  /** The ending that marks a case file in a folder. */
  public static final String SUFFIX = ".cases.yaml";

  private static final Set<String> TOP = Set.of("policy", "defaults", "cases");
  private static final Set<String> CASE =
      Set.of("name", "as-of", "community", "inspections-this-year", "approvals", "request", "expect");
  private static final Set<String> TABLE_CASE = union(CASE, Set.of("table", "rows"));
  private static final Set<String> DEFAULTS = Set.of("as-of", "community", "inspections-this-year", "approvals", "request");
  private static final Set<String> REQUEST =
      Set.of("id", "department", "title", "item", "kind", "channel", "authority", "funding", "forms",
          "certificates", "demands", "inspections", "applied", "start", "end");
  private static final Set<String> INSPECTION = Set.of("title", "unified");
  private static final Set<String> APPROVAL = Set.of("action", "on", "by", "until", "note");
  private static final Set<String> EXPECT = Set.of("outcome", "rules", "citing");

  private CaseFile() {}

  /**
   * Reads the case file {@code file}.
   *
   * @throws CaseFileException naming the file and line of the first problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CaseSuite read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read case file " + file, e);
    }
    try {
      return read(file, text);
    } catch (CaseFileException e) {
      throw e.in(file.getFileName().toString());
    }
  }

  private static CaseSuite read(Path file, String text) {
    Mapping top = mapping(parse(text, file.getFileName().toString()), TOP, "the case file");
    Path policy = file.toAbsolutePath().getParent().resolve(text(required(top, "policy"), "policy"));
    Mapping defaults = top.fields().containsKey("defaults")
        ? mapping(top.fields().get("defaults"), DEFAULTS, "defaults")
        : new Mapping(Map.of(), Map.of(), top.line());
    CaseNode list = required(top, "cases");
    if (!(list instanceof Sequence cases)) {
      throw new CaseFileException("'cases' must be a list of cases", list.line());
    }
    List<PolicyCase> read = new ArrayList<>();
    for (CaseNode node : cases.items()) {
      Mapping entry = mapping(node, TABLE_CASE, "a case");
      if (entry.fields().containsKey("table")) {
        readTable(file, defaults, entry, read);
      } else {
        String name = text(required(entry, "name"), "name");
        read.add(readCase(file, name, entry.line(), (Mapping) CaseNode.merge(defaults, entry), read.size() + 1));
      }
    }
    if (read.isEmpty()) {
      throw new CaseFileException("the file has no cases", cases.line());
    }
    checkUniqueNames(read);
    return new CaseSuite(file, policy, read);
  }

  private static void readTable(Path file, Mapping defaults, Mapping table, List<PolicyCase> read) {
    String title = text(table.fields().get("table"), "table");
    if (table.fields().containsKey("name")) {
      throw new CaseFileException("a table has a 'table' title, not a 'name'; rows may have a 'name' column", table.keyLines().get("name"));
    }
    CaseNode rows = required(table, "rows");
    if (!(rows instanceof Sequence list) || list.items().isEmpty()) {
      throw new CaseFileException("'rows' must be a non-empty list of rows", rows.line());
    }
    Map<String, CaseNode> template = new LinkedHashMap<>(table.fields());
    template.remove("table");
    template.remove("rows");
    Mapping templateNode = new Mapping(template, table.keyLines(), table.line());
    for (CaseNode rowNode : list.items()) {
      if (!(rowNode instanceof Mapping row)) {
        throw new CaseFileException("a row must be a mapping of column: value", rowNode.line());
      }
      Mapping filled = (Mapping) CaseNode.fill(templateNode, row);
      String name = title + " [" + rowName(row) + "]";
      read.add(readCase(file, name, row.line(), (Mapping) CaseNode.merge(defaults, filled), read.size() + 1));
    }
  }

  private static String rowName(Mapping row) {
    CaseNode name = row.fields().get("name");
    if (name instanceof Scalar s) {
      return s.text();
    }
    List<String> columns = new ArrayList<>();
    row.fields().forEach((key, value) -> columns.add(key + "=" + (value instanceof Scalar s ? s.text() : describe(value))));
    return String.join(", ", columns);
  }

  private static String describe(CaseNode node) {
    if (node instanceof Sequence s) {
      return s.items().stream().map(CaseFile::describe).toList().toString();
    }
    return node instanceof Scalar s ? s.text() : "{…}";
  }

  private static PolicyCase readCase(Path file, String name, int line, Mapping c, int number) {
    LocalDate asOf = date(required(c, "as-of"), "as-of");
    DivisionCode community = community(required(c, "community"));
    int inspections = c.fields().containsKey("inspections-this-year")
        ? number(c.fields().get("inspections-this-year"), "inspections-this-year")
        : 0;
    TaskRequest request = request(mapping(required(c, "request"), REQUEST, "request"), name, "CASE-" + number, community);
    List<ApprovalStep> approvals = approvals(c.fields().get("approvals"), request.id());
    Expectation expected = expectation(mapping(required(c, "expect"), EXPECT, "expect"));
    try {
      return new PolicyCase(name, file, line, asOf, new AccessCase(request, community, inspections, approvals), expected);
    } catch (InvalidInputException e) {
      throw new CaseFileException(describe(e), c.line());
    }
  }

  private static TaskRequest request(Mapping r, String caseName, String defaultId, DivisionCode community) {
    Map<String, CaseNode> f = r.fields();
    String id = f.containsKey("id") ? text(f.get("id"), "request.id") : defaultId;
    TaskRequest.Builder builder =
        TaskRequest.builder(id)
            .department(text(required(r, "department", "request.department"), "request.department"))
            .title(f.containsKey("title") ? text(f.get("title"), "request.title") : caseName)
            .communities(community)
            .appliedOn(date(required(r, "applied", "request.applied"), "request.applied"))
            .period(
                date(required(r, "start", "request.start"), "request.start"),
                f.containsKey("end") ? date(f.get("end"), "request.end") : null);
    if (f.containsKey("item")) {
      builder.item(text(f.get("item"), "request.item"));
    }
    if (f.containsKey("kind")) {
      builder.kind(choice(f.get("kind"), "request.kind", TaskKind.class));
    }
    if (f.containsKey("channel")) {
      builder.channel(choice(f.get("channel"), "request.channel", Channel.class));
    }
    builder.attached(
        f.containsKey("authority") && flag(f.get("authority"), "request.authority"),
        f.containsKey("funding") && flag(f.get("funding"), "request.funding"));
    builder.forms(texts(f.get("forms"), "request.forms").toArray(String[]::new));
    builder.certificates(texts(f.get("certificates"), "request.certificates").toArray(String[]::new));
    builder.demands(texts(f.get("demands"), "request.demands").toArray(String[]::new));
    for (CaseNode node : items(f.get("inspections"), "request.inspections")) {
      Mapping inspection = mapping(node, INSPECTION, "an inspection");
      builder.inspection(
          convert(inspection, "an inspection", m -> new Inspection(
              text(required(m, "title", "inspection title"), "inspection title"),
              m.fields().containsKey("unified") && flag(m.fields().get("unified"), "unified"))));
    }
    return convert(r, "request", m -> builder.build());
  }

  private static List<ApprovalStep> approvals(@Nullable CaseNode node, String requestId) {
    List<ApprovalStep> steps = new ArrayList<>();
    for (CaseNode item : items(node, "approvals")) {
      Mapping a = mapping(item, APPROVAL, "an approval step");
      Map<String, CaseNode> f = a.fields();
      ApprovalStep step = convert(a, "approval step", m -> new ApprovalStep(
          requestId,
          steps.size() + 1,
          choice(required(m, "action", "approval action"), "approval action", ApprovalAction.class),
          date(required(m, "on", "approval on"), "approval on"),
          f.containsKey("by") ? text(f.get("by"), "approval by") : "社区建设领导小组",
          f.containsKey("until") ? date(f.get("until"), "approval until") : null,
          f.containsKey("note") ? text(f.get("note"), "approval note") : ""));
      steps.add(step);
    }
    return steps;
  }

  private static Expectation expectation(Mapping e) {
    Map<String, CaseNode> f = e.fields();
    return new Expectation(
        choice(required(e, "outcome", "expect.outcome"), "expect.outcome", AccessOutcome.class),
        f.containsKey("rules") ? texts(f.get("rules"), "expect.rules") : null,
        f.containsKey("citing") ? text(f.get("citing"), "expect.citing") : null);
  }

  // ---- reading values ----------------------------------------------------------------------------

  private static CaseNode parse(String text, String fileName) {
    try {
      Node root = new Compose(LoadSettings.builder().setLabel(fileName).build()).composeString(text).orElse(null);
      if (root == null) {
        throw new CaseFileException("the file is empty", 1);
      }
      return CaseNode.of(root);
    } catch (MarkedYamlEngineException e) {
      throw new CaseFileException(
          "not valid YAML: " + e.getProblem(), e.getProblemMark().map(m -> m.getLine() + 1).orElse(0));
    } catch (YamlEngineException e) {
      throw new CaseFileException("not valid YAML: " + e.getMessage(), 0);
    }
  }

  private static Mapping mapping(CaseNode node, Set<String> allowed, String what) {
    if (!(node instanceof Mapping m)) {
      throw new CaseFileException(what + " must be a mapping of key: value", node.line());
    }
    for (Map.Entry<String, CaseNode> field : m.fields().entrySet()) {
      if (!allowed.contains(field.getKey())) {
        throw new CaseFileException(
            "unknown key '" + field.getKey() + "' in " + what + "; expected one of " + new TreeSet<>(allowed),
            m.keyLines().getOrDefault(field.getKey(), field.getValue().line()));
      }
    }
    return m;
  }

  private static CaseNode required(Mapping m, String key) {
    return required(m, key, key);
  }

  private static CaseNode required(Mapping m, String key, String name) {
    CaseNode node = m.fields().get(key);
    if (node == null) {
      throw new CaseFileException("'" + name + "' is missing", m.line());
    }
    return node;
  }

  private static String text(CaseNode node, String name) {
    if (!(node instanceof Scalar s) || s.text().isBlank()) {
      throw new CaseFileException("'" + name + "' must be a non-empty text", node.line());
    }
    return s.text().strip();
  }

  private static List<CaseNode> items(@Nullable CaseNode node, String name) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof Sequence s)) {
      throw new CaseFileException("'" + name + "' must be a list", node.line());
    }
    return s.items();
  }

  private static List<String> texts(@Nullable CaseNode node, String name) {
    return items(node, name).stream().map(item -> text(item, name)).toList();
  }

  private static LocalDate date(CaseNode node, String name) {
    String text = text(node, name);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CaseFileException("'" + name + "' must be a date written YYYY-MM-DD, not '" + text + "'", node.line());
    }
  }

  private static int number(CaseNode node, String name) {
    String text = text(node, name);
    try {
      int value = Integer.parseInt(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CaseFileException("'" + name + "' must be a whole number, 0 or more, not '" + text + "'", node.line());
  }

  private static boolean flag(CaseNode node, String name) {
    String text = text(node, name).toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new CaseFileException("'" + name + "' must be yes or no, not '" + text + "'", node.line());
    };
  }

  /** An enum constant written as in the file: {@code street-office} or {@code STREET_OFFICE}. */
  private static <E extends Enum<E>> E choice(CaseNode node, String name, Class<E> type) {
    String text = text(node, name);
    String constant = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(constant)) {
        return value;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new CaseFileException("'" + name + "' must be one of " + allowed + ", not '" + text + "'", node.line());
  }

  /** Builds a domain value, turning its validation error into a problem at the node's line. */
  private static <N extends CaseNode, T> T convert(N node, String what, Function<N, T> build) {
    try {
      return build.apply(node);
    } catch (InvalidInputException e) {
      throw new CaseFileException(what + ": " + describe(e), node.line());
    }
  }

  private static DivisionCode community(CaseNode node) {
    String text = text(node, "community");
    try {
      return DivisionCode.of(text);
    } catch (InvalidInputException e) {
      throw new CaseFileException("'community' is not a division code: " + describe(e), node.line());
    }
  }

  private static String describe(InvalidInputException e) {
    return e.violations().stream().map(v -> v.field() + " " + v.problem()).reduce((a, b) -> a + "; " + b)
        .orElse(String.valueOf(e.getMessage()));
  }

  private static void checkUniqueNames(List<PolicyCase> cases) {
    Map<String, PolicyCase> seen = new LinkedHashMap<>();
    for (PolicyCase c : cases) {
      PolicyCase before = seen.putIfAbsent(c.name(), c);
      if (before != null) {
        throw new CaseFileException("two cases are named '" + c.name() + "' (the other is at line " + before.line() + ")", c.line());
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
