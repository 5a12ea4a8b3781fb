package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.Violation;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A district's routing table (派遣规则): place × category → responsible body, line by line, each line
 * dated. A case goes to the body of the most specific line in force — a grid's over its
 * community's, a community's over its street's, then a subclass over its class over any category —
 * whose body still takes cases. Immutable and thread-safe; build with {@link #builder}.
 */
public final class RoutingTable {
  private final String id;
  private final String version;
  private final List<RoutingEntry> entries;
  private final Map<String, ResponsibleBody> bodies;

  private RoutingTable(
      String id, String version, List<RoutingEntry> entries, Map<String, ResponsibleBody> bodies) {
    this.id = id;
    this.version = version;
    this.entries = entries;
    this.bodies = bodies;
  }

  /** A builder for table {@code id}, version {@code version}. */
  public static Builder builder(String id, String version) {
    return new Builder(
        Checks.key(id, "RoutingTable", "id"), Checks.key(version, "RoutingTable", "version"));
  }

  /** The table's id. */
  public String id() {
    return id;
  }

  /** The table's version. */
  public String version() {
    return version;
  }

  /** Every line, in the order given. */
  public List<RoutingEntry> entries() {
    return entries;
  }

  /** Every body the table knows, in the order given. */
  public List<ResponsibleBody> bodies() {
    return List.copyOf(bodies.values());
  }

  /** The body of code {@code code}, if the table knows it. */
  public Optional<ResponsibleBody> body(String code) {
    return Optional.ofNullable(bodies.get(Checks.required(code, "RoutingTable.body", "code")));
  }

  /**
   * Where a case of {@code category} in {@code community} (in {@code grid}, if known) goes on
   * {@code day}, and why.
   */
  public Routing route(
      CaseCategory category, DivisionCode community, @Nullable GridCode grid, LocalDate day) {
    Checks.required(category, "RoutingTable.route", "category");
    Checks.required(community, "RoutingTable.route", "community");
    Checks.required(day, "RoutingTable.route", "day");
    List<RoutingEntry> applying = new ArrayList<>();
    List<Routing.Considered> others = new ArrayList<>();
    for (RoutingEntry entry : entries) {
      Routing.Verdict verdict;
      if (!entry.place().covers(community, grid)) {
        verdict = Routing.Verdict.OTHER_PLACE;
      } else if (!entry.coversCategory(category)) {
        verdict = Routing.Verdict.OTHER_CATEGORY;
      } else if (!entry.period().contains(day)) {
        verdict = Routing.Verdict.NOT_IN_FORCE;
      } else if (!java.util.Objects.requireNonNull(bodies.get(entry.body()), "checked when built")
          .takesCasesOn(day)) {
        verdict = Routing.Verdict.BODY_CLOSED;
      } else {
        applying.add(entry);
        continue;
      }
      others.add(new Routing.Considered(entry, verdict));
    }
    applying.sort(SPECIFIC_FIRST);
    List<Routing.Considered> considered = new ArrayList<>();
    for (int i = 0; i < applying.size(); i++) {
      considered.add(
          new Routing.Considered(
              applying.get(i), i == 0 ? Routing.Verdict.CHOSEN : Routing.Verdict.LESS_SPECIFIC));
    }
    considered.addAll(others);
    return new Routing(
        applying.isEmpty() ? Optional.empty() : Optional.of(applying.get(0)), considered);
  }

  /** The more specific line first: by place, then by category. */
  private static final Comparator<RoutingEntry> SPECIFIC_FIRST =
      Comparator.comparingInt((RoutingEntry e) -> e.place().specificity())
          .thenComparingInt(RoutingEntry::categorySpecificity)
          .reversed();

  /**
   * The table's static check for a district: every category of {@code categories} that some
   * community of {@code communities} has no body for on {@code day}, one gap per pair.
   */
  public List<Gap> gaps(
      Collection<CaseCategory> categories, Collection<DivisionCode> communities, LocalDate day) {
    Checks.required(categories, "RoutingTable.gaps", "categories");
    Checks.required(communities, "RoutingTable.gaps", "communities");
    Checks.required(day, "RoutingTable.gaps", "day");
    List<Gap> gaps = new ArrayList<>();
    for (CaseCategory category : categories) {
      for (DivisionCode community : communities) {
        if (route(category, community, null, day).chosen().isEmpty()) {
          gaps.add(new Gap(category, community));
        }
      }
    }
    return gaps;
  }

  /**
   * A category no line routes for a community.
   *
   * @param category the category
   * @param community the community
   */
  public record Gap(CaseCategory category, DivisionCode community) {}

  @Override
  public String toString() {
    return "RoutingTable[" + id + " " + version + ", " + entries.size() + " lines]";
  }

  /** Builds a {@link RoutingTable}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final Map<String, ResponsibleBody> bodies = new LinkedHashMap<>();
    private final List<RoutingEntry> entries = new ArrayList<>();

    private Builder(String id, String version) {
      this.id = id;
      this.version = version;
    }

    /** A body the lines may name. */
    public Builder body(ResponsibleBody body) {
      Checks.required(body, "RoutingTable", "body");
      bodies.put(body.code(), body);
      return this;
    }

    /** A line. */
    public Builder entry(RoutingEntry entry) {
      entries.add(Checks.required(entry, "RoutingTable", "entry"));
      return this;
    }

    /**
     * The table.
     *
     * @throws InvalidInputException naming every line ({@code entries[3]}) that names an unknown
     *     body, or that has the place and category of another line on a common day
     */
    public RoutingTable build() {
      List<Violation> problems = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        RoutingEntry entry = entries.get(i);
        if (!bodies.containsKey(entry.body())) {
          problems.add(new Violation("entries[" + i + "]", "names no body of the table"));
        }
        for (int j = 0; j < i; j++) {
          RoutingEntry other = entries.get(j);
          if (other.place().equals(entry.place())
              && other.category().equals(entry.category())
              && other.period().overlaps(entry.period())) {
            problems.add(
                new Violation(
                    "entries[" + i + "]",
                    "has the place and category of entries[" + j + "] on a common day"));
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException("routing table " + id, problems);
      }
      return new RoutingTable(
          id,
          version,
          List.copyOf(entries),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bodies)));
    }
  }
}
