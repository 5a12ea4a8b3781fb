package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.base.GovernanceException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The base of the library's readers of files that people edit — access policies, service
 * catalogues: one reading of one document that collects every problem with its line instead of
 * stopping at the first, and the small readers such files share (mappings with known keys, lists,
 * texts, whole and decimal numbers, yes/no, dates, periods, citations).
 *
 * <p>A subclass reads one part at a time: a helper that meets a problem records it and throws an
 * unchecked signal that {@link #field}, {@link #attempt}, {@link #forEach} and {@link #forEachIn}
 * catch, so the reading goes on with the next part. At the end {@link #failure()} gives every
 * problem in one {@link PolicyCheckException}, ordered by severity and line. Documents are composed
 * within the limits of {@link YamlInput}. Not thread-safe: one reader reads one document once.
 */
public abstract class YamlDocumentReader {
  private final String file;
  private final List<PolicyProblem> problems = new ArrayList<>();
  private int findings;
  private String subject;

  /**
   * A reader of one document.
   *
   * @param file names the document in every problem, e.g. its path
   */
  protected YamlDocumentReader(String file) {
    this.file = Checks.required(file, "YamlDocumentReader", "file");
    this.subject = file;
  }

  /**
   * The text of {@code file} (UTF-8), refused before it is read when it is larger than a document
   * may be.
   *
   * @throws PolicyCheckException if the file is too large ({@code YAML_LIMIT})
   * @throws UncheckedIOException if it cannot be read
   */
  public static String readFile(Path file, String what) {
    Checks.required(file, "YamlDocumentReader.readFile", "file");
    Checks.required(what, "YamlDocumentReader.readFile", "what");
    try {
      long bytes = Files.size(file);
      if (bytes > 4L * YamlInput.MAX_CHARACTERS) {
        throw new PolicyCheckException(
            file.toString(),
            List.of(
                new PolicyProblem(
                    PolicyProblem.Severity.ERROR,
                    "YAML_LIMIT",
                    "file",
                    "the file has "
                        + bytes
                        + " bytes, more than "
                        + YamlInput.MAX_CHARACTERS
                        + " characters can take",
                    file.toString(),
                    0)));
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + file, e);
    }
  }

  /** The document's name, as problems give it. */
  protected final String file() {
    return file;
  }

  /** Names what the document defines (an id, once read); problems without a subject name it. */
  protected final void about(String value) {
    this.subject = value;
  }

  /** What the document defines, or its file name until that is known. */
  protected final String subject() {
    return subject;
  }

  /**
   * The document's root mapping.
   *
   * @param expected what a root must hold, for the problem when it is not a mapping
   * @throws PolicyCheckException on a syntax error, a passed limit or a root that is no mapping
   */
  protected final MappingNode root(String text, String expected) {
    Node root;
    try {
      root = YamlInput.compose(text, file).orElse(null);
    } catch (YamlLimitException e) {
      throw fail("YAML_LIMIT", "file", e.problem(), e.line());
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      String context =
          e.getContextMark()
              .map(
                  m ->
                      " ("
                          + (e.getContext() == null ? "in the part" : e.getContext())
                          + " that starts at line "
                          + (m.getLine() + 1)
                          + ")")
              .orElse("");
      throw fail("YAML_SYNTAX", "file", e.getProblem() + context, line);
    } catch (YamlEngineException e) {
      throw fail("YAML_SYNTAX", "file", String.valueOf(e.getMessage()), 0);
    }
    if (!(root instanceof MappingNode mapping)) {
      throw fail(
          "STRUCTURE",
          "file",
          "the file must be a mapping with " + expected,
          root == null ? 1 : line(root));
    }
    return mapping;
  }

  /**
   * Begins what the document defines: reads its id (under {@code idKey}) and its {@code version},
   * which name it in every problem from then on, and gives both to {@code begin} (a builder).
   *
   * @throws PolicyCheckException if either is missing, or {@code begin} refuses them
   */
  protected final <B> B begin(
      Map<String, Node> top,
      String idKey,
      Node root,
      java.util.function.BiFunction<String, String, B> begin) {
    String id = field(() -> text(top, idKey, root));
    String version = field(() -> text(top, "version", root));
    if (id == null || version == null) {
      about("(unnamed)");
      throw failure();
    }
    about(id);
    try {
      return begin.apply(id, version);
    } catch (InvalidInputException e) {
      throw fail("STRUCTURE", idKey, describe(e), line(root));
    }
  }

  // ---- small readers ---------------------------------------------------------------------------

  /**
   * The values of a mapping by key. Every unknown or repeated key is recorded; the known keys are
   * still read, so that their own problems are found in the same pass.
   */
  protected final Map<String, Node> fields(Node node, Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      throw bad("STRUCTURE", subject, "expected a mapping of " + new TreeSet<>(allowed), node);
    }
    Map<String, Node> result = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = field(() -> scalar(tuple.getKeyNode()));
      if (key == null) {
        continue;
      }
      if (!allowed.contains(key)) {
        bad(
            "UNKNOWN_KEY",
            key,
            "unknown key; expected one of " + new TreeSet<>(allowed),
            tuple.getKeyNode());
      } else if (result.putIfAbsent(key, tuple.getValueNode()) != null) {
        bad("DUPLICATE_KEY", key, "the key appears twice", tuple.getKeyNode());
      }
    }
    return result;
  }

  /** The elements of a list. */
  protected final List<Node> sequence(Node node, String what) {
    if (!(node instanceof SequenceNode sequence)) {
      throw bad("STRUCTURE", what, "expected a list", node);
    }
    return sequence.getValue();
  }

  /** A single value's text. */
  protected final String scalar(Node node) {
    if (!(node instanceof ScalarNode scalar)) {
      throw bad("STRUCTURE", subject, "expected a single value", node);
    }
    return scalar.getValue();
  }

  /** The value of {@code key}, which {@code owner} must have. */
  protected final Node required(Map<String, Node> map, String key, Node owner) {
    Node node = map.get(key);
    if (node == null) {
      throw bad("STRUCTURE", key, "'" + key + "' is required here", owner);
    }
    return node;
  }

  /** The non-empty text of {@code key}, which {@code owner} must have. */
  protected final String text(Map<String, Node> map, String key, Node owner) {
    String value = scalar(required(map, key, owner)).strip();
    if (value.isEmpty()) {
      throw bad("STRUCTURE", key, "'" + key + "' must not be empty", present(map.get(key)));
    }
    return value;
  }

  /** The text of {@code key}, if given. */
  protected final Optional<String> optionalText(Map<String, Node> map, String key) {
    Node node = map.get(key);
    return node == null ? Optional.empty() : Optional.of(scalar(node).strip());
  }

  /** A list of texts, or one text standing for a list of one. */
  protected final List<String> strings(Node node, String what) {
    if (node instanceof ScalarNode) {
      return List.of(scalar(node));
    }
    List<String> values = new ArrayList<>();
    for (Node element : sequence(node, what)) {
      values.add(scalar(element));
    }
    return values;
  }

  /** {@code true} or {@code false}, or {@code otherwise} when {@code key} is not given. */
  protected final boolean bool(Map<String, Node> map, String key, boolean otherwise) {
    Node node = map.get(key);
    if (node == null) {
      return otherwise;
    }
    String value = scalar(node).strip();
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad("STRUCTURE", key, "'" + key + "' must be true or false", node);
    };
  }

  /** A citation: a document's name, or a mapping of {@code document} and {@code article}. */
  protected final Citation citation(Node node) {
    if (node instanceof ScalarNode) {
      return Citation.of(scalar(node));
    }
    Map<String, Node> map = fields(node, Set.of("document", "article"));
    return new Citation(text(map, "document", node), optionalText(map, "article").orElse(null));
  }

  /**
   * The period of {@code from} and {@code to} in {@code map}: from the beginning of time when there
   * is no {@code from}, open-ended when there is no {@code to}. Both dates are tried before the
   * period is given up.
   */
  protected final EffectivePeriod period(Map<String, Node> map, Node owner) {
    int before = findings;
    LocalDate from =
        map.containsKey("from")
            ? field(() -> date(scalar(present(map.get("from"))), present(map.get("from"))))
            : LocalDate.MIN;
    LocalDate to =
        map.containsKey("to")
            ? field(() -> date(scalar(present(map.get("to"))), present(map.get("to"))))
            : null;
    if (findings > before) {
      throw abandon();
    }
    LocalDate start = present(from);
    if (to != null && to.isBefore(start)) {
      throw bad("STRUCTURE", subject, "'to' (" + to + ") is before 'from' (" + start + ")", owner);
    }
    return new EffectivePeriod(start, to);
  }

  /** A date written YYYY-MM-DD, between {@link YamlInput#FIRST_DATE} and {@code LAST_DATE}. */
  protected final LocalDate date(String value, Node node) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw bad("STRUCTURE", value, "not a date; write dates as YYYY-MM-DD", node);
    }
    if (date.isBefore(YamlInput.FIRST_DATE) || date.isAfter(YamlInput.LAST_DATE)) {
      throw bad(
          "STRUCTURE",
          value,
          "dates in a file lie between " + YamlInput.FIRST_DATE + " and " + YamlInput.LAST_DATE,
          node);
    }
    return date;
  }

  /** A whole number. */
  protected final int integer(Node node, String what) {
    return integer(scalar(node), node, what);
  }

  /** A whole number written in {@code value}, found at {@code node}. */
  protected final int integer(String value, Node node, String what) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw bad("STRUCTURE", what, "'" + value + "' is not a whole number", node);
    }
  }

  /** A decimal number of at most 40 characters. */
  protected final BigDecimal decimal(Node node, String what) {
    String value = scalar(node).strip();
    try {
      if (value.length() <= 40) {
        return new BigDecimal(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad("STRUCTURE", what, "'" + value + "' is not a number of at most 40 digits", node);
  }

  // ---- going on after a problem ----------------------------------------------------------------

  /** What {@code read} gives, or null when it failed (its problem is then recorded). */
  protected final <T> @Nullable T field(Supplier<T> read) {
    try {
      return read.get();
    } catch (Abandoned e) {
      return null;
    }
  }

  /**
   * Runs {@code each} for every element of the list {@code node} (nothing when it is null), going
   * on after an element's problem.
   */
  protected final void forEach(@Nullable Node node, String what, Consumer<Node> each) {
    if (node == null) {
      return;
    }
    List<Node> elements;
    try {
      elements = sequence(node, what);
    } catch (Abandoned e) {
      return;
    }
    for (Node element : elements) {
      attempt(() -> each.accept(element), element);
    }
  }

  /**
   * Runs {@code each} for every key and value of the mapping {@code node} (nothing when it is
   * null), going on after an entry's problem.
   */
  protected final void forEachIn(
      @Nullable Node node, String what, BiConsumer<ScalarNode, Node> each) {
    if (node == null) {
      return;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem("STRUCTURE", what, "expected a mapping", line(node));
      return;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problem("STRUCTURE", what, "keys must be plain names", line(tuple.getKeyNode()));
        continue;
      }
      attempt(() -> each.accept(key, tuple.getValueNode()), tuple.getKeyNode());
    }
  }

  /**
   * Runs {@code step}; a problem it records, or an invalid value the domain refuses, is recorded at
   * {@code where} and the reading goes on.
   */
  protected final void attempt(Runnable step, Node where) {
    try {
      step.run();
    } catch (Abandoned e) {
      // already recorded
    } catch (InvalidInputException e) {
      problem("INVALID_VALUE", e.subject(), describe(e), line(where));
    } catch (GovernanceException e) {
      problem("INVALID_VALUE", subject, String.valueOf(e.getMessage()), line(where));
    }
  }

  /** The field problems of {@code e}, one after another: {@code code must be …; name must …}. */
  protected static String describe(InvalidInputException e) {
    return e.violations().stream()
        .map(v -> v.field() + " " + v.problem())
        .collect(Collectors.joining("; "));
  }

  // ---- recording problems ----------------------------------------------------------------------

  /** Records an error at {@code node} and gives the signal to throw: this part is given up. */
  protected final RuntimeException bad(String check, String about, String message, Node node) {
    problem(check, about, message, line(node));
    return new Abandoned();
  }

  /** The signal to give up this part when its problems are recorded already. */
  protected static RuntimeException abandon() {
    return new Abandoned();
  }

  /** Records an error at {@code line}. */
  protected final void problem(String check, String about, String message, int line) {
    problem(new PolicyProblem(PolicyProblem.Severity.ERROR, check, about, message, file, line));
  }

  /**
   * Records a finding made elsewhere, e.g. by the static check of what was read. A finding that is
   * recorded already (a part read twice, such as fields an item's versions share) is kept once.
   */
  protected final void problem(PolicyProblem found) {
    findings++;
    if (!problems.contains(found)) {
      problems.add(found);
    }
  }

  /**
   * How many problems were found so far, a repeated one counted again: a part that meets a problem
   * always raises the count, so {@code problemCount() > before} tells that it failed.
   */
  protected final int problemCount() {
    return findings;
  }

  /** Records an error and gives the failure that ends the reading with every problem so far. */
  protected final PolicyCheckException fail(String check, String about, String message, int line) {
    problem(check, about, message, line);
    return failure();
  }

  /** Every problem recorded, errors first, then by line, in one exception about the subject. */
  protected final PolicyCheckException failure() {
    List<PolicyProblem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparing(PolicyProblem::severity).thenComparingInt(PolicyProblem::line));
    return new PolicyCheckException(subject, sorted);
  }

  /** The 1-based line where {@code node} starts, or 0 when unknown. */
  protected static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  /** A value that was read: the reader records a problem for every one it could not read. */
  protected static <T> T present(@Nullable T value) {
    return Objects.requireNonNull(value, "a field without a recorded problem was not read");
  }

  /** Control flow inside a reader: the problem is already recorded. */
  private static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super(null, null, false, false);
    }
  }
}
