package io.github.jiceng.governance.testkit.cases;

import static io.github.jiceng.governance.testkit.cases.CaseFile.choice;
import static io.github.jiceng.governance.testkit.cases.CaseFile.mapping;
import static io.github.jiceng.governance.testkit.cases.CaseFile.number;
import static io.github.jiceng.governance.testkit.cases.CaseFile.required;
import static io.github.jiceng.governance.testkit.cases.CaseFile.text;

import io.github.jiceng.governance.grid.GridFacts;
import io.github.jiceng.governance.grid.GridKind;
import io.github.jiceng.governance.grid.GridRules;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.testkit.cases.CaseNode.Mapping;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The grid family: a case describes one grid by its numbers — setting, kind, households, residents,
 * primary workers in post, party cover — and is checked against the grid rules ({@link
 * GridRules#GRID}).
 *
 * <pre>
 * grid:
 *   setting: urban            # or rural
 *   kind: comprehensive       # default; or dedicated
 *   households: 480
 *   residents: 1440
 *   primary-workers: 1        # default 1
 *   party: 第一网格党支部        # the party organisation or contact; omit (or null) for none
 * </pre>
 */
final class GridCases extends ComplianceCases {
  private static final Set<String> GRID =
      Set.of("setting", "kind", "households", "residents", "primary-workers", "party");

  @Override
  public String id() {
    return "grid";
  }

  @Override
  public Set<String> inputKeys() {
    return Set.of("grid");
  }

  @Override
  RuleSet<?, Compliance> rules() {
    return GridRules.GRID;
  }

  @Override
  Decision<Compliance> check(Object input, Policy policy, LocalDate asOf) {
    return GridRules.checkGrid((GridFacts) input, policy, asOf);
  }

  @Override
  public Object readInput(Mapping c, String caseName, int number) {
    Mapping m = mapping(required(c, "grid"), GRID, "grid");
    Map<String, CaseNode> f = m.fields();
    return new GridFacts(
        caseName,
        choice(required(m, "setting", "grid.setting"), "grid.setting", GridSetting.class),
        f.containsKey("kind")
            ? choice(f.get("kind"), "grid.kind", GridKind.class)
            : GridKind.COMPREHENSIVE,
        number(required(m, "households", "grid.households"), "grid.households"),
        number(required(m, "residents", "grid.residents"), "grid.residents"),
        f.containsKey("primary-workers")
            ? number(f.get("primary-workers"), "grid.primary-workers")
            : 1,
        f.containsKey("party") ? partyCover(f.get("party")) : null);
  }

  /** The party cover, or none for {@code null} or {@code ~} — so a case can clear a default. */
  private static @Nullable String partyCover(CaseNode node) {
    if (node instanceof CaseNode.Scalar s
        && (s.text().equals("null") || s.text().equals("~") || s.text().isEmpty())) {
      return null;
    }
    return text(node, "grid.party");
  }
}
