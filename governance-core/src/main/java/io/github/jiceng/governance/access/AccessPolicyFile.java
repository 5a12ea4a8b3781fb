package io.github.jiceng.governance.access;

import io.github.jiceng.governance.access.AccessPolicy.Location;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.calendar.HolidayNotice;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.Parameter;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Threshold;
import io.github.jiceng.governance.policy.YamlDocumentReader;
import io.github.jiceng.governance.policy.YamlDocumentWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads and writes an {@link AccessPolicy} as a YAML file that a civil-affairs official can keep up
 * to date. The format is documented, with a complete example, in {@code
 * docs/access-policy-format.md}.
 *
 * <p>Reading reports every problem it finds — syntax errors, unknown keys, malformed dates, and the
 * findings of the policy's static check — with the file name and line, in one {@link
 * PolicyCheckException}; it never stops at the first one. {@link #write} produces a self-contained
 * file (no {@code based-on}) that reads back into an equal policy; stores keep policies in this
 * form.
 */
public final class AccessPolicyFile {

  private static final LocalDate FIRST_DATE =
      io.github.jiceng.governance.policy.YamlInput.FIRST_DATE;
  private static final LocalDate LAST_DATE = io.github.jiceng.governance.policy.YamlInput.LAST_DATE;

  private AccessPolicyFile() {}

  /**
   * Reads the policy in {@code file} (UTF-8).
   *
   * @throws PolicyCheckException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AccessPolicy read(Path file) {
    return read(file, null);
  }

  /**
   * Reads the policy in {@code file} (UTF-8) as loaded on {@code day} (today by your clock): the
   * static check then also warns when the working calendar ends within 90 days of that day.
   *
   * @throws PolicyCheckException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AccessPolicy read(Path file, @Nullable LocalDate day) {
    if (file == null) {
      throw InvalidInputException.of("AccessPolicyFile.read", "file", "must not be null");
    }
    String text = YamlDocumentReader.readFile(file, "policy file");
    return read(text, file.toString(), day);
  }

  /**
   * Reads a policy from {@code text}; {@code fileName} names it in problems.
   *
   * @throws PolicyCheckException listing every problem with its line
   */
  public static AccessPolicy read(String text, String fileName) {
    return read(text, fileName, null);
  }

  /**
   * Reads a policy from {@code text} as loaded on {@code day}, or with no day-dependent check when
   * {@code day} is null; {@code fileName} names it in problems.
   *
   * @throws PolicyCheckException listing every problem with its line
   */
  public static AccessPolicy read(String text, String fileName, @Nullable LocalDate day) {
    if (text == null) {
      throw InvalidInputException.of("AccessPolicyFile.read", "text", "must not be null");
    }
    return new Reader(fileName == null ? "(unnamed)" : fileName, day).read(text);
  }

  /** The policy as a self-contained YAML document that {@link #read} turns back into it. */
  public static String write(AccessPolicy policy) {
    if (policy == null) {
      throw InvalidInputException.of("AccessPolicyFile.write", "policy", "must not be null");
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("policy", policy.id());
    doc.put("version", policy.version());
    doc.put("title", policy.title());
    policy.source().ifPresent(s -> doc.put("source", YamlDocumentWriter.citation(s)));
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<Object> calendar = new ArrayList<>();
    List<Parameter<?>> sorted = new ArrayList<>(policy.parameters().parameters());
    sorted.sort(java.util.Comparator.comparing(p -> p.key().id()));
    for (Parameter<?> parameter : sorted) {
      if (parameter.key().equals(WorkingCalendar.HOLIDAYS)) {
        for (ParameterVersion<?> v : parameter.versions()) {
          HolidayNotice notice = (HolidayNotice) v.value();
          Map<String, Object> year = new LinkedHashMap<>();
          year.put("year", notice.year());
          year.put("holidays", notice.holidays().stream().map(LocalDate::toString).toList());
          year.put(
              "working-weekends",
              notice.workingWeekends().stream().map(LocalDate::toString).toList());
          year.put("citation", YamlDocumentWriter.citation(v.citation()));
          calendar.add(year);
        }
        continue;
      }
      List<Object> versions = new ArrayList<>();
      for (ParameterVersion<?> v : parameter.versions()) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("value", valueOf(v.value()));
        YamlDocumentWriter.period(version, v.period());
        version.put("citation", YamlDocumentWriter.citation(v.citation()));
        version.put("label", v.label());
        versions.add(version);
      }
      parameters.put(parameter.key().id(), versions);
    }
    if (!parameters.isEmpty()) {
      doc.put("parameters", parameters);
    }
    if (!calendar.isEmpty()) {
      doc.put("calendar", calendar);
    }
    if (!policy.rulePeriods().isEmpty()) {
      Map<String, Object> rules = new LinkedHashMap<>();
      for (String id : AccessRules.IDS) {
        EffectivePeriod inForce = policy.rulePeriods().get(id);
        if (inForce != null) {
          Map<String, Object> period = new LinkedHashMap<>();
          YamlDocumentWriter.period(period, inForce);
          rules.put(id, period);
        }
      }
      doc.put("rules", rules);
    }
    List<Object> kinds = new ArrayList<>();
    for (ProhibitedKind kind : policy.prohibitedKinds()) {
      Map<String, Object> map = entry(kind.code(), kind.title(), kind.citation(), kind.period());
      if (!kind.words().isEmpty()) {
        map.put("words", kind.words());
      }
      if (!kind.categories().isEmpty()) {
        map.put("categories", kind.categories());
      }
      kinds.add(map);
    }
    if (!kinds.isEmpty()) {
      doc.put("prohibited-kinds", kinds);
    }
    List<Object> forms = new ArrayList<>();
    for (ApprovedForm form : policy.approvedForms()) {
      forms.add(entry(form.code(), form.title(), form.citation(), form.period()));
    }
    if (!forms.isEmpty()) {
      doc.put("approved-forms", forms);
    }
    List<Object> items = new ArrayList<>();
    for (WorkItem item : policy.items()) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("code", item.code());
      map.put("list", item.list().name());
      map.put("title", item.title());
      map.put("category", item.category());
      map.put("departments", item.departments());
      map.put("basis", YamlDocumentWriter.citation(item.basis()));
      YamlDocumentWriter.period(map, item.period());
      if (item.authority() != null) {
        map.put("authority", item.authority());
      }
      if (item.funding() != null) {
        map.put("funding", item.funding());
      }
      if (!item.kinds().isEmpty()) {
        map.put("kinds", item.kinds());
      }
      items.add(map);
    }
    doc.put("items", items);
    return YamlDocumentWriter.write(policy.title(), doc);
  }

  private static Map<String, Object> entry(
      String code, String title, Citation citation, EffectivePeriod period) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("code", code);
    map.put("title", title);
    map.put("citation", YamlDocumentWriter.citation(citation));
    YamlDocumentWriter.period(map, period);
    return map;
  }

  /** An enum constant as files write it: lower case, words joined by '-'. */
  private static String written(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static List<String> written(java.util.Collection<? extends Enum<?>> values) {
    return values.stream().map(AccessPolicyFile::written).toList();
  }

  private static Object valueOf(Object value) {
    if (value
        instanceof io.github.jiceng.governance.organisation.OrganisationRules.GradeValidity grade) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("years", grade.years());
      map.put("from-next-january", grade.fromNextJanuary());
      return map;
    }
    if (value instanceof io.github.jiceng.governance.assessment.AssessmentScheme scheme) {
      List<Object> written = new ArrayList<>();
      for (io.github.jiceng.governance.assessment.AssessmentScheme.Item item : scheme.items()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", item.code());
        map.put("name", item.name().zh());
        map.put("name-en", item.name().en());
        map.put("weight", item.weight());
        map.put("satisfaction", item.satisfaction());
        written.add(map);
      }
      return written;
    }
    if (value instanceof io.github.jiceng.governance.consultation.ConsultationCatalogue catalogue) {
      List<Object> written = new ArrayList<>();
      for (io.github.jiceng.governance.consultation.ConsultationMatter m : catalogue.matters()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", m.code());
        map.put("name", m.name().zh());
        map.put("name-en", m.name().en());
        map.put("forms", written(m.forms()));
        map.put("raised-by", written(m.raisedBy()));
        map.put("consult", written(m.consult()));
        m.decidingForm().ifPresent(f -> map.put("decided-by", written(f)));
        written.add(map);
      }
      return written;
    }
    if (value instanceof io.github.jiceng.governance.points.DeedTable table) {
      List<Object> written = new ArrayList<>();
      for (io.github.jiceng.governance.points.Deed deed : table.deeds()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", deed.code());
        map.put("category", deed.category());
        map.put("name", deed.name().zh());
        map.put("name-en", deed.name().en());
        map.put("points", deed.points());
        written.add(map);
      }
      return written;
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof io.github.jiceng.governance.facility.Checklists lists) {
      List<Object> written = new ArrayList<>();
      for (io.github.jiceng.governance.facility.Checklist list : lists.lists()) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", list.id());
        map.put("title", list.title().zh());
        map.put("title-en", list.title().en());
        map.put(
            "settings",
            list.settings().stream()
                .sorted()
                .map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                .toList());
        List<Object> items = new ArrayList<>();
        for (io.github.jiceng.governance.facility.Checklist.Item item : list.items()) {
          Map<String, Object> i = new LinkedHashMap<>();
          i.put("code", item.code());
          i.put("name", item.name().zh());
          i.put("name-en", item.name().en());
          items.add(i);
        }
        map.put("items", items);
        written.add(map);
      }
      return written;
    }
    if (value instanceof io.github.jiceng.governance.cases.TimeLimit limit) {
      return limit.toString();
    }
    if (value instanceof io.github.jiceng.governance.calendar.WorkingHours hours) {
      return hours.written();
    }
    if (value instanceof IntRange range) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("min", range.min());
      map.put("max", range.max());
      return map;
    }
    if (value instanceof Threshold threshold) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(
          threshold.strict() ? "more-than" : "at-least",
          threshold.numerator() + "/" + threshold.denominator());
      return map;
    }
    return value;
  }

  /** Parameters a file may set, by id: the task-access ones, then every national default's. */
  private static final Map<String, ParameterKey<?>> KNOWN_PARAMETERS = knownParameters();

  private static Map<String, ParameterKey<?>> knownParameters() {
    Map<String, ParameterKey<?>> known = new LinkedHashMap<>();
    AccessParameters.all().forEach(key -> known.put(key.id(), key));
    known.putAll(NationalDefaults.parameterKeys());
    // set locally, never nationally: office hours and the case warning share
    known.put(
        io.github.jiceng.governance.calendar.WorkingTime.HOURS.id(),
        io.github.jiceng.governance.calendar.WorkingTime.HOURS);
    known.put(
        io.github.jiceng.governance.cases.CaseLimits.WARNING_PERCENT.id(),
        io.github.jiceng.governance.cases.CaseLimits.WARNING_PERCENT);
    return java.util.Collections.unmodifiableMap(known);
  }

  /** One reading of one file; collects problems instead of stopping at the first. */
  private static final class Reader extends YamlDocumentReader {
    private static final Set<String> TOP =
        Set.of(
            "policy",
            "version",
            "title",
            "source",
            "based-on",
            "parameters",
            "calendar",
            "rules",
            "prohibited-kinds",
            "approved-forms",
            "items");
    private static final Set<String> ITEM =
        Set.of(
            "code",
            "list",
            "title",
            "category",
            "departments",
            "basis",
            "from",
            "to",
            "authority",
            "funding",
            "kinds");
    private static final Set<String> ENTRY = Set.of("code", "title", "citation", "from", "to");
    private static final Set<String> KIND =
        Set.of("code", "title", "citation", "from", "to", "words", "categories");
    private static final Set<String> VERSION = Set.of("value", "from", "to", "citation", "label");
    private static final Set<String> CHECKLIST =
        Set.of("id", "title", "title-en", "settings", "items");
    private static final Set<String> CHECKLIST_ITEM = Set.of("code", "name", "name-en");
    private static final Set<String> DEED = Set.of("code", "category", "name", "name-en", "points");
    private static final Set<String> MATTER =
        Set.of("code", "name", "name-en", "forms", "raised-by", "consult", "decided-by");
    private static final Set<String> SCHEME_ITEM =
        Set.of("code", "name", "name-en", "weight", "satisfaction");
    private static final Set<String> YEAR =
        Set.of("year", "holidays", "working-weekends", "citation");
    private static final Set<String> PERIOD = Set.of("from", "to");
    private static final Set<String> CITATION = Set.of("document", "article");

    private final @Nullable LocalDate loadedOn;

    Reader(String file, @Nullable LocalDate loadedOn) {
      super(file);
      this.loadedOn = loadedOn;
    }

    AccessPolicy read(String text) {
      MappingNode root = root(text, "at least 'policy', 'version' and 'items'");
      Map<String, Node> top = fields(root, TOP);
      AccessPolicy.Builder builder = begin(top, "policy", root, AccessPolicy::builder);
      if (loadedOn != null) {
        builder.loadedOn(loadedOn);
      }
      Map<String, Node> fields = top;
      attempt(() -> optionalText(fields, "title").ifPresent(builder::title), root);
      attempt(
          () -> {
            if (fields.containsKey("source")) builder.source(citation(fields.get("source")));
          },
          root);
      attempt(() -> basedOn(fields, builder), root);
      forEachIn(top.get("parameters"), "parameters", (key, node) -> parameter(builder, key, node));
      forEach(top.get("calendar"), "calendar", node -> calendarYear(builder, node));
      forEachIn(
          top.get("rules"),
          "rules",
          (key, node) -> {
            Map<String, Node> period = fields(node, PERIOD);
            builder.ruleInForce(
                key.getValue(), period(period, node), new Location(file(), line(key)));
          });
      forEach(
          top.get("prohibited-kinds"),
          "prohibited-kinds",
          node -> {
            Map<String, Node> map = fields(node, KIND);
            Entry e = entry(node, map);
            List<String> words =
                map.containsKey("words") ? strings(map.get("words"), "words") : List.of();
            List<String> categories =
                map.containsKey("categories")
                    ? strings(map.get("categories"), "categories")
                    : List.of();
            builder.prohibit(
                new ProhibitedKind(
                    e.code(), e.title(), e.citation(), e.period(), words, categories),
                e.where());
          });
      forEach(
          top.get("approved-forms"),
          "approved-forms",
          node -> {
            Entry e = entry(node, fields(node, ENTRY));
            builder.approveForm(
                ApprovedForm.of(e.code(), e.title(), e.citation(), e.period()), e.where());
          });
      if (!top.containsKey("items")) {
        problem("STRUCTURE", "items", "the policy has no 'items'", line(root));
      }
      forEach(
          top.get("items"),
          "items",
          node -> builder.item(item(node), new Location(file(), line(node))));
      if (problemCount() == 0) {
        return builder.build();
      }
      try {
        builder.build();
      } catch (PolicyCheckException e) {
        e.problems().forEach(this::problem);
      }
      throw failure();
    }

    /** The fields shared by prohibited kinds and approved forms. */
    private record Entry(
        String code, String title, Citation citation, EffectivePeriod period, Location where) {}

    private Entry entry(Node node, Map<String, Node> map) {
      return new Entry(
          text(map, "code", node),
          text(map, "title", node),
          citation(required(map, "citation", node)),
          period(map, node),
          new Location(file(), line(node)));
    }

    private void basedOn(Map<String, Node> top, AccessPolicy.Builder builder) {
      if (!top.containsKey("based-on")) {
        return;
      }
      Node node = top.get("based-on");
      String base = scalar(node);
      if (!base.equals("national")) {
        throw bad(
            "STRUCTURE",
            "based-on",
            "the only base a file can name is 'national' (the national defaults)",
            node);
      }
      builder.basedOn(NationalDefaults.policy());
    }

    /**
     * One item, with every problem inside it reported (a wrong list on one line and an impossible
     * date on another are two problems): each field is read on its own, and the item is given up
     * only after all have been tried.
     */
    private WorkItem item(Node node) {
      int before = problemCount();
      Map<String, Node> map = fields(node, ITEM);
      String code = field(() -> itemCode(map, node));
      String about = code == null ? "item at line " + line(node) : code;
      AccessList list = field(() -> list(required(map, "list", node), about));
      String title = field(() -> text(map, "title", node));
      String category = field(() -> optionalText(map, "category").orElse("综合"));
      List<String> departments = field(() -> departments(required(map, "departments", node)));
      Citation basis = field(() -> citation(required(map, "basis", node)));
      EffectivePeriod period = field(() -> period(map, node));
      String authority = field(() -> optionalText(map, "authority").orElse(null));
      String funding = field(() -> optionalText(map, "funding").orElse(null));
      List<String> kinds =
          map.containsKey("kinds") ? field(() -> strings(map.get("kinds"), "kinds")) : List.of();
      if (problemCount() > before) {
        throw abandon();
      }
      // every field read without a problem: none of the required ones is missing
      return new WorkItem(
          present(code),
          present(list),
          present(title),
          present(category),
          present(departments),
          present(basis),
          present(period),
          authority,
          funding,
          present(kinds));
    }

    private String itemCode(Map<String, Node> map, Node node) {
      String code = text(map, "code", node);
      try {
        return WorkItem.codeOf(code, "WorkItem", "code");
      } catch (InvalidInputException e) {
        throw bad("INVALID_VALUE", "WorkItem", describe(e), present(map.get("code")));
      }
    }

    private AccessList list(Node listNode, String about) {
      try {
        return AccessList.valueOf(scalar(listNode));
      } catch (IllegalArgumentException e) {
        throw bad(
            "STRUCTURE",
            about,
            "list must be one of DUTY, ASSIST, NEGATIVE, CERTIFICATE",
            listNode);
      }
    }

    private List<String> departments(Node deps) {
      return strings(deps, "departments");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void parameter(AccessPolicy.Builder builder, ScalarNode keyNode, Node node) {
      ParameterKey key = KNOWN_PARAMETERS.get(keyNode.getValue());
      if (key == null) {
        key = io.github.jiceng.governance.cases.CaseLimits.keyOf(keyNode.getValue()).orElse(null);
      }
      if (key == null) {
        throw bad(
            "UNKNOWN_PARAMETER",
            keyNode.getValue(),
            "no such parameter; known: "
                + KNOWN_PARAMETERS.keySet()
                + " and the case limits case.limit.<stage>.<urgency>[.<category>],"
                + " case.limit.extension.<urgency>, case.escalation.step.<urgency>",
            keyNode);
      }
      List<ParameterVersion> versions = new ArrayList<>();
      List<Location> where = new ArrayList<>();
      for (Node v : sequence(node, key.id())) {
        Map<String, Node> map = fields(v, VERSION);
        Node valueNode = required(map, "value", v);
        Map<String, Node> period = new LinkedHashMap<>(map);
        if (!map.containsKey("from")) {
          throw bad("STRUCTURE", key.id(), "a parameter version needs 'from'", v);
        }
        versions.add(
            ParameterVersion.of(
                value(key.type(), valueNode, key.id()),
                period(period, v),
                citation(required(map, "citation", v)),
                optionalText(map, "label").orElse(key.id() + " from " + scalar(map.get("from")))));
        where.add(new Location(file(), line(v)));
      }
      builder.parameter(key, (List) versions, where);
    }

    private Object value(Class<?> type, Node node, String id) {
      if (type == io.github.jiceng.governance.cases.TimeLimit.class) {
        try {
          return io.github.jiceng.governance.cases.TimeLimit.parse(scalar(node));
        } catch (InvalidInputException e) {
          throw bad("STRUCTURE", id, describe(e), node);
        }
      }
      if (type == io.github.jiceng.governance.calendar.WorkingHours.class) {
        try {
          return io.github.jiceng.governance.calendar.WorkingHours.of(
              strings(node, id).toArray(String[]::new));
        } catch (InvalidInputException e) {
          throw bad("STRUCTURE", id, describe(e), node);
        }
      }
      if (type == Integer.class) {
        return integer(node, id);
      }
      if (type == java.math.BigDecimal.class) {
        return decimal(node, id);
      }
      if (type == io.github.jiceng.governance.facility.Checklists.class) {
        return checklists(node, id);
      }
      if (type == io.github.jiceng.governance.points.DeedTable.class) {
        return deeds(node, id);
      }
      if (type == io.github.jiceng.governance.consultation.ConsultationCatalogue.class) {
        return catalogue(node, id);
      }
      if (type == io.github.jiceng.governance.assessment.AssessmentScheme.class) {
        return scheme(node, id);
      }
      if (type == io.github.jiceng.governance.organisation.OrganisationRules.GradeValidity.class) {
        Map<String, Node> map = fields(node, Set.of("years", "from-next-january"));
        return new io.github.jiceng.governance.organisation.OrganisationRules.GradeValidity(
            integer(required(map, "years", node), id), bool(map, "from-next-january", false));
      }
      if (type == IntRange.class) {
        Map<String, Node> map = fields(node, Set.of("min", "max"));
        return IntRange.of(
            integer(required(map, "min", node), id), integer(required(map, "max", node), id));
      }
      if (type == Threshold.class) {
        Map<String, Node> map = fields(node, Set.of("more-than", "at-least"));
        boolean strict = map.containsKey("more-than");
        Node fraction = strict ? map.get("more-than") : map.get("at-least");
        if (fraction == null || map.size() != 1) {
          throw bad(
              "STRUCTURE", id, "a share is written 'more-than: 1/2' or 'at-least: 1/5'", node);
        }
        String[] parts = scalar(fraction).split("/", -1);
        if (parts.length != 2) {
          throw bad("STRUCTURE", id, "a share is written as a fraction such as 1/2", fraction);
        }
        return new Threshold(
            integer(parts[0], fraction, id), integer(parts[1], fraction, id), strict);
      }
      throw bad(
          "UNKNOWN_PARAMETER",
          id,
          "parameters of type " + type.getSimpleName() + " cannot be set in a file",
          node);
    }

    /**
     * Checklists, written as a list of {@code {id, title, title-en, settings: [urban, rural],
     * items: [{code, name, name-en}]}}; the English texts default to the Chinese.
     */
    private io.github.jiceng.governance.facility.Checklists checklists(Node node, String id) {
      List<io.github.jiceng.governance.facility.Checklist> lists = new ArrayList<>();
      for (Node listNode : sequence(node, id)) {
        Map<String, Node> list = fields(listNode, CHECKLIST);
        List<io.github.jiceng.governance.facility.Checklist.Item> items = new ArrayList<>();
        for (Node itemNode : sequence(required(list, "items", listNode), id + " items")) {
          Map<String, Node> item = fields(itemNode, CHECKLIST_ITEM);
          String name = text(item, "name", itemNode);
          try {
            items.add(
                new io.github.jiceng.governance.facility.Checklist.Item(
                    text(item, "code", itemNode),
                    Text.of(name, optionalText(item, "name-en").orElse(name))));
          } catch (InvalidInputException e) {
            throw bad("STRUCTURE", id, describe(e), itemNode);
          }
        }
        java.util.Set<io.github.jiceng.governance.grid.GridSetting> settings =
            java.util.EnumSet.noneOf(io.github.jiceng.governance.grid.GridSetting.class);
        for (String setting : strings(required(list, "settings", listNode), id + " settings")) {
          try {
            settings.add(
                io.github.jiceng.governance.grid.GridSetting.valueOf(
                    setting.toUpperCase(java.util.Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            throw bad("STRUCTURE", id, "a setting is 'urban' or 'rural'", listNode);
          }
        }
        String title = text(list, "title", listNode);
        try {
          lists.add(
              new io.github.jiceng.governance.facility.Checklist(
                  text(list, "id", listNode),
                  Text.of(title, optionalText(list, "title-en").orElse(title)),
                  settings,
                  items));
        } catch (InvalidInputException e) {
          throw bad("STRUCTURE", id, describe(e), listNode);
        }
      }
      try {
        return new io.github.jiceng.governance.facility.Checklists(lists);
      } catch (InvalidInputException e) {
        throw bad("STRUCTURE", id, describe(e), node);
      }
    }

    /** An assessment scheme: a list of {@code {code, name, name-en, weight, satisfaction}}. */
    private io.github.jiceng.governance.assessment.AssessmentScheme scheme(Node node, String id) {
      List<io.github.jiceng.governance.assessment.AssessmentScheme.Item> items = new ArrayList<>();
      for (Node itemNode : sequence(node, id)) {
        Map<String, Node> item = fields(itemNode, SCHEME_ITEM);
        String name = text(item, "name", itemNode);
        try {
          items.add(
              new io.github.jiceng.governance.assessment.AssessmentScheme.Item(
                  text(item, "code", itemNode),
                  Text.of(name, optionalText(item, "name-en").orElse(name)),
                  integer(required(item, "weight", itemNode), id),
                  bool(item, "satisfaction", false)));
        } catch (InvalidInputException e) {
          throw bad("STRUCTURE", id, describe(e), itemNode);
        }
      }
      try {
        return new io.github.jiceng.governance.assessment.AssessmentScheme(items);
      } catch (InvalidInputException e) {
        throw bad("STRUCTURE", id, describe(e), node);
      }
    }

    /**
     * A consultation catalogue: a list of {@code {code, name, name-en, forms, raised-by, consult,
     * decided-by}}, the forms and parties written in lower case with '-' ({@code
     * residents-representative-meeting}, {@code owners-committee}).
     */
    private io.github.jiceng.governance.consultation.ConsultationCatalogue catalogue(
        Node node, String id) {
      List<io.github.jiceng.governance.consultation.ConsultationMatter> matters = new ArrayList<>();
      for (Node matterNode : sequence(node, id)) {
        Map<String, Node> m = fields(matterNode, MATTER);
        String name = text(m, "name", matterNode);
        Node decided = m.get("decided-by");
        try {
          matters.add(
              new io.github.jiceng.governance.consultation.ConsultationMatter(
                  text(m, "code", matterNode),
                  Text.of(name, optionalText(m, "name-en").orElse(name)),
                  constants(
                      required(m, "forms", matterNode),
                      io.github.jiceng.governance.consultation.ConsultationForm.class,
                      id),
                  constants(
                      required(m, "raised-by", matterNode),
                      io.github.jiceng.governance.consultation.ConsultationParty.class,
                      id),
                  m.containsKey("consult")
                      ? constants(
                          m.get("consult"),
                          io.github.jiceng.governance.consultation.ConsultationParty.class,
                          id)
                      : Set.of(),
                  decided == null
                      ? null
                      : constant(
                          scalar(decided),
                          io.github.jiceng.governance.consultation.ConsultationForm.class,
                          id,
                          decided)));
        } catch (InvalidInputException e) {
          throw bad("STRUCTURE", id, describe(e), matterNode);
        }
      }
      try {
        return new io.github.jiceng.governance.consultation.ConsultationCatalogue(matters);
      } catch (InvalidInputException e) {
        throw bad("STRUCTURE", id, describe(e), node);
      }
    }

    private <E extends Enum<E>> Set<E> constants(Node node, Class<E> type, String id) {
      Set<E> values = java.util.EnumSet.noneOf(type);
      for (Node item : sequence(node, id)) {
        values.add(constant(scalar(item), type, id, item));
      }
      return values;
    }

    private <E extends Enum<E>> E constant(String text, Class<E> type, String id, Node node) {
      for (E value : type.getEnumConstants()) {
        if (written(value).equals(text)) {
          return value;
        }
      }
      throw bad(
          "STRUCTURE",
          id,
          "'"
              + text
              + "' is not one of "
              + java.util.Arrays.stream(type.getEnumConstants())
                  .map(AccessPolicyFile::written)
                  .toList(),
          node);
    }

    /** A deed table: a list of {@code {code, category, name, name-en, points}}. */
    private io.github.jiceng.governance.points.DeedTable deeds(Node node, String id) {
      List<io.github.jiceng.governance.points.Deed> deeds = new ArrayList<>();
      for (Node deedNode : sequence(node, id)) {
        Map<String, Node> deed = fields(deedNode, DEED);
        String name = text(deed, "name", deedNode);
        try {
          deeds.add(
              new io.github.jiceng.governance.points.Deed(
                  text(deed, "code", deedNode),
                  text(deed, "category", deedNode),
                  Text.of(name, optionalText(deed, "name-en").orElse(name)),
                  integer(required(deed, "points", deedNode), id)));
        } catch (InvalidInputException e) {
          throw bad("STRUCTURE", id, describe(e), deedNode);
        }
      }
      try {
        return new io.github.jiceng.governance.points.DeedTable(deeds);
      } catch (InvalidInputException e) {
        throw bad("STRUCTURE", id, describe(e), node);
      }
    }

    private void calendarYear(AccessPolicy.Builder builder, Node node) {
      Map<String, Node> map = fields(node, YEAR);
      Node yearNode = required(map, "year", node);
      int year = integer(yearNode, "calendar");
      if (year < FIRST_DATE.getYear() || year > LAST_DATE.getYear()) {
        throw bad(
            "STRUCTURE",
            "calendar",
            "year " + year + " is outside " + FIRST_DATE.getYear() + "-" + LAST_DATE.getYear(),
            yearNode);
      }
      HolidayNotice notice =
          new HolidayNotice(year, days(map.get("holidays")), days(map.get("working-weekends")));
      builder.parameter(
          WorkingCalendar.HOLIDAYS,
          List.of(WorkingCalendar.version(notice, citation(required(map, "citation", node)))),
          List.of(new Location(file(), line(node))));
    }

    /** Days as a list of dates, where "2026-02-15..2026-02-23" stands for every day in between. */
    private Set<LocalDate> days(@Nullable Node node) {
      Set<LocalDate> days = new HashSet<>();
      if (node == null) {
        return days;
      }
      for (Node d : sequence(node, "days")) {
        String value = scalar(d);
        int dots = value.indexOf("..");
        if (dots < 0) {
          days.add(date(value, d));
        } else {
          LocalDate first = date(value.substring(0, dots), d);
          LocalDate last = date(value.substring(dots + 2), d);
          if (last.isBefore(first)) {
            throw bad("STRUCTURE", "calendar", "range " + value + " ends before it starts", d);
          }
          if (first.getYear() != last.getYear()) {
            throw bad("STRUCTURE", "calendar", "range " + value + " must lie within one year", d);
          }
          first.datesUntil(last.plusDays(1)).forEach(days::add);
        }
      }
      return days;
    }
  }
}
