package io.github.jiceng.governance.service;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Violation;
import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One version of a public service item (公共服务事项): valid for {@link #period()}, with the six base
 * elements of a government-service item — name (名称), code (编码), type (类型), responsible department
 * (主管部门), implementing body (实施机关) and basis (依据) — the window that takes it, how it is settled,
 * the materials a resident brings and the attributes a request carries. An item changes by a new
 * version from a date (see {@link ServiceCatalogue}). Immutable; build with {@link #builder}.
 *
 * @param code the item's code, the same in every version: 1 to 64 letters, digits, '.', '_' or '-'
 * @param name its name, e.g. {@code 居住证明}
 * @param type its type
 * @param category a grouping for residents, e.g. {@code 社会救助}
 * @param department the responsible department (主管部门), e.g. {@code 区民政局}
 * @param implementingBody the body that decides it (实施机关), e.g. {@code 街道办事处}
 * @param basis the law or document it rests on (依据)
 * @param window the window of the community service station that takes it, e.g. {@code 社会救助窗口}
 * @param period when this version is valid
 * @param kind settled on the spot or within a promised time
 * @param promisedWorkingDays the promised time in working days (承诺时限): 0 for an item settled on the
 *     spot, at least 1 otherwise
 * @param statutoryWorkingDays the statutory time in working days (法定时限), if a law sets one; the
 *     promise may not be longer
 * @param proxy whether the community handles it as proxy (代办) until every step is done
 * @param materials what a resident brings, in the order listed
 * @param attributes what a request carries, by order
 */
public record ServiceItem(
    String code,
    String name,
    ItemType type,
    String category,
    String department,
    String implementingBody,
    Citation basis,
    String window,
    EffectivePeriod period,
    ItemKind kind,
    int promisedWorkingDays,
    @Nullable Integer statutoryWorkingDays,
    boolean proxy,
    List<String> materials,
    List<AttributeDefinition> attributes) {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String SUBJECT = "ServiceItem";

  /**
   * Checks the item.
   *
   * @throws InvalidInputException naming every field that is wrong
   */
  public ServiceItem {
    Checks.required(code, SUBJECT, "code");
    Checks.required(name, SUBJECT, "name");
    Checks.required(type, SUBJECT, "type");
    Checks.required(category, SUBJECT, "category");
    Checks.required(department, SUBJECT, "department");
    Checks.required(implementingBody, SUBJECT, "implementingBody");
    Checks.required(basis, SUBJECT, "basis");
    Checks.required(window, SUBJECT, "window");
    Checks.required(period, SUBJECT, "period");
    Checks.required(kind, SUBJECT, "kind");
    materials = Checks.listOf(materials, SUBJECT, "materials");
    attributes =
        Checks.listOf(attributes, SUBJECT, "attributes").stream()
            .sorted(Comparator.comparingInt(AttributeDefinition::order))
            .toList();
    List<Violation> problems = new ArrayList<>();
    if (!CODE.matcher(code).matches()) {
      problems.add(new Violation("code", "must be 1 to 64 letters, digits, '.', '_' or '-'"));
    }
    text(problems, "name", name, 100);
    text(problems, "category", category, 50);
    text(problems, "department", department, 100);
    text(problems, "implementingBody", implementingBody, 100);
    text(problems, "window", window, 50);
    for (int i = 0; i < materials.size(); i++) {
      text(problems, "materials[" + i + "]", materials.get(i), 200);
    }
    checkTimes(kind, promisedWorkingDays, statutoryWorkingDays, problems);
    checkAttributes(attributes, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("service item " + code, problems);
    }
  }

  private static void text(List<Violation> problems, String field, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      problems.add(new Violation(field, "must be 1 to " + max + " characters"));
    }
  }

  private static void checkTimes(
      ItemKind kind, int promised, @Nullable Integer statutory, List<Violation> problems) {
    if (kind == ItemKind.ON_THE_SPOT && promised != 0) {
      problems.add(
          new Violation("promisedWorkingDays", "must be 0 for an item settled on the spot"));
    }
    if (kind == ItemKind.PROMISED && (promised < 1 || promised > 365)) {
      problems.add(new Violation("promisedWorkingDays", "must be 1 to 365 for a promised item"));
    }
    if (statutory != null && (statutory < 1 || statutory > 365)) {
      problems.add(new Violation("statutoryWorkingDays", "must be 1 to 365"));
    } else if (statutory != null && promised > statutory) {
      problems.add(
          new Violation(
              "promisedWorkingDays",
              "must not be longer than the statutory time (" + statutory + " working days)"));
    }
  }

  private static void checkAttributes(
      List<AttributeDefinition> attributes, List<Violation> problems) {
    Set<String> codes = new HashSet<>();
    Set<Integer> orders = new HashSet<>();
    for (AttributeDefinition attribute : attributes) {
      if (!codes.add(attribute.code())) {
        problems.add(new Violation("attributes", "code " + attribute.code() + " is used twice"));
      }
      if (!orders.add(attribute.order())) {
        problems.add(new Violation("attributes", "order " + attribute.order() + " is used twice"));
      }
    }
  }

  /** A builder for version {@code period} of item {@code code}. */
  public static Builder builder(String code, String name, EffectivePeriod period) {
    return new Builder(code, name, period);
  }

  /**
   * The attributes {@code raw} (attribute code → text as entered) give a request made on {@code
   * day}.
   *
   * @throws InvalidInputException listing every attribute that is missing, unknown or wrong ({@code
   *     attributes.applicant_id: …}), never its value
   */
  public ServiceAttributes checkAttributes(Map<String, String> raw, LocalDate day) {
    AttributeCheck checked = attributeCheck(raw, day);
    if (!checked.problems().isEmpty()) {
      throw new InvalidInputException(
          "request for " + code,
          checked.problems().stream().map(p -> new Violation(p.field(), p.problem())).toList());
    }
    return checked.attributes();
  }

  /** What is wrong with an attribute of a request, for the intake rule that explains it. */
  enum ProblemKind {
    /** A required attribute is not given. */
    MISSING,
    /** A given value is not what the definition allows. */
    INVALID,
    /** The item has no attribute of the given code. */
    UNKNOWN
  }

  /**
   * One attribute problem.
   *
   * @param field {@code attributes.<code>}, or {@code attributes} for a code the item lacks (which
   *     is not repeated: it may be anything a form sent)
   * @param kind what kind of problem it is
   * @param problem in words, never quoting the value
   */
  record AttributeProblem(String field, ProblemKind kind, String problem) {}

  /** The checked attributes, or every problem with them. */
  record AttributeCheck(ServiceAttributes attributes, List<AttributeProblem> problems) {}

  /** Checks {@code raw} against the definitions: the one place the attribute rules are written. */
  AttributeCheck attributeCheck(Map<String, String> raw, LocalDate day) {
    Checks.required(raw, SUBJECT, "raw");
    Checks.required(day, SUBJECT, "day");
    List<AttributeProblem> problems = new ArrayList<>();
    Map<String, AttributeDefinition> byCode = new HashMap<>();
    attributes.forEach(a -> byCode.put(a.code(), a));
    for (String given : raw.keySet()) {
      if (given == null || !byCode.containsKey(given)) {
        problems.add(
            new AttributeProblem(
                "attributes", ProblemKind.UNKNOWN, "the item has no attribute of that code"));
      }
    }
    List<AttributeValue> values = new ArrayList<>();
    for (AttributeDefinition attribute : attributes) {
      String field = "attributes." + attribute.code();
      String text = raw.get(attribute.code());
      if (text == null || text.isBlank()) {
        if (attribute.required()) {
          problems.add(new AttributeProblem(field, ProblemKind.MISSING, "is required"));
        }
        continue;
      }
      AttributeDefinition.Checked checked = attribute.check(text, day);
      String value = checked.value();
      if (value == null) {
        problems.add(
            new AttributeProblem(field, ProblemKind.INVALID, String.valueOf(checked.problem())));
      } else {
        values.add(
            new AttributeValue(attribute.code(), attribute.type(), value, attribute.personal()));
      }
    }
    return new AttributeCheck(new ServiceAttributes(values), problems);
  }

  /**
   * When a request taken on {@code intakeDay} is due: that day for an item settled on the spot;
   * else after the promised number of working days by {@code calendar}.
   */
  public LocalDate dueOn(LocalDate intakeDay, WorkingCalendar calendar) {
    Checks.required(intakeDay, SUBJECT, "intakeDay");
    Checks.required(calendar, SUBJECT, "calendar");
    return kind == ItemKind.ON_THE_SPOT
        ? intakeDay
        : calendar.plusWorkingDays(intakeDay, promisedWorkingDays);
  }

  /** Builds a {@link ServiceItem}. Not thread-safe. */
  public static final class Builder {
    private final String code;
    private final String name;
    private final EffectivePeriod period;
    private ItemType type = ItemType.PUBLIC_SERVICE;
    private @Nullable String category;
    private @Nullable String department;
    private @Nullable String implementingBody;
    private @Nullable Citation basis;
    private @Nullable String window;
    private ItemKind kind = ItemKind.ON_THE_SPOT;
    private int promised;
    private @Nullable Integer statutory;
    private boolean proxy;
    private final List<String> materials = new ArrayList<>();
    private final List<AttributeDefinition> attributes = new ArrayList<>();

    private Builder(String code, String name, EffectivePeriod period) {
      this.code = code;
      this.name = name;
      this.period = period;
    }

    /** The item's type; {@link ItemType#PUBLIC_SERVICE} unless told. */
    public Builder type(ItemType value) {
      this.type = Checks.required(value, SUBJECT, "type");
      return this;
    }

    /** The grouping residents see. */
    public Builder category(String value) {
      this.category = value;
      return this;
    }

    /** The responsible department (主管部门) and the implementing body (实施机关). */
    public Builder department(String responsible, String implementing) {
      this.department = responsible;
      this.implementingBody = implementing;
      return this;
    }

    /** The law or document the item rests on. */
    public Builder basis(Citation value) {
      this.basis = value;
      return this;
    }

    /** The window that takes it. */
    public Builder window(String value) {
      this.window = value;
      return this;
    }

    /** Settled on the spot (the default). */
    public Builder onTheSpot() {
      this.kind = ItemKind.ON_THE_SPOT;
      this.promised = 0;
      return this;
    }

    /**
     * Settled within {@code workingDays} working days; {@code statutoryDays} if a law sets them.
     */
    public Builder promised(int workingDays, @Nullable Integer statutoryDays) {
      this.kind = ItemKind.PROMISED;
      this.promised = workingDays;
      this.statutory = statutoryDays;
      return this;
    }

    /** The community handles it as proxy (代办). */
    public Builder proxy() {
      this.proxy = true;
      return this;
    }

    /** Materials a resident brings. */
    public Builder materials(String... values) {
      materials.addAll(Checks.values(SUBJECT, "materials", values));
      return this;
    }

    /** An attribute a request carries. */
    public Builder attribute(AttributeDefinition value) {
      attributes.add(Checks.required(value, SUBJECT, "attribute"));
      return this;
    }

    /**
     * The item.
     *
     * @throws InvalidInputException naming every field that is missing or wrong
     */
    public ServiceItem build() {
      List<Violation> missing = new ArrayList<>();
      require(missing, category, "category");
      require(missing, department, "department");
      require(missing, implementingBody, "implementingBody");
      require(missing, basis, "basis");
      require(missing, window, "window");
      if (category == null
          || department == null
          || implementingBody == null
          || basis == null
          || window == null) {
        throw new InvalidInputException("service item " + code, missing);
      }
      return new ServiceItem(
          code,
          name,
          type,
          category,
          department,
          implementingBody,
          basis,
          window,
          period,
          kind,
          promised,
          statutory,
          proxy,
          materials,
          attributes);
    }

    private static void require(List<Violation> missing, @Nullable Object value, String field) {
      if (value == null) {
        missing.add(new Violation(field, "must be set"));
      }
    }
  }

  /** The code, name (the item's, not a person's), kind and period. */
  @Override
  public String toString() {
    return "ServiceItem[" + code + " " + name + ", " + kind + ", " + period + "]";
  }
}
