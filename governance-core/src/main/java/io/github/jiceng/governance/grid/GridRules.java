package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.ComparedValue;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Rule;
import io.github.jiceng.governance.policy.RuleContext;
import io.github.jiceng.governance.policy.RuleSet;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.List;

/**
 * The grid rules, evaluated as of a date under a {@link Policy} whose parameters are those of
 * {@link GridStandards}. Each check returns a {@link Decision} naming every rule, its verdict, the
 * numbers compared, the parameter version used and its citation.
 *
 * <p>Per grid ({@link #GRID}): {@value #HOUSEHOLDS} (a comprehensive grid's households are within
 * the range for its setting), {@value #RESIDENTS} (at most the maximum of residents), {@value
 * #PRIMARY_WORKER} (exactly one primary grid worker in post), {@value #PARTY} (a party organisation
 * placed in the grid, or a designated party contact). Per community ({@link #PLACEMENT}): {@value
 * #EVERY_HOUSEHOLD}, {@value #OWN_GRIDS} and {@value #BUILDING_GRID} — together, every household is
 * in exactly one of the community's grids.
 */
public final class GridRules {
  private GridRules() {}

  /** Rule id: a comprehensive grid's households are within the range. */
  public static final String HOUSEHOLDS = "GRID-HOUSEHOLDS";

  /** Rule id: a grid's residents are at most the maximum. */
  public static final String RESIDENTS = "GRID-RESIDENTS";

  /** Rule id: a grid has exactly one primary worker in post. */
  public static final String PRIMARY_WORKER = "GRID-PRIMARY-WORKER";

  /** Rule id: a grid has a party organisation or a designated party contact. */
  public static final String PARTY = "GRID-PARTY";

  /** Rule id: every household is placed in a grid. */
  public static final String EVERY_HOUSEHOLD = "COVERAGE-EVERY-HOUSEHOLD";

  /** Rule id: households are placed in their own community's grids. */
  public static final String OWN_GRIDS = "COVERAGE-OWN-GRIDS";

  /** Rule id: a household in a building is placed in the building's grid. */
  public static final String BUILDING_GRID = "COVERAGE-BUILDING-GRID";

  /** How many household ids a reason lists before it says "and N more". */
  private static final int IDS_SHOWN = 5;

  /** The rules each grid must satisfy. */
  public static final RuleSet<GridFacts, Compliance> GRID =
      new RuleSet<>(
          "grid-rules",
          List.of(
              Rule.of(
                  HOUSEHOLDS,
                  Text.of(
                      "综合网格户数在规定范围内",
                      "a comprehensive grid covers the standard number of households"),
                  List.of(),
                  GridRules::households),
              Rule.of(
                  RESIDENTS,
                  Text.of("网格人口不超过上限", "a grid has no more residents than the standard allows"),
                  List.of(),
                  GridRules::residents),
              Rule.of(
                  PRIMARY_WORKER,
                  Text.of("每个网格配备一名专职网格员", "every grid has one primary grid worker"),
                  List.of(),
                  GridRules::primaryWorker),
              Rule.of(
                  PARTY,
                  Text.of(
                      "网格建有党组织或明确党建联络员",
                      "every grid has a party organisation or a designated party contact"),
                  List.of(),
                  GridRules::party)),
          Compliance.combiner());

  /** The rules on where a community's households are placed. */
  public static final RuleSet<HouseholdPlacement, Compliance> PLACEMENT =
      new RuleSet<>(
          "household-placement-rules",
          List.of(
              Rule.of(
                  EVERY_HOUSEHOLD,
                  Text.of("每户都划入网格", "every household is placed in a grid"),
                  List.of(),
                  (p, c) ->
                      noneOf(
                          c,
                          p.unplaced(),
                          p.households(),
                          "households in no grid",
                          Text.of("未划入网格", "are in no grid"))),
              Rule.of(
                  OWN_GRIDS,
                  Text.of("住户划入本社区的网格", "households are placed in their own community's grids"),
                  List.of(),
                  (p, c) ->
                      noneOf(
                          c,
                          p.inOtherGrids(),
                          p.households(),
                          "households in another community's grid",
                          Text.of(
                              "划入了非本社区的网格", "are placed in a grid that is not the community's"))),
              Rule.of(
                  BUILDING_GRID,
                  Text.of("住户与所在楼栋属于同一网格", "a household is in the grid of its building"),
                  List.of(),
                  (p, c) ->
                      noneOf(
                          c,
                          p.outsideTheirBuilding(),
                          p.households(),
                          "households outside their building's grid",
                          Text.of("所在楼栋属于其他网格", "live in a building of another grid")))),
          Compliance.combiner());

  /** Checks one grid's facts against the standards in force on {@code asOf}. */
  public static Decision<Compliance> checkGrid(GridFacts facts, Policy policy, LocalDate asOf) {
    Checks.required(facts, "GridRules.checkGrid", "facts");
    Checks.required(policy, "GridRules.checkGrid", "policy");
    Checks.required(asOf, "GridRules.checkGrid", "asOf");
    return GRID.evaluate(facts.grid(), facts, policy, asOf);
  }

  /** Checks where a community's households are placed, as of {@code asOf}. */
  public static Decision<Compliance> checkPlacement(
      HouseholdPlacement placement, Policy policy, LocalDate asOf) {
    Checks.required(placement, "GridRules.checkPlacement", "placement");
    Checks.required(policy, "GridRules.checkPlacement", "policy");
    Checks.required(asOf, "GridRules.checkPlacement", "asOf");
    return PLACEMENT.evaluate(placement.community(), placement, policy, asOf);
  }

  private static Verdict households(GridFacts grid, RuleContext context) {
    if (grid.kind() == GridKind.DEDICATED) {
      return context.notApplicable(
          Text.of("专属网格不按户数划分", "a dedicated grid is not sized by households"));
    }
    IntRange range =
        context.use(
            grid.setting() == GridSetting.URBAN
                ? GridStandards.URBAN_HOUSEHOLDS
                : GridStandards.RURAL_HOUSEHOLDS);
    int households = grid.households();
    boolean ok = range.contains(households);
    return context.check(
        ok,
        Text.of(
            grid.setting().label().zh()
                + "网格 "
                + households
                + " 户，"
                + (ok ? "在" : "不在")
                + "规定的 "
                + range
                + " 户范围内",
            households
                + " households is "
                + (ok ? "within" : "outside")
                + " the "
                + range
                + " of an "
                + grid.setting().label().en()
                + " grid"),
        ComparedValue.of("households", households, range));
  }

  private static Verdict residents(GridFacts grid, RuleContext context) {
    int max =
        context.use(
            grid.setting() == GridSetting.URBAN
                ? GridStandards.URBAN_MAX_RESIDENTS
                : GridStandards.RURAL_MAX_RESIDENTS);
    int residents = grid.residents();
    boolean ok = residents <= max;
    return context.check(
        ok,
        Text.of(
            "网格人口 " + residents + " 人，上限 " + max + " 人",
            residents + " residents; the standard allows at most " + max),
        ComparedValue.of("residents", residents, "≤ " + max));
  }

  private static Verdict primaryWorker(GridFacts grid, RuleContext context) {
    int primaries = grid.primaryWorkers();
    return context.check(
        primaries == 1,
        Text.of(
            "在岗专职网格员 " + primaries + " 名",
            primaries + " primary grid worker" + (primaries == 1 ? "" : "s") + " in post"),
        ComparedValue.of("primary grid workers", primaries, 1));
  }

  private static Verdict party(GridFacts grid, RuleContext context) {
    String cover = grid.partyCover();
    if (cover == null) {
      return context.violated(
          Text.of(
              "网格既未建立党组织，也未明确党建联络员",
              "the grid has neither a party organisation nor a designated party contact"),
          ComparedValue.of("party organisation or contact", "none", "one"));
    }
    return context.satisfied(
        Text.of("网格党建：" + cover, "party cover: " + cover),
        ComparedValue.of("party organisation or contact", cover, "one"));
  }

  private static Verdict noneOf(
      RuleContext context, List<String> ids, int households, String quantity, Text problem) {
    if (ids.isEmpty()) {
      return context.satisfied(
          Text.of(households + " 户均符合", "all " + households + " households comply"),
          ComparedValue.of(quantity, 0, 0));
    }
    String shown =
        String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
            + (ids.size() > IDS_SHOWN ? " …(+" + (ids.size() - IDS_SHOWN) + ")" : "");
    return context.violated(
        Text.of(
            ids.size() + " 户" + problem.zh() + "：" + shown,
            ids.size() + " of " + households + " households " + problem.en() + ": " + shown),
        ComparedValue.of(quantity, ids.size(), 0));
  }
}
