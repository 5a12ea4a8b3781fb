package io.github.jiceng.governance.facility;

import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.internal.FigureTables;
import io.github.jiceng.governance.internal.TextTable;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.ParameterVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A district's or street's facility figures on a day (社区服务设施达标率): each community's decision and the
 * share up to standard, against the target the policy sets, if any.
 *
 * @param area the district or street
 * @param asOf the day checked
 * @param lines one per community checked, by code
 * @param target the target share in percent in force on the day, with its citation; empty if the
 *     policy sets none
 */
public record FacilityFigures(
    DivisionCode area,
    LocalDate asOf,
    List<Line> lines,
    Optional<ParameterVersion<Integer>> target) {

  /**
   * One community's result.
   *
   * @param community the community or village
   * @param name its name
   * @param decision the facility rules' decision
   */
  public record Line(DivisionCode community, String name, Decision<Compliance> decision) {
    /** Checks the fields. */
    public Line {
      Checks.required(community, "FacilityFigures.Line", "community");
      Checks.required(name, "FacilityFigures.Line", "name");
      Checks.required(decision, "FacilityFigures.Line", "decision");
    }

    /** Whether the community is up to standard. */
    public boolean compliant() {
      return decision.outcome() == Compliance.COMPLIANT;
    }
  }

  /** Checks the fields. */
  public FacilityFigures {
    Checks.required(area, "FacilityFigures", "area");
    Checks.required(asOf, "FacilityFigures", "asOf");
    lines = Checks.listOf(lines, "FacilityFigures", "lines");
    Checks.required(target, "FacilityFigures", "target");
  }

  /** Communities up to standard. */
  public long compliant() {
    return lines.stream().filter(Line::compliant).count();
  }

  /** The share up to standard, 0 to 1; 0 when no community was checked. */
  public double share() {
    return lines.isEmpty() ? 0 : (double) compliant() / lines.size();
  }

  /** Whether the share reaches the target; empty when the policy sets no target. */
  public Optional<Boolean> meetsTarget() {
    return target.map(t -> share() * 100 >= t.value());
  }

  /** The figures as a table: one line per community, then the share against the target. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("社区服务设施达标 / facilities up to standard ")
        .append(area)
        .append(" as of ")
        .append(asOf)
        .append('\n');
    TextTable.row(out, List.of("社区", "结果", "未达标规则"), 20, 12);
    for (Line line : lines) {
      TextTable.row(
          out,
          List.of(
              line.name(),
              line.compliant() ? "✓ 达标" : "✗ 未达标",
              line.compliant() ? "" : String.join(",", line.decision().decidingRuleIds())),
          20,
          12);
    }
    out.append("达标率 / up to standard: ")
        .append(compliant())
        .append(" of ")
        .append(lines.size())
        .append(" = ")
        .append(FigureTables.percent(share()));
    target.ifPresent(
        t ->
            out.append(", target ")
                .append(t.value())
                .append(" % (")
                .append(t.citation())
                .append("): ")
                .append(meetsTarget().orElse(false) ? "met" : "not met"));
    return out.append('\n').toString();
  }
}
