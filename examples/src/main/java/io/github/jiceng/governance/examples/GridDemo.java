package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.desk.GridDesk;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.Building;
import io.github.jiceng.governance.grid.CoverageReport;
import io.github.jiceng.governance.grid.Grid;
import io.github.jiceng.governance.grid.GridAssignment;
import io.github.jiceng.governance.grid.GridCode;
import io.github.jiceng.governance.grid.GridPost;
import io.github.jiceng.governance.grid.Household;
import io.github.jiceng.governance.grid.ImportResult;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.people.MaskedResident;
import io.github.jiceng.governance.people.PhoneNumber;
import io.github.jiceng.governance.people.Relation;
import io.github.jiceng.governance.people.Resident;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.report.HtmlReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid part of the demo: 城南社区 (2,600 households in the committee sample) divided into six
 * comprehensive grids and a dedicated grid for 宣城中学, its households and residents imported in one
 * call, then its coverage report as of the demo day. The numbers are illustrative; they are chosen
 * so that the report shows each kind of violation once.
 */
final class GridDemo {
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

  /** Households of each comprehensive grid, and residents per household in it. */
  private static final int[][] GRIDS = {{480, 3}, {450, 3}, {520, 3}, {430, 6}, {400, 3}, {314, 3}};

  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
  private static final int UNPLACED = 6;

  private GridDemo() {}

  static void run(Governance governance, LocalDate asOf, PrintStream out, DemoPages pages) {
    GridDesk grids = governance.grids();
    List<Household> households = new ArrayList<>();
    List<Resident> residents = new ArrayList<>();
    for (int g = 0; g < GRIDS.length; g++) {
      Grid grid = grids.addGrid(grid(g + 1));
      addHouseholds(grid, GRIDS[g][0], GRIDS[g][1], households, residents);
    }
    grids.addGrid(
        Grid.dedicated(code(7), CHENGNAN, "宣城中学专属网格", "宣城中学")
            .assign(GridAssignment.of("CN-W7", "宣中网格员", GridPost.PRIMARY, SINCE))
            .withPartyContact("宣中联络员"));
    for (int i = 1; i <= UNPLACED; i++) {
      households.add(
          Household.house(
              String.format("CN-NEW-%02d", i), CHENGNAN, null, "宣城市宣州区城南社区新建小区" + i + "号"));
    }

    ImportResult imported = grids.importHouseholds(CHENGNAN, households, residents);
    CoverageReport report = grids.checkCoverage(CHENGNAN, asOf);

    out.println("== 网格 / Grids: 城南社区, as of " + asOf + " ==");
    out.println(
        "导入 / imported in one transaction: "
            + imported.households()
            + " 户 households, "
            + imported.residents()
            + " 名居民 residents");
    out.print(report.table(Language.ZH));
    pages.add("grid-coverage.html", HtmlReport.gridCoverage(report));
    out.println(
        "重点人群 / residents needing care: "
            + CareTag.EMPTY_NEST_ELDERLY.label().zh()
            + " "
            + grids.residentsWithTag(CHENGNAN, CareTag.EMPTY_NEST_ELDERLY).size()
            + ", "
            + CareTag.LOW_INCOME.label().zh()
            + " "
            + grids.residentsWithTag(CHENGNAN, CareTag.LOW_INCOME).size()
            + ", "
            + CareTag.DISABLED.label().zh()
            + " "
            + grids.residentsWithTag(CHENGNAN, CareTag.DISABLED).size());
    MaskedResident sample = grids.residentsOf(households.get(0).id()).get(0);
    out.println("个人信息脱敏 / personal data shows masked: " + sample);
    out.println(
        "所在网格 / grid of household "
            + sample.householdId()
            + ": "
            + grids.gridOf(sample.householdId()).map(Grid::name).orElse("—"));
  }

  /** Grid {@code n}: two buildings, a primary and a backup worker, a party contact — with gaps. */
  private static Grid grid(int n) {
    String prefix = "CN-G" + n;
    Grid grid =
        Grid.comprehensive(code(n), CHENGNAN, "第" + NUMERALS[n - 1] + "网格")
            .withBuildings(
                new Building(prefix + "-B1", "城南花园" + n + "号楼", 4),
                new Building(prefix + "-B2", "城南花园" + (n + 10) + "号楼", 4))
            .assign(GridAssignment.of(prefix + "-W2", "城南替补" + n, GridPost.BACKUP, SINCE));
    // 第五网格's primary worker left on 2026-04-30 and has not been replaced.
    EffectivePeriod primary =
        n == 5
            ? EffectivePeriod.between(SINCE, LocalDate.of(2026, 4, 30))
            : EffectivePeriod.from(SINCE);
    grid = grid.assign(new GridAssignment(prefix + "-W1", "城南网格员" + n, GridPost.PRIMARY, primary));
    // 第二网格 has neither a party branch nor a party contact yet.
    return n == 2 ? grid : grid.withPartyContact("城南联络员" + n);
  }

  private static GridCode code(int n) {
    return GridCode.of("100100", CHENGNAN, n);
  }

  private static void addHouseholds(
      Grid grid,
      int count,
      int perHousehold,
      List<Household> households,
      List<Resident> residents) {
    for (int h = 1; h <= count; h++) {
      Building building = grid.buildings().get(h % 2);
      String unit = String.valueOf(1 + h % 4);
      String id = String.format("CN-%02d-%04d", grid.code().sequence(), h);
      households.add(
          Household.inBuilding(
              id,
              CHENGNAN,
              grid.code(),
              building.id(),
              unit,
              "宣城市宣州区城南社区" + building.name() + unit + "单元" + (100 + h) + "室"));
      for (int p = 0; p < perHousehold; p++) {
        residents.add(resident(id, p, residents.size()));
      }
    }
  }

  private static Resident resident(String householdId, int position, int n) {
    Relation relation =
        position == 0 ? Relation.HEAD : position == 1 ? Relation.SPOUSE : Relation.CHILD;
    Resident resident =
        Resident.of(
                householdId + "-" + (position + 1),
                householdId,
                "城南居民" + n,
                identityNumber(n),
                relation)
            .withPhone(PhoneNumber.of(String.format("139%08d", 56_300_000 + n)));
    if (n % 17 == 16) {
      resident = resident.tagged(CareTag.EMPTY_NEST_ELDERLY);
    }
    if (n % 41 == 40) {
      resident = resident.tagged(CareTag.LOW_INCOME);
    }
    if (n % 97 == 96) {
      resident = resident.tagged(CareTag.DISABLED);
    }
    return resident;
  }

  /** A valid, made-up identity number of 宣州区 (341802) for the {@code n}-th resident. */
  private static String identityNumber(int n) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n * 7L % 30_000);
    String body =
        "341802" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
    return body + IdentityNumber.checkCharacter(body);
  }
}
