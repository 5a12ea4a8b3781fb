package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reading a YAML document that anybody may have written — a policy file, a case file — within
 * limits, so that no file can exhaust memory or the stack. Before the document is composed into
 * nodes, a pass over its events checks:
 *
 * <ul>
 *   <li>its size: at most {@value #MAX_CHARACTERS} characters (8 MiB; a policy of about 40,000
 *       items) — the same limit applies when a policy is published, so what is stored can always be
 *       read back;
 *   <li>its nesting: at most {@value #MAX_DEPTH} mappings and lists inside each other;
 *   <li>its size once aliases are expanded: at most {@value #MAX_NODES} nodes, counting each alias
 *       as the whole node it names (an "alias bomb" of nested aliases passes the parser's own limit
 *       of aliases but not this);
 *   <li>that no alias stands inside the node it names ({@code a: &x [*x]}).
 * </ul>
 *
 * <p>Loaders also keep every date a file writes between {@link #FIRST_DATE} and {@link #LAST_DATE}.
 *
 * <p>Syntax errors are left to the composer, which reports them with their line as before.
 */
public final class YamlInput {
  /** Characters a document may have. */
  public static final int MAX_CHARACTERS = 8 * 1024 * 1024;

  /** Mappings and lists a document may nest. */
  public static final int MAX_DEPTH = 50;

  /** Nodes a document may have once its aliases are expanded. */
  public static final long MAX_NODES = 1_000_000;

  /** The earliest date a file may write: no rule of this library reaches further back. */
  public static final java.time.LocalDate FIRST_DATE = java.time.LocalDate.of(1900, 1, 1);

  /** The latest date a file may write, so that date arithmetic never leaves the calendar. */
  public static final java.time.LocalDate LAST_DATE = java.time.LocalDate.of(2199, 12, 31);

  private YamlInput() {}

  /**
   * The document in {@code text} as a node tree, or empty for an empty document.
   *
   * @param label names the document in the parser's own messages
   * @throws YamlLimitException if a limit is passed
   * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException on a syntax error
   */
  public static Optional<Node> compose(String text, String label) {
    Checks.required(text, "YamlInput.compose", "text");
    Checks.required(label, "YamlInput.compose", "label");
    if (text.length() > MAX_CHARACTERS && text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
      throw new YamlLimitException(
          "the document has more than " + MAX_CHARACTERS + " characters", 0);
    }
    LoadSettings settings =
        LoadSettings.builder().setLabel(label).setCodePointLimit(MAX_CHARACTERS + 1).build();
    check(new Parse(settings).parseString(text));
    return new Compose(settings).composeString(text);
  }

  /** One pass over the events: depth, expanded size and recursive aliases. */
  private static void check(Iterable<Event> events) {
    Deque<Open> open = new ArrayDeque<>();
    Map<String, Long> sizes = new HashMap<>();
    Set<String> unfinished = new HashSet<>();
    long total = 0;
    for (Event event : events) {
      int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(0);
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (open.size() >= MAX_DEPTH) {
            throw new YamlLimitException(
                "mappings and lists are nested more than " + MAX_DEPTH + " deep", line);
          }
          String anchor = anchor(event);
          if (anchor != null) {
            unfinished.add(anchor);
          }
          open.push(new Open(anchor));
          total = add(total, 1, line);
        }
        case MappingEnd, SequenceEnd -> {
          Open closed = open.pop();
          if (closed.anchor != null) {
            unfinished.remove(closed.anchor);
            sizes.put(closed.anchor, closed.size + 1);
          }
          if (!open.isEmpty()) {
            open.peek().size += closed.size + 1;
          }
        }
        case Scalar -> {
          String anchor = anchor(event);
          if (anchor != null) {
            sizes.put(anchor, 1L);
          }
          total = add(total, 1, line);
          if (!open.isEmpty()) {
            open.peek().size += 1;
          }
        }
        case Alias -> {
          String name = ((AliasEvent) event).getAlias().getValue();
          if (unfinished.contains(name)) {
            throw new YamlLimitException(
                "the alias *" + name + " stands inside the node &" + name + " it names", line);
          }
          long size = sizes.getOrDefault(name, 1L);
          total = add(total, size, line);
          if (!open.isEmpty()) {
            open.peek().size += size;
          }
        }
        default -> {
          // stream and document boundaries, comments
        }
      }
    }
  }

  private static long add(long total, long nodes, int line) {
    long sum = total + nodes;
    if (sum > MAX_NODES) {
      throw new YamlLimitException(
          "the document expands to more than " + MAX_NODES + " nodes (count its aliases)", line);
    }
    return sum;
  }

  private static @Nullable String anchor(Event event) {
    return event instanceof NodeEvent node
        ? node.getAnchor().map(a -> a.getValue()).orElse(null)
        : null;
  }

  /** A mapping or list being read: its anchor and the expanded size of its contents so far. */
  private static final class Open {
    final @Nullable String anchor;
    long size;

    Open(@Nullable String anchor) {
      this.anchor = anchor;
    }
  }
}
