package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.TextTable;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.policy.RuleResult;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A community's grid coverage on one day (网格覆盖情况): one line per grid with its numbers and the grid
 * rules' decision, and the decision on where the community's households are placed. Every violation
 * names its grid (or the community), its rule and the numbers.
 *
 * @param community the community or village
 * @param communityName its name
 * @param setting urban or rural, from the division's level
 * @param asOf the day the report describes
 * @param grids one line per grid, ordered by code
 * @param placement the decision on the placement of households
 */
public record CoverageReport(
    DivisionCode community,
    String communityName,
    GridSetting setting,
    LocalDate asOf,
    List<GridCoverage> grids,
    Decision<Compliance> placement) {
  private static final String SUBJECT = "CoverageReport";

  public CoverageReport {
    Checks.required(community, SUBJECT, "community");
    Checks.required(communityName, SUBJECT, "communityName");
    Checks.required(setting, SUBJECT, "setting");
    Checks.required(asOf, SUBJECT, "asOf");
    grids = Checks.listOf(grids, SUBJECT, "grids");
    Checks.required(placement, SUBJECT, "placement");
  }

  /**
   * One broken rule: which grid ({@code null} for the community's household placement), which rule,
   * and why with the numbers.
   *
   * @param grid the grid, or {@code null} for a community-wide rule
   * @param ruleId the rule violated
   * @param reason the reason, with the numbers compared
   */
  public record Violation(@Nullable GridCode grid, String ruleId, Text reason) {
    @Override
    public String toString() {
      return (grid == null ? "community" : "grid " + grid) + " " + ruleId + ": " + reason.en();
    }
  }

  /** Whether every grid and every household placement satisfies the rules. */
  public boolean isCompliant() {
    return placement.outcome() == Compliance.COMPLIANT
        && grids.stream().allMatch(GridCoverage::isCompliant);
  }

  /** Every violation: the grids' in grid order, then the community's. */
  public List<Violation> violations() {
    List<Violation> found = new ArrayList<>();
    for (GridCoverage line : grids) {
      violated(line.decision())
          .forEach(r -> found.add(new Violation(line.grid().code(), r.ruleId(), r.reason())));
    }
    violated(placement).forEach(r -> found.add(new Violation(null, r.ruleId(), r.reason())));
    return List.copyOf(found);
  }

  /** Households in the report's grids. */
  public int households() {
    return grids.stream().mapToInt(g -> g.facts().households()).sum();
  }

  /** Residents of the report's grids. */
  public int residents() {
    return grids.stream().mapToInt(g -> g.facts().residents()).sum();
  }

  /**
   * The report as a text table — one row per grid with its households, residents, primary workers,
   * party cover and result — followed by the violations, in Chinese or English.
   */
  public String table(Language language) {
    boolean zh = language == Language.ZH;
    StringBuilder out = new StringBuilder();
    out.append(zh ? "网格覆盖情况 " : "Grid coverage of ")
        .append(communityName)
        .append(" (")
        .append(community)
        .append(", ")
        .append(setting.label().in(language))
        .append(zh ? ") 截至 " : ") as of ")
        .append(asOf)
        .append('\n');
    TextTable.row(
        out,
        zh
            ? List.of("网格", "类型", "户数", "人口", "专职网格员", "党建", "结果")
            : List.of("grid", "kind", "households", "residents", "primary", "party", "result"),
        24,
        12);
    for (GridCoverage line : grids) {
      GridFacts f = line.facts();
      TextTable.row(
          out,
          List.of(
              line.grid().name() + " …" + line.grid().code().value().substring(16),
              line.grid().kind() == GridKind.DEDICATED
                  ? (zh ? "专属" : "dedicated")
                  : (zh ? "综合" : "comprehensive"),
              f.households(),
              f.residents(),
              f.primaryWorkers(),
              f.partyCover() == null ? "—" : "✓",
              line.isCompliant()
                  ? "✓"
                  : "✗ " + String.join(",", line.decision().decidingRuleIds())),
          24,
          12);
    }
    TextTable.row(
        out, List.of(zh ? "合计" : "total", "", households(), residents(), "", "", ""), 24, 12);
    List<Violation> violations = violations();
    out.append(zh ? "违反规定 " : "Violations: ").append(violations.size()).append('\n');
    for (Violation v : violations) {
      out.append("  ")
          .append(v.grid() == null ? (zh ? "社区" : "community") : v.grid().value())
          .append(' ')
          .append(v.ruleId())
          .append(": ")
          .append(v.reason().in(language))
          .append('\n');
    }
    return out.toString();
  }

  /** Every decision of the report explained in full, grids first. */
  public String explain() {
    StringBuilder out = new StringBuilder();
    grids.forEach(line -> out.append(line.decision().explain()));
    out.append(placement.explain());
    return out.toString();
  }

  private static List<RuleResult> violated(Decision<Compliance> decision) {
    return decision.results().stream().filter(r -> r.verdict() == Verdict.VIOLATED).toList();
  }
}
