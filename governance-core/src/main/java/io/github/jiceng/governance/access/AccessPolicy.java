package io.github.jiceng.governance.access;

import io.github.jiceng.governance.calendar.WorkingCalendar;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.PolicyCheckException;
import io.github.jiceng.governance.policy.PolicyProblem;
import io.github.jiceng.governance.policy.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A jurisdiction's task-access policy (工作事项准入清单及规则): the four lists, the prohibited kinds of work,
 * the approved forms and ledgers, the dated parameters (including the working calendar), and the
 * periods in which it applies each rule A1–A10. Immutable and thread-safe; it passed its static
 * check when it was built (see {@link #warnings()} for what the check let through).
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.builder("xuanzhou-access", "2026.1")
 *     .title("宣州区社区工作事项准入清单")
 *     .basedOn(NationalDefaults.policy())          // working calendar and other national numbers
 *     .parameter(AccessParameters.LEAD_WORKING_DAYS, ParameterVersion.of(30, from2025, xicheng, "30 working days"))
 *     .item(WorkItem.builder(AccessList.DUTY, "D-01", "居民委员会换届选举组织工作")
 *         .departments("区民政局").basis(rcLaw).build())
 *     .build();
 * Decision<AccessOutcome> decision = policy.decide(request, community, LocalDate.of(2026, 3, 2));
 * System.out.println(decision.explain());
 * }</pre>
 */
public final class AccessPolicy {
  private final String id;
  private final String version;
  private final String title;
  private final @Nullable Citation source;
  private final Policy parameters;
  private final List<WorkItem> items;
  private final List<ProhibitedKind> prohibitedKinds;
  private final List<ApprovedForm> approvedForms;
  private final Map<String, EffectivePeriod> rulePeriods;
  private final List<PolicyProblem> warnings;
  private final Map<String, WorkItem[]> itemsByCode;
  private final Map<String, ApprovedForm[]> formsByCode;
  private final Map<WorkItem, ItemTexts> texts = new java.util.IdentityHashMap<>();

  /** The prohibited kinds covering each item that any covers, worked out once (A6). */
  private final Map<WorkItem, ProhibitionCover[]> itemCovers = new java.util.IdentityHashMap<>();

  private final ProhibitedKind[] kindArray;

  /** Whether any kind has words, so that A6 must read request titles at all. */
  private final boolean kindsHaveWords;

  private final WorkingCalendar calendar;
  private volatile @Nullable KindsOn lastKinds;
  private final RuleSet<AccessRules.Facts, AccessOutcome> ruleSet;

  /** The numbers of the last day asked about: decisions in a batch share their day. */
  private AccessPolicy(Builder b, Policy parameters, List<PolicyProblem> warnings) {
    this.id = b.id;
    this.version = b.version;
    this.title = b.title == null ? b.id : b.title;
    this.source = b.source;
    this.parameters = parameters;
    this.items = List.copyOf(b.items);
    this.prohibitedKinds = List.copyOf(b.prohibitedKinds);
    this.approvedForms = List.copyOf(b.approvedForms);
    this.rulePeriods = Map.copyOf(b.rulePeriods);
    this.warnings = List.copyOf(warnings);
    this.itemsByCode = index(items, WorkItem::code, WorkItem[]::new);
    this.formsByCode = index(approvedForms, ApprovedForm::code, ApprovedForm[]::new);
    items.forEach(item -> texts.put(item, ItemTexts.of(item)));
    this.kindArray = prohibitedKinds.toArray(ProhibitedKind[]::new);
    this.kindsHaveWords = prohibitedKinds.stream().anyMatch(k -> !k.words().isEmpty());
    for (WorkItem item : items) {
      List<ProhibitionCover> covers = ProhibitionCover.ofItem(prohibitedKinds, item);
      if (!covers.isEmpty()) {
        itemCovers.put(item, covers.toArray(ProhibitionCover[]::new));
      }
    }
    this.calendar = WorkingCalendar.of(parameters);
    this.ruleSet = AccessRules.ruleSet(this);
  }

  /** Starts a policy with its id (for example {@code xuanzhou-access}) and version. */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /**
   * Decides {@code request} for {@code community} as of {@code asOf}, with no history (no earlier
   * inspections, no approval steps). The quickest way to test a policy.
   */
  public Decision<AccessOutcome> decide(
      TaskRequest request, DivisionCode community, LocalDate asOf) {
    return decide(AccessCase.of(request, community), asOf);
  }

  /**
   * Decides one case as of {@code asOf}: every rule A1–A10, combined as {@link AccessOutcome} says.
   */
  public Decision<AccessOutcome> decide(AccessCase accessCase, LocalDate asOf) {
    Checks.required(accessCase, "AccessPolicy.decide", "accessCase");
    Checks.required(asOf, "AccessPolicy.decide", "asOf");
    return ruleSet.evaluate(
        AccessRules.Facts::subject,
        new AccessRules.Facts(this, accessCase, asOf),
        parameters,
        asOf);
  }

  /** The policy's id. */
  public String id() {
    return id;
  }

  /** The policy's version. */
  public String version() {
    return version;
  }

  /** The policy's title, for example "宣州区社区工作事项准入清单". */
  public String title() {
    return title;
  }

  /** The document that publishes the policy, if given. */
  public java.util.Optional<Citation> source() {
    return java.util.Optional.ofNullable(source);
  }

  /** The dated parameters, including the working calendar. */
  public Policy parameters() {
    return parameters;
  }

  /** The working calendar of {@link #parameters()}. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** Every item version of every list, in the order given. */
  public List<WorkItem> items() {
    return items;
  }

  /** The items of {@code list} in force on {@code day}. */
  public List<WorkItem> items(AccessList list, LocalDate day) {
    Checks.required(list, "AccessPolicy.items", "list");
    Checks.required(day, "AccessPolicy.items", "day");
    return items.stream().filter(i -> i.list() == list && i.inForceOn(day)).toList();
  }

  /** The prohibited kinds of work. */
  public List<ProhibitedKind> prohibitedKinds() {
    return prohibitedKinds;
  }

  /** The approved forms and ledgers. */
  public List<ApprovedForm> approvedForms() {
    return approvedForms;
  }

  /**
   * The periods in which the policy applies rules, by rule id; a rule not in the map applies
   * always.
   */
  public Map<String, EffectivePeriod> rulePeriods() {
    return rulePeriods;
  }

  /** What the static check found that does not stop loading. */
  public List<PolicyProblem> warnings() {
    return warnings;
  }

  /**
   * {@link #warnings()} as of {@code day}: with CALENDAR_ENDING when the working calendar ends
   * within 90 days of that day, so that a long-running service can ask again every day (for example
   * with the facade's clock) rather than only when it loaded the policy.
   */
  public List<PolicyProblem> warningsOn(LocalDate day) {
    Checks.required(day, "AccessPolicy.warningsOn", "day");
    List<PolicyProblem> all = new ArrayList<>(warnings);
    all.removeIf(p -> p.check().equals("CALENDAR_ENDING"));
    all.addAll(PolicyChecks.calendarEnding(parameters, day));
    return List.copyOf(all);
  }

  /** The item with {@code code} in force on {@code day}, or {@code null}. */
  @Nullable WorkItem item(String code, LocalDate day) {
    return inForce(itemsByCode.get(code), day, WorkItem::period);
  }

  ItemTexts texts(WorkItem item) {
    return java.util.Objects.requireNonNull(
        texts.get(item), "every item's texts are written when the policy is built");
  }

  /** Whether any prohibited kind is in force on {@code day}. */
  boolean prohibitsAnythingOn(LocalDate day) {
    return kindsOn(day).length > 0;
  }

  /** The kinds in force on {@code day}; remembered for the last day asked, the usual case. */
  private ProhibitedKind[] kindsOn(LocalDate day) {
    KindsOn last = lastKinds;
    if (last != null && last.day().equals(day)) {
      return last.kinds();
    }
    ProhibitedKind[] kinds =
        java.util.Arrays.stream(kindArray)
            .filter(kind -> kind.period().contains(day))
            .toArray(ProhibitedKind[]::new);
    lastKinds = new KindsOn(day, kinds);
    return kinds;
  }

  /** The kinds in force on one day; the array is never changed once made. */
  @SuppressWarnings("ArrayRecordComponent")
  private record KindsOn(LocalDate day, ProhibitedKind[] kinds) {}

  /**
   * Whether a prohibited kind in force on {@code day} covers {@code request}, whose list item on
   * that day is {@code item} (or null), as {@link ProhibitedKind} documents: the verdict of A6.
   */
  boolean prohibits(TaskRequest request, @Nullable WorkItem item, LocalDate day) {
    ProhibitionCover[] covers = item == null ? null : itemCovers.get(item);
    if (covers != null) {
      for (ProhibitionCover cover : covers) {
        if (cover.kind().period().contains(day)) {
          return true;
        }
      }
    }
    List<String> demands = request.demands();
    String title = kindsHaveWords ? ProhibitedKind.normalise(request.title()) : null;
    for (ProhibitedKind kind : kindsOn(day)) {
      if (((!demands.isEmpty() && demands.contains(kind.code()))
          || (title != null && ProhibitionCover.wordIn(kind, title) != null))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kinds in force on {@code day} that cover {@code request}, each once with how: A6's
   * explanation.
   */
  List<ProhibitionCover> prohibitionsOf(
      TaskRequest request, @Nullable WorkItem item, LocalDate day) {
    if (!prohibits(request, item, day)) {
      return List.of(); // the usual case, without reading the title again
    }
    Map<String, ProhibitionCover> found = new LinkedHashMap<>();
    String title = ProhibitedKind.normalise(request.title());
    for (ProhibitedKind kind : kindArray) {
      if (kind.period().contains(day)) {
        ProhibitionCover cover = ProhibitionCover.ofRequest(kind, request, title);
        if (cover != null) {
          found.putIfAbsent(kind.code(), cover);
        }
      }
    }
    if (item != null) {
      for (ProhibitionCover cover : itemCovers.getOrDefault(item, new ProhibitionCover[0])) {
        if (cover.kind().period().contains(day)) {
          found.putIfAbsent(cover.kind().code(), cover);
        }
      }
    }
    return List.copyOf(found.values());
  }

  @Nullable ApprovedForm form(String code, LocalDate day) {
    return inForce(formsByCode.get(code), day, ApprovedForm::period);
  }

  /** The item with {@code code} in force on {@code day}, if any. */
  public java.util.Optional<WorkItem> findItem(String code, LocalDate day) {
    return java.util.Optional.ofNullable(item(code, day));
  }

  private static <T> @Nullable T inForce(
      T @Nullable [] versions, LocalDate day, Function<T, EffectivePeriod> period) {
    if (versions == null) {
      return null;
    }
    for (T version : versions) {
      if (period.apply(version).contains(day)) {
        return version;
      }
    }
    return null;
  }

  private static <T> Map<String, T[]> index(
      List<T> values, Function<T, String> code, java.util.function.IntFunction<T[]> array) {
    Map<String, List<T>> grouped = new HashMap<>();
    values.forEach(v -> grouped.computeIfAbsent(code.apply(v), k -> new ArrayList<>()).add(v));
    Map<String, T[]> result = new HashMap<>();
    grouped.forEach((k, v) -> result.put(k, v.toArray(array)));
    // a HashMap, not Map.copyOf: its lookups compare hashes before strings, and codes such as
    // S-001, S-002 ... cluster in Map.copyOf's open-addressing table (measured 40 % of a decision)
    return java.util.Collections.unmodifiableMap(result);
  }

  @Override
  public String toString() {
    return "AccessPolicy[" + id + " " + version + ", " + items.size() + " items]";
  }

  /** Where something was written, for findings of the static check. */
  record Location(@Nullable String file, int line) {
    static final Location NONE = new Location(null, 0);
  }

  /**
   * Builds an {@link AccessPolicy}. Not thread-safe. {@link #build()} runs the static check: errors
   * throw {@link PolicyCheckException}, warnings go to {@link AccessPolicy#warnings()}.
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private @Nullable String title;
    private @Nullable Citation source;
    private final Policy.Builder parameters;
    private final List<WorkItem> items = new ArrayList<>();
    private final List<ProhibitedKind> prohibitedKinds = new ArrayList<>();
    private final List<ApprovedForm> approvedForms = new ArrayList<>();
    private final Map<String, EffectivePeriod> rulePeriods = new LinkedHashMap<>();
    private final Map<Object, Location> locations = new java.util.IdentityHashMap<>();
    private final List<PolicyProblem> problems = new ArrayList<>();
    private @Nullable LocalDate loadedOn;

    private Builder(String id, String version) {
      this.parameters = Policy.builder(id, version);
      this.id = id;
      this.version = version;
    }

    /** The policy's title. */
    public Builder title(String value) {
      this.title = WorkItem.nonBlank(value, "AccessPolicy " + id, "title");
      return this;
    }

    /**
     * The day the policy is loaded for (today by the caller's clock): the static check then also
     * warns (CALENDAR_ENDING) when the working calendar ends within 90 days of it. Without it that
     * check is skipped; {@link AccessPolicy#warningsOn} runs it for any day.
     */
    public Builder loadedOn(LocalDate day) {
      this.loadedOn = Checks.required(day, "AccessPolicy " + id, "loadedOn");
      return this;
    }

    @Nullable LocalDate loadedOn() {
      return loadedOn;
    }

    /** The document that publishes the policy. */
    public Builder source(Citation value) {
      this.source = value;
      return this;
    }

    /**
     * Starts the parameters from {@code base}, typically {@code NationalDefaults.policy()} for the
     * working calendar; later {@link #parameter} calls override it.
     */
    public Builder basedOn(Policy base) {
      parameters.basedOn(Checks.required(base, "AccessPolicy " + id, "base"));
      return this;
    }

    /**
     * Sets {@code key} to {@code versions} over whatever {@link #basedOn} gave it during their
     * periods. Versions that overlap each other are an error of the static check.
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, into an immutable list
    public final <V> Builder parameter(ParameterKey<V> key, ParameterVersion<V>... versions) {
      return parameter(
          Checks.required(key, "AccessPolicy " + id, "key"),
          Checks.values("AccessPolicy " + id, "versions", versions),
          List.of());
    }

    <V> Builder parameter(
        ParameterKey<V> key, List<ParameterVersion<V>> versions, List<Location> where) {
      for (int i = 0; i < versions.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (versions.get(i).period().overlaps(versions.get(j).period())) {
            problems.add(
                problem(
                    PolicyProblem.Severity.ERROR,
                    "OVERLAPPING_PARAMETER",
                    key.id(),
                    "version '"
                        + versions.get(i).label()
                        + "' ("
                        + versions.get(i).period()
                        + ") overlaps version '"
                        + versions.get(j).label()
                        + "' ("
                        + versions.get(j).period()
                        + ")",
                    i < where.size() ? where.get(i) : Location.NONE));
          }
        }
      }
      for (ParameterVersion<V> v : versions) {
        parameters.override(key, v);
      }
      return this;
    }

    /** Adds a list item (one version of it). */
    public Builder item(WorkItem item) {
      return item(item, Location.NONE);
    }

    /** Adds list items. */
    public Builder items(List<WorkItem> values) {
      Checks.required(values, "AccessPolicy " + id, "items").forEach(this::item);
      return this;
    }

    Builder item(WorkItem item, Location where) {
      items.add(Checks.required(item, "AccessPolicy " + id, "item"));
      locations.put(item, where);
      return this;
    }

    /** Adds a prohibited kind of work (rule A6). */
    public Builder prohibit(ProhibitedKind kind) {
      return prohibit(kind, Location.NONE);
    }

    Builder prohibit(ProhibitedKind kind, Location where) {
      prohibitedKinds.add(Checks.required(kind, "AccessPolicy " + id, "prohibitedKind"));
      locations.put(kind, where);
      return this;
    }

    /** Adds an approved form or ledger (rule A10). */
    public Builder approveForm(ApprovedForm form) {
      return approveForm(form, Location.NONE);
    }

    Builder approveForm(ApprovedForm form, Location where) {
      approvedForms.add(Checks.required(form, "AccessPolicy " + id, "approvedForm"));
      locations.put(form, where);
      return this;
    }

    /**
     * Applies rule {@code ruleId} (one of {@link AccessRules#IDS}) only during {@code period}, for
     * example from the day the jurisdiction adopted it. Rules not named apply always.
     */
    public Builder ruleInForce(String ruleId, EffectivePeriod period) {
      return ruleInForce(ruleId, period, Location.NONE);
    }

    Builder ruleInForce(String ruleId, EffectivePeriod period, Location where) {
      Checks.required(ruleId, "AccessPolicy " + id, "ruleId");
      if (!AccessRules.IDS.contains(ruleId)) {
        problems.add(
            problem(
                PolicyProblem.Severity.ERROR,
                "UNKNOWN_RULE",
                ruleId,
                "no such rule; the rules are " + AccessRules.IDS,
                where));
        return this;
      }
      rulePeriods.put(ruleId, Checks.required(period, "AccessPolicy " + id, "period"));
      return this;
    }

    void report(PolicyProblem problem) {
      problems.add(problem);
    }

    /**
     * Checks the policy and builds it.
     *
     * @throws PolicyCheckException if the static check finds an error; it lists every finding
     */
    public AccessPolicy build() {
      Policy built = parameters.build();
      List<PolicyProblem> found = new ArrayList<>(problems);
      found.addAll(PolicyChecks.check(this, built));
      List<PolicyProblem> errors =
          found.stream().filter(p -> p.severity() == PolicyProblem.Severity.ERROR).toList();
      List<PolicyProblem> warnings =
          found.stream().filter(p -> p.severity() == PolicyProblem.Severity.WARNING).toList();
      if (!errors.isEmpty()) {
        List<PolicyProblem> all = new ArrayList<>(errors);
        all.addAll(warnings);
        throw new PolicyCheckException(id, all);
      }
      return new AccessPolicy(this, built, warnings);
    }

    PolicyProblem problem(
        PolicyProblem.Severity severity,
        String check,
        String subject,
        String message,
        Location where) {
      return new PolicyProblem(severity, check, subject, message, where.file(), where.line());
    }

    Location where(Object element) {
      return locations.getOrDefault(element, Location.NONE);
    }

    List<WorkItem> items() {
      return items;
    }

    List<ProhibitedKind> prohibitedKinds() {
      return prohibitedKinds;
    }

    List<ApprovedForm> approvedForms() {
      return approvedForms;
    }

    Map<String, EffectivePeriod> rulePeriods() {
      return rulePeriods;
    }

    String id() {
      return id;
    }
  }
}
