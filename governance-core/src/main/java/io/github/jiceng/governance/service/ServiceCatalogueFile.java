package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.YamlDocumentReader;
import io.github.jiceng.governance.policy.YamlDocumentWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and writes a {@link ServiceCatalogue} as a YAML file that a civil-affairs official keeps up
 * to date. The format is documented, with a complete example, in {@code
 * docs/service-catalogue-format.md}.
 *
 * <p>Reading reports every problem it finds, each with the file and line, in one {@link
 * PolicyCheckException}: syntax errors, unknown keys, malformed values, and the catalogue's static
 * check — {@code DUPLICATE_CODE} (two items with one code), {@code MISSING_WINDOW} and {@code
 * MISSING_DEPARTMENT} (a version that names no window or no responsible department), {@code
 * PROMISE_OVER_STATUTE} (a promised time longer than the statutory time), {@code
 * LIST_WITHOUT_VALUES} (a list attribute that allows no value) and {@code OVERLAPPING_VERSIONS}
 * (two versions of one item valid on one day). {@link #write} gives a file that reads back into the
 * same item versions; stores keep catalogues in that form.
 */
public final class ServiceCatalogueFile {
  private static final String CALL = "ServiceCatalogueFile";

  private ServiceCatalogueFile() {}

  /**
   * Reads the catalogue in {@code file} (UTF-8).
   *
   * @throws PolicyCheckException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ServiceCatalogue read(Path file) {
    Checks.required(file, CALL + ".read", "file");
    return read(YamlDocumentReader.readFile(file, "service catalogue"), file.toString());
  }

  /**
   * Reads a catalogue from {@code text}; {@code fileName} names it in problems.
   *
   * @throws PolicyCheckException listing every problem with its line
   */
  public static ServiceCatalogue read(String text, String fileName) {
    Checks.required(text, CALL + ".read", "text");
    Checks.required(fileName, CALL + ".read", "fileName");
    return new Reader(fileName).read(text);
  }

  /** The catalogue as a YAML document that {@link #read} turns back into it. */
  public static String write(ServiceCatalogue catalogue) {
    Checks.required(catalogue, CALL + ".write", "catalogue");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("catalogue", catalogue.id());
    doc.put("version", catalogue.version());
    List<Object> items = new ArrayList<>();
    for (String code : catalogue.codes()) {
      List<ServiceItem> versions = catalogue.versions(code);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", code);
      if (versions.size() == 1) {
        item.putAll(version(versions.get(0)));
      } else {
        item.put("versions", versions.stream().map(ServiceCatalogueFile::version).toList());
      }
      items.add(item);
    }
    doc.put("items", items);
    return YamlDocumentWriter.write("公共服务事项目录 " + catalogue.id() + " " + catalogue.version(), doc);
  }

  private static Map<String, Object> version(ServiceItem item) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", item.name());
    map.put("type", keyOf(item.type()));
    map.put("category", item.category());
    map.put("department", item.department());
    map.put("implementing-body", item.implementingBody());
    map.put("basis", YamlDocumentWriter.citation(item.basis()));
    map.put("window", item.window());
    YamlDocumentWriter.period(map, item.period());
    map.put("kind", keyOf(item.kind()));
    if (item.kind() == ItemKind.PROMISED) {
      map.put("promised-days", item.promisedWorkingDays());
    }
    if (item.statutoryWorkingDays() != null) {
      map.put("statutory-days", item.statutoryWorkingDays());
    }
    if (item.proxy()) {
      map.put("proxy", true);
    }
    if (!item.materials().isEmpty()) {
      map.put("materials", item.materials());
    }
    if (!item.attributes().isEmpty()) {
      map.put(
          "attributes", item.attributes().stream().map(ServiceCatalogueFile::attribute).toList());
    }
    return map;
  }

  private static Map<String, Object> attribute(AttributeDefinition a) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("code", a.code());
    map.put("name", a.name());
    map.put("type", keyOf(a.type()));
    map.put("order", a.order());
    if (a.required()) {
      map.put("required", true);
    }
    if (a.personal() && !a.type().personal()) {
      map.put("personal", true);
    }
    if (a.description() != null) {
      map.put("description", a.description());
    }
    if (!a.values().isEmpty()) {
      List<Object> values = new ArrayList<>();
      for (AllowedValue v : a.values()) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("key", v.key());
        value.put("name", v.name());
        values.add(value);
      }
      map.put("values", values);
    }
    if (a.min() != null) {
      map.put("min", a.min().toPlainString());
    }
    if (a.max() != null) {
      map.put("max", a.max().toPlainString());
    }
    if (a.pattern() != null) {
      map.put("pattern", a.pattern());
    }
    if (a.type().isText() && a.maxLength() != defaultLength(a.type())) {
      map.put("max-length", a.maxLength());
    }
    return map;
  }

  private static int defaultLength(AttributeType type) {
    return type == AttributeType.TEXT
        ? AttributeDefinition.TEXT_LIMIT
        : AttributeDefinition.STRING_LIMIT;
  }

  /** {@code ADMINISTRATIVE_BENEFIT} is written {@code administrative-benefit}. */
  private static String keyOf(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One reading of one file. */
  private static final class Reader extends YamlDocumentReader {
    private static final Set<String> TOP = Set.of("catalogue", "version", "items");
    private static final Set<String> VERSION =
        Set.of(
            "name",
            "type",
            "category",
            "department",
            "implementing-body",
            "basis",
            "window",
            "from",
            "to",
            "kind",
            "promised-days",
            "statutory-days",
            "proxy",
            "materials",
            "attributes");
    private static final Set<String> ITEM =
        Stream.concat(VERSION.stream(), Stream.of("code", "versions"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ATTRIBUTE =
        Set.of(
            "code",
            "name",
            "type",
            "order",
            "required",
            "personal",
            "description",
            "values",
            "min",
            "max",
            "pattern",
            "max-length");
    private static final Set<String> VALUE = Set.of("key", "name");

    /** The line where each item code was first seen. */
    private final Map<String, Integer> codes = new HashMap<>();

    Reader(String file) {
      super(file);
    }

    ServiceCatalogue read(String text) {
      MappingNode root = root(text, "'catalogue', 'version' and 'items'");
      Map<String, Node> top = fields(root, TOP);
      ServiceCatalogue.Builder builder = begin(top, "catalogue", root, ServiceCatalogue::builder);
      if (!top.containsKey("items")) {
        problem("STRUCTURE", "items", "the catalogue has no 'items'", line(root));
      }
      forEach(top.get("items"), "items", node -> item(node).forEach(builder::item));
      if (problemCount() > 0) {
        throw failure();
      }
      return builder.build();
    }

    /** The versions of one item: its own fields, or each of its versions over them. */
    private List<ServiceItem> item(Node node) {
      Map<String, Node> item = fields(node, ITEM);
      String code = text(item, "code", node);
      Integer first = codes.putIfAbsent(code, line(node));
      if (first != null) {
        throw bad(
            "DUPLICATE_CODE",
            code,
            "item code "
                + code
                + " is used already at line "
                + first
                + "; a change from a date is one more entry under that item's 'versions'",
            present(item.get("code")));
      }
      Map<String, Node> shared = new LinkedHashMap<>(item);
      shared.remove("code");
      Node versionsNode = shared.remove("versions");
      List<Located> versions = new ArrayList<>();
      if (versionsNode == null) {
        versions.add(new Located(version(code, shared, node), node));
      } else {
        forEach(
            versionsNode,
            "versions",
            v -> {
              Map<String, Node> merged = new LinkedHashMap<>(shared);
              merged.putAll(fields(v, VERSION));
              versions.add(new Located(version(code, merged, v), v));
            });
      }
      checkOverlaps(code, versions);
      return versions.stream().map(Located::item).toList();
    }

    private record Located(ServiceItem item, Node node) {}

    private void checkOverlaps(String code, List<Located> versions) {
      List<Located> sorted = new ArrayList<>(versions);
      sorted.sort(Comparator.comparing(v -> v.item().period().from()));
      boolean overlapping = false;
      for (int a = 0; a < sorted.size(); a++) {
        for (int b = a + 1; b < sorted.size(); b++) {
          EffectivePeriod earlier = sorted.get(a).item().period();
          if (earlier.overlaps(sorted.get(b).item().period())) {
            overlapping = true;
            bad(
                "OVERLAPPING_VERSIONS",
                code,
                "this version overlaps the one at line "
                    + line(sorted.get(a).node())
                    + " (valid "
                    + earlier
                    + "); end that one the day before this one starts",
                sorted.get(b).node());
          }
        }
      }
      if (overlapping) {
        throw abandon();
      }
    }

    /** One version from its fields; every field is tried before the version is given up. */
    private ServiceItem version(String code, Map<String, Node> map, Node owner) {
      int before = problemCount();
      String name = field(() -> text(map, "name", owner));
      ItemType type =
          field(
              () ->
                  map.containsKey("type")
                      ? choice(present(map.get("type")), "type", ItemType.class)
                      : ItemType.PUBLIC_SERVICE);
      String category = field(() -> text(map, "category", owner));
      String department = named(map, "department", "MISSING_DEPARTMENT", code, owner);
      String body = field(() -> text(map, "implementing-body", owner));
      Citation basis = field(() -> citation(required(map, "basis", owner)));
      String window = named(map, "window", "MISSING_WINDOW", code, owner);
      EffectivePeriod period = field(() -> period(map, owner));
      ItemKind kind = field(() -> choice(required(map, "kind", owner), "kind", ItemKind.class));
      Integer promised = field(() -> promised(map, kind, owner));
      Integer statutory =
          map.containsKey("statutory-days")
              ? field(() -> integer(present(map.get("statutory-days")), "statutory-days"))
              : null;
      if (promised != null && statutory != null && promised > statutory) {
        bad(
            "PROMISE_OVER_STATUTE",
            code,
            "the promised time ("
                + promised
                + " working days) is longer than the statutory time ("
                + statutory
                + ")",
            present(map.containsKey("promised-days") ? map.get("promised-days") : owner));
      }
      Boolean proxy = field(() -> bool(map, "proxy", false));
      List<String> materials =
          map.containsKey("materials")
              ? field(() -> strings(present(map.get("materials")), "materials"))
              : List.of();
      List<AttributeDefinition> attributes = attributes(map.get("attributes"));
      if (problemCount() > before) {
        throw abandon();
      }
      try {
        return new ServiceItem(
            code,
            present(name),
            present(type),
            present(category),
            present(department),
            present(body),
            present(basis),
            present(window),
            present(period),
            present(kind),
            present(promised),
            statutory,
            present(proxy),
            present(materials),
            attributes);
      } catch (InvalidInputException e) {
        throw bad("INVALID_VALUE", code, describe(e), owner);
      }
    }

    /** A text the static check requires by name: a version without it is {@code check}. */
    private @Nullable String named(
        Map<String, Node> map, String key, String check, String code, Node owner) {
      if (!map.containsKey(key)) {
        bad(check, code, "the item names no " + key + " ('" + key + "')", owner);
        return null;
      }
      return field(() -> text(map, key, owner));
    }

    private int promised(Map<String, Node> map, @Nullable ItemKind kind, Node owner) {
      Node node = map.get("promised-days");
      if (kind == ItemKind.PROMISED && node == null) {
        throw bad(
            "STRUCTURE",
            "promised-days",
            "a promised item (kind: promised) needs 'promised-days'",
            owner);
      }
      return node == null ? 0 : integer(node, "promised-days");
    }

    /** The attributes of a version, each read on its own so that every problem is found. */
    private List<AttributeDefinition> attributes(@Nullable Node node) {
      List<AttributeDefinition> attributes = new ArrayList<>();
      if (node == null) {
        return attributes;
      }
      List<Node> elements = sequence(node, "attributes");
      for (int i = 0; i < elements.size(); i++) {
        int position = i + 1;
        Node element = elements.get(i);
        attempt(() -> attributes.add(attribute(element, position)), element);
      }
      return attributes;
    }

    private AttributeDefinition attribute(Node node, int position) {
      int before = problemCount();
      Map<String, Node> map = fields(node, ATTRIBUTE);
      String code = field(() -> text(map, "code", node));
      String name = field(() -> text(map, "name", node));
      AttributeType type =
          field(() -> choice(required(map, "type", node), "type", AttributeType.class));
      if (type != null && type.isList() && !map.containsKey("values")) {
        bad(
            "LIST_WITHOUT_VALUES",
            code == null ? "attribute" : code,
            "a " + keyOf(type) + " attribute needs 'values' to choose from",
            node);
      }
      if (problemCount() > before) {
        throw abandon();
      }
      AttributeDefinition.Builder builder =
          AttributeDefinition.builder(present(code), present(name), present(type));
      builder.order(
          map.containsKey("order") ? integer(present(map.get("order")), "order") : position);
      if (bool(map, "required", false)) {
        builder.required();
      }
      if (bool(map, "personal", false)) {
        builder.personal();
      }
      optionalText(map, "description").ifPresent(builder::description);
      optionalText(map, "pattern").ifPresent(builder::pattern);
      if (map.containsKey("max-length")) {
        builder.maxLength(integer(present(map.get("max-length")), "max-length"));
      }
      BigDecimal min = map.containsKey("min") ? decimal(present(map.get("min")), "min") : null;
      BigDecimal max = map.containsKey("max") ? decimal(present(map.get("max")), "max") : null;
      if (min != null || max != null) {
        builder.range(min, max);
      }
      if (map.containsKey("values")) {
        List<Node> values = sequence(present(map.get("values")), "values");
        if (values.isEmpty()) {
          throw bad(
              "LIST_WITHOUT_VALUES",
              present(code),
              "'values' is empty: a list attribute must allow at least one value",
              present(map.get("values")));
        }
        for (Node value : values) {
          Map<String, Node> pair = fields(value, VALUE);
          builder.value(text(pair, "key", value), text(pair, "name", value));
        }
      }
      return builder.build();
    }

    /** An enum constant written {@code like-this}, or by its Chinese name. */
    private <E extends Enum<E>> E choice(Node node, String key, Class<E> type) {
      String value = scalar(node).strip();
      List<String> written = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        written.add(keyOf(constant));
        if (keyOf(constant).equals(value) || chinese(constant).equals(value)) {
          return constant;
        }
      }
      throw bad("STRUCTURE", key, "'" + value + "' is not one of " + written, node);
    }

    private static String chinese(Enum<?> constant) {
      if (constant instanceof ItemType t) {
        return t.label().zh();
      }
      if (constant instanceof ItemKind k) {
        return k.label().zh();
      }
      return constant.name();
    }
  }
}
