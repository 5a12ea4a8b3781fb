package io.github.jiceng.governance.access;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Versioned;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A department's request to have a community do some work (工作事项准入申请): what, for whom, how it
 * arrives, what comes with it (authority, funding) and what it demands (forms and ledgers,
 * inspections, certificates, and any kinds of demand a policy may prohibit). Immutable; build one
 * with {@link #builder(String)}.
 *
 * @param id the request's id, unique in the store
 * @param department the requesting department, for example "区民政局"
 * @param title what the work is, in the department's words
 * @param itemCode the list item the department claims, or {@code null} for work it does not claim
 *     to be on any list
 * @param targets the communities meant
 * @param kind routine, temporary or emergency
 * @param channel through the street office or directly
 * @param authorityAttached whether the authority that goes with the work is handed over (权随责走)
 * @param fundingAttached whether the funding that goes with the work is provided (费随事转)
 * @param forms codes of the forms and ledgers the work demands (报表、台账)
 * @param inspections the inspections and assessments it brings
 * @param certificates codes of the certificates it asks communities to issue
 * @param demands codes of the kinds of demand it makes that a policy may prohibit, for example
 *     {@code QUOTA} (sorted, without duplicates)
 * @param appliedOn the day of application
 * @param start the day the work is wanted to start
 * @param end the last day of the work, or {@code null} when open-ended; the builder accepts an
 *     emergency without one, and rule A7 then refuses it (an emergency must be time-limited)
 * @param version the store's version (0 before it is stored)
 */
public record TaskRequest(
    @Size(max = 64) String id,
    @Size(max = 100) String department,
    @Size(max = 500) String title,
    @Nullable @Size(max = 64) String itemCode,
    Targets targets,
    TaskKind kind,
    Channel channel,
    boolean authorityAttached,
    boolean fundingAttached,
    List<@Size(max = 64) String> forms,
    @Valid List<Inspection> inspections,
    List<@Size(max = 64) String> certificates,
    List<@Size(max = 64) String> demands,
    LocalDate appliedOn,
    LocalDate start,
    @Nullable LocalDate end,
    long version)
    implements Versioned<TaskRequest> {

  public TaskRequest {
    id = Checks.key(WorkItem.codeOf(id, "TaskRequest", "id"), "TaskRequest", "id");
    String subject = "TaskRequest " + id;
    if (id.length() > 64) {
      throw InvalidInputException.of(subject, "id", "must be at most 64 characters");
    }
    department = WorkItem.nonBlank(department, subject, "department");
    title = WorkItem.nonBlank(title, subject, "title");
    if (itemCode != null) {
      itemCode = WorkItem.codeOf(itemCode, subject, "itemCode");
    }
    Checks.required(targets, subject, "targets");
    Checks.required(kind, subject, "kind");
    Checks.required(channel, subject, "channel");
    forms = codes(forms, subject, "forms");
    inspections = Checks.listOf(inspections, subject, "inspections");
    certificates = codes(certificates, subject, "certificates");
    demands = List.copyOf(new TreeSet<>(codes(demands, subject, "demands")));
    Checks.required(appliedOn, subject, "appliedOn");
    Checks.required(start, subject, "start");
    if (end != null && end.isBefore(start)) {
      throw InvalidInputException.of(subject, "end", "must not be before start");
    }
    Checks.version(version, subject);
  }

  /** Starts a request with its id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The claimed list item, if any. */
  public Optional<String> item() {
    return Optional.ofNullable(itemCode);
  }

  /** The last day of the work, if it has one. */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(end);
  }

  @Override
  public TaskRequest withVersion(long newVersion) {
    return new TaskRequest(
        id,
        department,
        title,
        itemCode,
        targets,
        kind,
        channel,
        authorityAttached,
        fundingAttached,
        forms,
        inspections,
        certificates,
        demands,
        appliedOn,
        start,
        end,
        newVersion);
  }

  private static List<String> codes(@Nullable List<String> values, String subject, String field) {
    List<String> checked = Checks.listOf(values, subject, field);
    List<String> result = new ArrayList<>(checked.size());
    for (int i = 0; i < checked.size(); i++) {
      result.add(WorkItem.nonBlank(checked.get(i), subject, field + "[" + i + "]"));
    }
    return List.copyOf(result);
  }

  /**
   * Builds a {@link TaskRequest}. Defaults: routine, through the street office, nothing attached.
   */
  public static final class Builder {
    private final String id;
    private @Nullable String department;
    private @Nullable String title;
    private @Nullable String itemCode;
    private @Nullable Targets targets;
    private TaskKind kind = TaskKind.ROUTINE;
    private Channel channel = Channel.STREET_OFFICE;
    private boolean authorityAttached;
    private boolean fundingAttached;
    private List<String> forms = new ArrayList<>();
    private List<Inspection> inspections = new ArrayList<>();
    private List<String> certificates = new ArrayList<>();
    private List<String> demands = new ArrayList<>();
    private @Nullable LocalDate appliedOn;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private long version;

    private Builder(String id) {
      this.id = id;
    }

    private Builder(TaskRequest r) {
      this.id = r.id;
      this.department = r.department;
      this.title = r.title;
      this.itemCode = r.itemCode;
      this.targets = r.targets;
      this.kind = r.kind;
      this.channel = r.channel;
      this.authorityAttached = r.authorityAttached;
      this.fundingAttached = r.fundingAttached;
      this.forms = new ArrayList<>(r.forms);
      this.inspections = new ArrayList<>(r.inspections);
      this.certificates = new ArrayList<>(r.certificates);
      this.demands = new ArrayList<>(r.demands);
      this.appliedOn = r.appliedOn;
      this.start = r.start;
      this.end = r.end;
      this.version = r.version;
    }

    /** The requesting department. */
    public Builder department(String value) {
      this.department = value;
      return this;
    }

    /** What the work is. */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** The list item claimed; {@code null} for none. */
    public Builder item(@Nullable String code) {
      this.itemCode = code;
      return this;
    }

    /** The communities meant. */
    public Builder targets(Targets value) {
      this.targets = value;
      return this;
    }

    /** One or more named communities. */
    public Builder communities(DivisionCode... codes) {
      this.targets = Targets.communities(codes);
      return this;
    }

    /** Every community of a street. */
    public Builder allCommunitiesOf(DivisionCode street) {
      this.targets = Targets.allOf(street);
      return this;
    }

    /** Routine, temporary or emergency. */
    public Builder kind(TaskKind value) {
      this.kind = value;
      return this;
    }

    /** Through the street office or directly. */
    public Builder channel(Channel value) {
      this.channel = value;
      return this;
    }

    /** Whether the authority and the funding that go with the work are attached. */
    public Builder attached(boolean authority, boolean funding) {
      this.authorityAttached = authority;
      this.fundingAttached = funding;
      return this;
    }

    /** Adds forms or ledgers the work demands, by code. */
    public Builder forms(String... codes) {
      this.forms.addAll(Checks.values("TaskRequest " + id, "forms", codes));
      return this;
    }

    /** Adds an inspection. */
    public Builder inspection(Inspection value) {
      this.inspections.add(value);
      return this;
    }

    /** Adds certificates communities are asked to issue, by code. */
    public Builder certificates(String... codes) {
      this.certificates.addAll(Checks.values("TaskRequest " + id, "certificates", codes));
      return this;
    }

    /** Adds kinds of demand the work makes, by code (for example {@code QUOTA}). */
    public Builder demands(String... codes) {
      this.demands.addAll(Checks.values("TaskRequest " + id, "demands", codes));
      return this;
    }

    /** The day of application. */
    public Builder appliedOn(LocalDate value) {
      this.appliedOn = value;
      return this;
    }

    /** The first and last day of the work; {@code end} may be {@code null}. */
    public Builder period(LocalDate first, @Nullable LocalDate last) {
      this.start = first;
      this.end = last;
      return this;
    }

    /** The store's version. */
    public Builder version(long value) {
      this.version = value;
      return this;
    }

    /** The request. */
    public TaskRequest build() {
      String subject = "TaskRequest " + id;
      return new TaskRequest(
          id,
          Checks.required(department, subject, "department"),
          Checks.required(title, subject, "title"),
          itemCode,
          Checks.required(targets, subject, "targets"),
          kind,
          channel,
          authorityAttached,
          fundingAttached,
          forms,
          inspections,
          certificates,
          demands,
          Checks.required(appliedOn, subject, "appliedOn"),
          Checks.required(start, subject, "start"),
          end,
          version);
    }
  }
}
