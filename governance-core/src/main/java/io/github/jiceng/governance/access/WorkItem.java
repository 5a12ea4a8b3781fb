package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of an access list (工作事项): what it is, which list it is on, which departments it
 * concerns, its legal basis and when it is in force. An ASSIST item also states the authority (权)
 * and the funding (费) that must come with it; the policy's static check refuses one that does not.
 *
 * <p>The same code may appear in several versions whose periods do not overlap, for example when an
 * item moves from the ASSIST to the NEGATIVE list on a given date.
 *
 * @param code the item's code in the jurisdiction's lists, for example {@code X-07}
 * @param list the list it is on
 * @param title what the work is, for example "城乡居民基本医疗保险参保登记"
 * @param category the list's category, for example "社会保障"
 * @param departments the responsible departments (at least one)
 * @param basis the legal basis
 * @param period when the item is in force on this list
 * @param authority for ASSIST items: the authority that goes with the work, else {@code null}
 * @param funding for ASSIST items: the funding that goes with the work, else {@code null}
 * @param kinds codes of prohibited kinds ({@link ProhibitedKind}) the item itself declares it is,
 *     for a NEGATIVE item such as 招商引资任务; a DUTY, ASSIST or CERTIFICATE item that a kind covers is
 *     an error of the static check
 */
public record WorkItem(
    String code,
    AccessList list,
    String title,
    String category,
    List<String> departments,
    Citation basis,
    EffectivePeriod period,
    @Nullable String authority,
    @Nullable String funding,
    List<String> kinds) {

  public WorkItem {
    String subject = "WorkItem";
    code = codeOf(code, subject, "code");
    subject = "WorkItem " + code;
    Checks.required(list, subject, "list");
    title = nonBlank(title, subject, "title");
    category = nonBlank(category, subject, "category");
    departments = Checks.listOf(departments, subject, "departments");
    if (departments.isEmpty()) {
      throw InvalidInputException.of(subject, "departments", "must name at least one department");
    }
    Checks.required(basis, subject, "basis");
    Checks.required(period, subject, "period");
    authority = blankToNull(authority);
    funding = blankToNull(funding);
    List<String> declared = new ArrayList<>();
    for (String kind : Checks.listOf(kinds, subject, "kinds")) {
      String checked = codeOf(kind, subject, "kinds");
      if (!declared.contains(checked)) {
        declared.add(checked);
      }
    }
    kinds = List.copyOf(declared);
  }

  /** An item that declares no prohibited kind. */
  public WorkItem(
      String code,
      AccessList list,
      String title,
      String category,
      List<String> departments,
      Citation basis,
      EffectivePeriod period,
      @Nullable String authority,
      @Nullable String funding) {
    this(code, list, title, category, departments, basis, period, authority, funding, List.of());
  }

  /** Starts an item of {@code list} with its code and title. */
  public static Builder builder(AccessList list, String code, String title) {
    return new Builder(list, code, title);
  }

  /** Whether the item is in force on {@code day}. */
  public boolean inForceOn(java.time.LocalDate day) {
    return period.contains(day);
  }

  /** The item as its list, code and title, for explanations: {@code 协助事项清单 X-07 城乡居民医保参保登记}. */
  public String describe() {
    return list.label().zh() + " " + code + " " + title;
  }

  static String codeOf(@Nullable String code, String subject, String field) {
    if (code == null || code.isBlank()) {
      throw InvalidInputException.of(subject, field, "must not be blank");
    }
    if (code.chars().anyMatch(Character::isWhitespace)) {
      throw InvalidInputException.of(subject, field, "must not contain spaces");
    }
    return code;
  }

  static String nonBlank(@Nullable String value, String subject, String field) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(subject, field, "must not be blank");
    }
    return value.strip();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Builds a {@link WorkItem}; category defaults to "综合", the period to "always". */
  public static final class Builder {
    private final AccessList list;
    private final String code;
    private final String title;
    private String category = "综合";
    private List<String> departments = List.of();
    private @Nullable Citation basis;
    private EffectivePeriod period = EffectivePeriod.always();
    private @Nullable String authority;
    private @Nullable String funding;
    private List<String> kinds = List.of();

    private Builder(AccessList list, String code, String title) {
      this.list = list;
      this.code = code;
      this.title = title;
    }

    /** The list's category. */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /** The responsible departments. */
    public Builder departments(String... departments) {
      this.departments = Checks.values("WorkItem " + code, "departments", departments);
      return this;
    }

    /** The legal basis. */
    public Builder basis(Citation basis) {
      this.basis = basis;
      return this;
    }

    /** When the item is in force. */
    public Builder period(EffectivePeriod period) {
      this.period = period;
      return this;
    }

    /** For ASSIST items: the authority and funding that go with the work. */
    public Builder with(String authority, String funding) {
      this.authority = authority;
      this.funding = funding;
      return this;
    }

    /** The prohibited kinds the item declares it is (see {@link WorkItem#kinds()}). */
    public Builder kinds(String... codes) {
      this.kinds = java.util.Arrays.asList(Checks.required(codes, "WorkItem " + code, "kinds"));
      return this;
    }

    /** The item. */
    public WorkItem build() {
      return new WorkItem(
          code,
          list,
          title,
          category,
          departments,
          Checks.required(basis, "WorkItem " + code, "basis"),
          period,
          authority,
          funding,
          kinds);
    }
  }
}
