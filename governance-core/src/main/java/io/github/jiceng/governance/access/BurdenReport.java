package io.github.jiceng.governance.access;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.RuleResult;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much work departments put on communities (减负台账) in a period and a scope: per community, what
 * was admitted, refused and left pending — by list, kind and department — with the forms, ledgers
 * and inspections that came with admitted work; per department, its requests and refusal rate.
 * Counted on the latest decision of each request for each community. Immutable.
 *
 * @param scope the district, street or community the figures cover
 * @param from the first day of the period
 * @param to the last day of the period
 * @param communities the figures per community, ordered by code
 * @param departments the figures per department, ordered by name
 */
public record BurdenReport(
    DivisionCode scope,
    LocalDate from,
    LocalDate to,
    List<CommunityBurden> communities,
    List<DepartmentBurden> departments) {

  public BurdenReport {
    Checks.required(scope, "BurdenReport", "scope");
    Checks.required(from, "BurdenReport", "from");
    Checks.required(to, "BurdenReport", "to");
    communities =
        Checks.listOf(
            Checks.required(communities, "BurdenReport", "communities"),
            "BurdenReport",
            "communities");
    departments =
        Checks.listOf(
            Checks.required(departments, "BurdenReport", "departments"),
            "BurdenReport",
            "departments");
  }

  /** Which list a decided request's item was on, as the decision found it. */
  public enum Listing {
    /** On the duty list (A2 applied). */
    DUTY,
    /** On the assist list (A3 applied). */
    ASSIST,
    /** On the negative list (A1 refused it). */
    NEGATIVE,
    /** On no list (A4 applied or could not apply). */
    UNLISTED;

    static Listing of(AccessDecision decision) {
      if (verdict(decision, AccessRules.NEGATIVE_LIST) == Verdict.VIOLATED) {
        return NEGATIVE;
      }
      if (verdict(decision, AccessRules.DUTY_LIST) != Verdict.NOT_APPLICABLE) {
        return DUTY;
      }
      if (verdict(decision, AccessRules.ASSIST_LIST) != Verdict.NOT_APPLICABLE) {
        return ASSIST;
      }
      return UNLISTED;
    }

    private static Verdict verdict(AccessDecision decision, String rule) {
      return decision
          .decision()
          .result(rule)
          .map(RuleResult::verdict)
          .orElse(Verdict.NOT_APPLICABLE);
    }
  }

  /**
   * Admitted, refused and pending counts.
   *
   * @param admitted admitted
   * @param refused refused
   * @param pending pending approval
   */
  public record Counts(int admitted, int refused, int pending) {
    /** No decisions. */
    public static final Counts NONE = new Counts(0, 0, 0);

    /** Every decision counted. */
    public int total() {
      return admitted + refused + pending;
    }

    Counts plus(AccessOutcome outcome) {
      return switch (outcome) {
        case ADMITTED -> new Counts(admitted + 1, refused, pending);
        case REFUSED -> new Counts(admitted, refused + 1, pending);
        case PENDING_APPROVAL -> new Counts(admitted, refused, pending + 1);
      };
    }
  }

  /**
   * The figures of one community.
   *
   * @param community the community
   * @param total every decision counted
   * @param byListing by the list the item was on
   * @param byKind by routine, temporary, emergency
   * @param byDepartment by requesting department
   * @param formsAdmitted forms and ledgers that admitted work demands of the community
   * @param formsRefused forms and ledgers demanded by work that was refused
   * @param inspections inspections and assessments that admitted work brings
   * @param emergencies work admitted as an emergency (A7), to be reviewed
   */
  public record CommunityBurden(
      DivisionCode community,
      Counts total,
      Map<Listing, Counts> byListing,
      Map<TaskKind, Counts> byKind,
      Map<String, Counts> byDepartment,
      int formsAdmitted,
      int formsRefused,
      int inspections,
      int emergencies) {

    public CommunityBurden {
      Checks.required(community, "CommunityBurden", "community");
      Checks.required(total, "CommunityBurden", "total");
      Checks.required(byListing, "CommunityBurden", "byListing");
      Checks.required(byKind, "CommunityBurden", "byKind");
      Checks.required(byDepartment, "CommunityBurden", "byDepartment");
      // EnumMap's copy constructor refuses an empty map that is not an EnumMap: copy by putAll
      EnumMap<Listing, Counts> listings = new EnumMap<>(Listing.class);
      listings.putAll(byListing);
      EnumMap<TaskKind, Counts> kinds = new EnumMap<>(TaskKind.class);
      kinds.putAll(byKind);
      byListing = Collections.unmodifiableMap(listings);
      byKind = Collections.unmodifiableMap(kinds);
      byDepartment = Collections.unmodifiableMap(new TreeMap<>(byDepartment));
    }
  }

  /**
   * The figures of one department.
   *
   * @param department the department
   * @param requests requests it made in the period
   * @param decisions decisions on them (one per request and community)
   * @param refused of which refused
   */
  public record DepartmentBurden(String department, int requests, int decisions, int refused) {

    /** Refused decisions as a share of all its decisions, 0 to 1. */
    public double refusalRate() {
      return decisions == 0 ? 0 : (double) refused / decisions;
    }
  }

  /**
   * Builds the report from decisions and the requests they decided. Only the latest decision on
   * each request and community counts.
   */
  public static BurdenReport of(
      DivisionCode scope,
      LocalDate from,
      LocalDate to,
      List<AccessDecision> decisions,
      Map<String, TaskRequest> requests) {
    return of(scope, from, to, decisions, requests, java.util.function.UnaryOperator.identity());
  }

  /**
   * Builds the report as {@link #of(DivisionCode, LocalDate, LocalDate, List, Map)} does, counting
   * each decision under {@code attribute(its community)}: the community that carries it on at the
   * report's end after a merger (撤并), so that a report is of the communities of its day.
   */
  public static BurdenReport of(
      DivisionCode scope,
      LocalDate from,
      LocalDate to,
      List<AccessDecision> decisions,
      Map<String, TaskRequest> requests,
      java.util.function.UnaryOperator<DivisionCode> attribute) {
    Checks.required(attribute, "BurdenReport.of", "attribute");
    Map<DivisionCode, CommunityTally> byCommunity = new TreeMap<>();
    Map<String, DepartmentTally> byDepartment = new TreeMap<>();
    for (AccessDecision d : AccessDecision.latest(decisions)) {
      TaskRequest request = requests.get(d.requestId());
      if (request == null) {
        continue;
      }
      byCommunity
          .computeIfAbsent(attribute.apply(d.community()), CommunityTally::new)
          .add(d, request);
      byDepartment.computeIfAbsent(d.department(), DepartmentTally::new).add(d);
    }
    return new BurdenReport(
        scope,
        from,
        to,
        byCommunity.values().stream().map(CommunityTally::result).toList(),
        byDepartment.values().stream().map(DepartmentTally::result).toList());
  }

  /** The figures of {@code community}, if it had decisions. */
  public java.util.Optional<CommunityBurden> community(DivisionCode community) {
    return communities.stream().filter(c -> c.community().equals(community)).findFirst();
  }

  /** The figures of {@code department}, if it made requests. */
  public java.util.Optional<DepartmentBurden> department(String department) {
    return departments.stream().filter(d -> d.department().equals(department)).findFirst();
  }

  /**
   * The report as two text tables (communities, then departments), for a console or a plain-text
   * report. Column heads are bilingual; names come as stored.
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("减负台账 / burden report ")
        .append(scope)
        .append(' ')
        .append(from)
        .append(" – ")
        .append(to)
        .append('\n');
    out.append("社区 community: decisions 决定数 = admitted 准入 + refused 不予准入 + pending 待审批;")
        .append(" by list 按清单 (duty/assist/negative/unlisted);")
        .append(
            " forms 报表台账 admitted|refused; inspections 检查考核; emergencies 应急; departments 部门数\n");
    row(
        out,
        List.of(
            "community",
            "decided",
            "admit",
            "refuse",
            "pending",
            "duty",
            "assist",
            "neg",
            "unlist",
            "forms+",
            "forms-",
            "insp",
            "emerg",
            "depts"),
        13);
    for (CommunityBurden c : communities) {
      row(
          out,
          List.of(
              c.community().value(),
              c.total().total(),
              c.total().admitted(),
              c.total().refused(),
              c.total().pending(),
              listed(c, Listing.DUTY),
              listed(c, Listing.ASSIST),
              listed(c, Listing.NEGATIVE),
              listed(c, Listing.UNLISTED),
              c.formsAdmitted(),
              c.formsRefused(),
              c.inspections(),
              c.emergencies(),
              c.byDepartment().size()),
          13);
    }
    out.append('\n');
    row(out, List.of("部门 department", "requests", "decided", "refused", "rate"), 22);
    for (DepartmentBurden d : departments) {
      row(
          out,
          List.of(
              d.department(),
              d.requests(),
              d.decisions(),
              d.refused(),
              String.format("%.1f%%", d.refusalRate() * 100)),
          22);
    }
    return out.toString();
  }

  private static int listed(CommunityBurden c, Listing listing) {
    return c.byListing().getOrDefault(listing, Counts.NONE).total();
  }

  private static void row(StringBuilder out, List<Object> cells, int first) {
    io.github.jiceng.governance.internal.TextTable.row(out, cells, first, 8);
  }

  private static final class CommunityTally {
    private final DivisionCode community;
    private Counts total = Counts.NONE;
    private final Map<Listing, Counts> byListing = new EnumMap<>(Listing.class);
    private final Map<TaskKind, Counts> byKind = new EnumMap<>(TaskKind.class);
    private final Map<String, Counts> byDepartment = new TreeMap<>();
    private int formsAdmitted;
    private int formsRefused;
    private int inspections;
    private int emergencies;

    CommunityTally(DivisionCode community) {
      this.community = community;
    }

    void add(AccessDecision d, TaskRequest request) {
      AccessOutcome outcome = d.outcome();
      total = total.plus(outcome);
      byListing.merge(Listing.of(d), Counts.NONE.plus(outcome), BurdenReport::sum);
      byKind.merge(request.kind(), Counts.NONE.plus(outcome), BurdenReport::sum);
      byDepartment.merge(d.department(), Counts.NONE.plus(outcome), BurdenReport::sum);
      if (outcome == AccessOutcome.ADMITTED) {
        formsAdmitted += request.forms().size();
        inspections += request.inspections().size();
        emergencies += d.emergency() ? 1 : 0;
      } else if (outcome == AccessOutcome.REFUSED) {
        formsRefused += request.forms().size();
      }
    }

    CommunityBurden result() {
      return new CommunityBurden(
          community,
          total,
          byListing,
          byKind,
          byDepartment,
          formsAdmitted,
          formsRefused,
          inspections,
          emergencies);
    }
  }

  private static final class DepartmentTally {
    private final String department;
    private final java.util.Set<String> requests = new java.util.HashSet<>();
    private int decisions;
    private int refused;

    DepartmentTally(String department) {
      this.department = department;
    }

    void add(AccessDecision d) {
      requests.add(d.requestId());
      decisions++;
      refused += d.outcome() == AccessOutcome.REFUSED ? 1 : 0;
    }

    DepartmentBurden result() {
      return new DepartmentBurden(department, requests.size(), decisions, refused);
    }
  }

  private static Counts sum(Counts a, Counts b) {
    return new Counts(
        a.admitted() + b.admitted(), a.refused() + b.refused(), a.pending() + b.pending());
  }
}
