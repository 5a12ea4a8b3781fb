package io.github.jiceng.governance.testkit.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.YamlInput;
import io.github.jiceng.governance.policy.YamlLimitException;
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
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a case file ({@code *.cases.yaml}): the rule family it tests ({@code access} — the default
 * —, {@code committee}, {@code party} or {@code grid}), the policy file, optional defaults, and its
 * cases — single cases and tables (one template, many rows). The format is documented in {@code
 * docs/policy-test-cases.md}.
 *
 * <p>Every problem is a {@link CaseFileException} naming the file, the line and what is wrong.
 */
public final class CaseFile {
  /** The ending that marks a case file in a folder. */
  public static final String SUFFIX = ".cases.yaml";

  private static final Set<String> TOP = Set.of("family", "policy", "routing", "defaults", "cases");
  private static final Set<String> COMMON = Set.of("name", "as-of", "expect");
  private static final Set<String> EXPECT = Set.of("outcome", "rules", "citing", "compared");

  private CaseFile() {}

  /**
   * Reads the case file {@code file}.
   *
   * @throws CaseFileException naming the file and line of the first problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CaseSuite read(Path file) {
    if (file == null) {
      throw InvalidInputException.of("CaseFile.read", "file", "must not be null");
    }
    String text;
    try {
      if (Files.size(file) > 4L * YamlInput.MAX_CHARACTERS) {
        throw new CaseFileException(
                "the file is larger than " + YamlInput.MAX_CHARACTERS + " characters can be", 0)
            .in(String.valueOf(file.getFileName()));
      }
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
    CaseFamily family = family(top.fields().get("family"));
    Path policy = null;
    if (top.fields().containsKey("policy") || family.needsPolicyFile()) {
      Path folder =
          java.util.Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file's folder");
      policy = folder.resolve(text(required(top, "policy"), "policy"));
    }
    Path routing = null;
    if (top.fields().containsKey("routing")) {
      CaseNode node = top.fields().get("routing");
      if (!family.readsRouting()) {
        throw new CaseFileException(
            "only a case file of family 'case' names a routing table",
            java.util.Objects.requireNonNull(node).line());
      }
      Path folder =
          java.util.Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file's folder");
      routing = folder.resolve(text(java.util.Objects.requireNonNull(node), "routing"));
    }
    Set<String> inputKeys = family.inputKeys();
    Mapping defaults =
        top.fields().containsKey("defaults")
            ? mapping(top.fields().get("defaults"), union(inputKeys, Set.of("as-of")), "defaults")
            : new Mapping(Map.of(), Map.of(), top.line());
    CaseNode list = required(top, "cases");
    if (!(list instanceof Sequence cases)) {
      throw new CaseFileException("'cases' must be a list of cases", list.line());
    }
    Set<String> caseKeys = union(COMMON, inputKeys);
    Set<String> tableKeys = union(caseKeys, Set.of("table", "rows"));
    List<PolicyCase> read = new ArrayList<>();
    for (CaseNode node : cases.items()) {
      Mapping entry = mapping(node, tableKeys, "a case");
      if (entry.fields().containsKey("table")) {
        readTable(file, family, defaults, entry, read);
      } else {
        String name = text(required(entry, "name"), "name");
        read.add(
            readCase(
                file,
                family,
                name,
                entry.line(),
                (Mapping) CaseNode.merge(defaults, entry),
                read.size() + 1));
      }
    }
    if (read.isEmpty()) {
      throw new CaseFileException("the file has no cases", cases.line());
    }
    checkUniqueNames(read);
    return new CaseSuite(file, family.id(), policy, routing, read);
  }

  private static CaseFamily family(@Nullable CaseNode node) {
    List<CaseFamily> families = CaseFamily.all();
    if (node == null) {
      return families.get(0);
    }
    String id = text(node, "family");
    return families.stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new CaseFileException(
                    "'family' must be one of "
                        + families.stream().map(CaseFamily::id).toList()
                        + ", not '"
                        + id
                        + "'",
                    node.line()));
  }

  private static void readTable(
      Path file, CaseFamily family, Mapping defaults, Mapping table, List<PolicyCase> read) {
    String title = text(required(table, "table"), "table");
    if (table.fields().containsKey("name")) {
      throw new CaseFileException(
          "a table has a 'table' title, not a 'name'; rows may have a 'name' column",
          table.keyLines().getOrDefault("name", table.line()));
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
      read.add(
          readCase(
              file,
              family,
              name,
              row.line(),
              (Mapping) CaseNode.merge(defaults, filled),
              read.size() + 1));
    }
  }

  private static String rowName(Mapping row) {
    CaseNode name = row.fields().get("name");
    if (name instanceof Scalar s) {
      return s.text();
    }
    List<String> columns = new ArrayList<>();
    row.fields()
        .forEach(
            (key, value) ->
                columns.add(key + "=" + (value instanceof Scalar s ? s.text() : describe(value))));
    return String.join(", ", columns);
  }

  private static String describe(CaseNode node) {
    if (node instanceof Sequence s) {
      return s.items().stream().map(CaseFile::describe).toList().toString();
    }
    return node instanceof Scalar s ? s.text() : "{…}";
  }

  private static PolicyCase readCase(
      Path file, CaseFamily family, String name, int line, Mapping c, int number) {
    LocalDate asOf = date(required(c, "as-of"), "as-of");
    Object input = family.readInput(c, name, number);
    Expectation expected = expectation(mapping(required(c, "expect"), EXPECT, "expect"), family);
    return new PolicyCase(name, file, line, asOf, input, expected);
  }

  private static Expectation expectation(Mapping e, CaseFamily family) {
    Map<String, CaseNode> f = e.fields();
    return new Expectation(
        anyChoice(required(e, "outcome", "expect.outcome"), "expect.outcome", family.outcomes()),
        f.containsKey("rules") ? texts(f.get("rules"), "expect.rules") : null,
        f.containsKey("citing") ? text(f.get("citing"), "expect.citing") : null,
        f.containsKey("compared") ? compared(f.get("compared")) : Map.of());
  }

  /** {@code quantity: value} pairs, each value a text (numbers are written as they are shown). */
  private static Map<String, String> compared(CaseNode node) {
    if (!(node instanceof Mapping m) || m.fields().isEmpty()) {
      throw new CaseFileException(
          "'expect.compared' must be a mapping of quantity: value", node.line());
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    m.fields()
        .forEach(
            (quantity, value) -> pairs.put(quantity, text(value, "expect.compared." + quantity)));
    return pairs;
  }

  // ---- reading values
  // ----------------------------------------------------------------------------

  private static CaseNode parse(String text, String fileName) {
    try {
      Node root = YamlInput.compose(text, fileName).orElse(null);
      if (root == null) {
        throw new CaseFileException("the file is empty", 1);
      }
      return CaseNode.of(root);
    } catch (YamlLimitException e) {
      throw new CaseFileException(e.problem(), e.line());
    } catch (MarkedYamlEngineException e) {
      throw new CaseFileException(
          "not valid YAML: " + e.getProblem(),
          e.getProblemMark().map(m -> m.getLine() + 1).orElse(0));
    } catch (YamlEngineException e) {
      throw new CaseFileException("not valid YAML: " + e.getMessage(), 0);
    }
  }

  static Mapping mapping(CaseNode node, Set<String> allowed, String what) {
    if (!(node instanceof Mapping m)) {
      throw new CaseFileException(what + " must be a mapping of key: value", node.line());
    }
    for (Map.Entry<String, CaseNode> field : m.fields().entrySet()) {
      if (!allowed.contains(field.getKey())) {
        throw new CaseFileException(
            "unknown key '"
                + field.getKey()
                + "' in "
                + what
                + "; expected one of "
                + new TreeSet<>(allowed),
            m.keyLines().getOrDefault(field.getKey(), field.getValue().line()));
      }
    }
    return m;
  }

  static CaseNode required(Mapping m, String key) {
    return required(m, key, key);
  }

  static CaseNode required(Mapping m, String key, String name) {
    CaseNode node = m.fields().get(key);
    if (node == null) {
      throw new CaseFileException("'" + name + "' is missing", m.line());
    }
    return node;
  }

  static String text(CaseNode node, String name) {
    if (!(node instanceof Scalar s) || s.text().isBlank()) {
      throw new CaseFileException("'" + name + "' must be a non-empty text", node.line());
    }
    return s.text().strip();
  }

  static List<CaseNode> items(@Nullable CaseNode node, String name) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof Sequence s)) {
      throw new CaseFileException("'" + name + "' must be a list", node.line());
    }
    return s.items();
  }

  static List<String> texts(@Nullable CaseNode node, String name) {
    return items(node, name).stream().map(item -> text(item, name)).toList();
  }

  static LocalDate date(CaseNode node, String name) {
    String text = text(node, name);
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CaseFileException(
          "'" + name + "' must be a date written YYYY-MM-DD, not '" + text + "'", node.line());
    }
    if (date.isBefore(YamlInput.FIRST_DATE) || date.isAfter(YamlInput.LAST_DATE)) {
      throw new CaseFileException(
          "'"
              + name
              + "' must lie between "
              + YamlInput.FIRST_DATE
              + " and "
              + YamlInput.LAST_DATE
              + ", not '"
              + text
              + "'",
          node.line());
    }
    return date;
  }

  /**
   * The largest number a case may write: cases describe members, households and residents by
   * number, and the runner builds that many, so a number is bounded as memory is.
   */
  static final int MAX_NUMBER = 100_000;

  static int number(CaseNode node, String name) {
    String text = text(node, name);
    try {
      int value = Integer.parseInt(text);
      if (value >= 0 && value <= MAX_NUMBER) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CaseFileException(
        "'" + name + "' must be a whole number from 0 to " + MAX_NUMBER + ", not '" + text + "'",
        node.line());
  }

  static boolean flag(CaseNode node, String name) {
    String text = text(node, name).toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default ->
          throw new CaseFileException(
              "'" + name + "' must be yes or no, not '" + text + "'", node.line());
    };
  }

  /** An enum constant written as in the file: {@code street-office} or {@code STREET_OFFICE}. */
  static <E extends Enum<E>> E choice(CaseNode node, String name, Class<E> type) {
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
    throw new CaseFileException(
        "'" + name + "' must be one of " + allowed + ", not '" + text + "'", node.line());
  }

  /** Like {@link #choice}, for an outcome type known only at run time. */
  static Enum<?> anyChoice(CaseNode node, String name, Class<? extends Enum<?>> type) {
    String text = text(node, name);
    String constant = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    List<String> allowed = new ArrayList<>();
    for (Enum<?> value : type.getEnumConstants()) {
      if (value.name().equals(constant)) {
        return value;
      }
      allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new CaseFileException(
        "'" + name + "' must be one of " + allowed + ", not '" + text + "'", node.line());
  }

  /** Builds a domain value, turning its validation error into a problem at the node's line. */
  static <N extends CaseNode, T> T convert(N node, String what, Function<N, T> build) {
    try {
      return build.apply(node);
    } catch (InvalidInputException e) {
      throw new CaseFileException(what + ": " + describe(e), node.line());
    }
  }

  static DivisionCode community(CaseNode node) {
    String text = text(node, "community");
    try {
      return DivisionCode.of(text);
    } catch (InvalidInputException e) {
      throw new CaseFileException(
          "'community' is not a division code: " + describe(e), node.line());
    }
  }

  static String describe(InvalidInputException e) {
    return e.violations().stream()
        .map(v -> v.field() + " " + v.problem())
        .reduce((a, b) -> a + "; " + b)
        .orElse(String.valueOf(e.getMessage()));
  }

  private static void checkUniqueNames(List<PolicyCase> cases) {
    Map<String, PolicyCase> seen = new LinkedHashMap<>();
    for (PolicyCase c : cases) {
      PolicyCase before = seen.putIfAbsent(c.name(), c);
      if (before != null) {
        throw new CaseFileException(
            "two cases are named '" + c.name() + "' (the other is at line " + before.line() + ")",
            c.line());
      }
    }
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
