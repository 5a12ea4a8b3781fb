package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.inmemory.InMemoryGovernanceStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

  private static String run(io.github.jiceng.governance.spi.GovernanceStore store) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(store, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theLawChangeTurnsSmallCommitteesNonCompliant() {
    String output = run(Demo.embeddedStore());

    assertThat(output.lines().filter(l -> l.startsWith("城东")).findFirst().orElseThrow())
        .contains("650", "✓ 符合规定", "✗ RC-HOUSEHOLDS");
    assertThat(output.lines().filter(l -> l.startsWith("北园")).findFirst().orElseThrow())
        .contains("1200", "✗ RC-HOUSEHOLDS", "✓ 符合规定");
    assertThat(output)
        .contains(
            "650 户在 100–700 户范围内",
            "650 households is outside 1000–3000",
            "《中华人民共和国城市居民委员会组织法》(2025年10月28日修订)");
  }

  @Test
  void aYearOfTaskRequestsIsDecidedAndExplained() {
    String output = run(freshH2("demo-access"));

    assertThat(output)
        .contains(
            "policy xuanzhou-access 2026.1: 102 items (17 duty, 35 assist, 45 negative, 5 certificates), 45 departments")
        .contains("243 task requests in 2026")
        .contains("减负台账 / burden report 341802000000 2026-01-01 – 2026-12-31");
    assertThat(output.lines().filter(l -> l.startsWith("341802001001")).count()).isEqualTo(1);
    assertThat(
            output
                .lines()
                .filter(l -> l.startsWith("区") || l.startsWith("团区委"))
                .filter(l -> l.endsWith("%")))
        .hasSize(45);
    assertThat(output)
        .contains("2026-SHOW-1 → 341802001001 — 截至 / as of 2026-03-02: 准入 / admitted")
        .contains("协助事项 X-04 已随附相应权限和经费")
        .contains("2026-SHOW-2 → 341802001001 — 截至 / as of 2026-03-02: 不予准入 / refused")
        .contains("事项 N-01「招商引资任务」列入负面清单")
        .contains("2026-SHOW-3 → 341802001001 — 截至 / as of 2026-03-02: 待审批 / pending approval")
        .contains("应于 2026-03-23 前作出决定")
        .contains("2026-SHOW-3 → 341802001001 — 截至 / as of 2026-03-16: 准入 / admitted")
        .contains("作为临时事项准入至 2026-06-30");
  }

  @Test
  void thePartyTreeIsPrintedWithItsCheckResultsAndRecommendations() {
    String output = run(freshH2("demo-party"));

    assertThat(output)
        .contains("== 党组织 / Party organisations: 城东社区, as of 2026-06-30 ==")
        .contains(
            "基层党委 中共城东社区委员会 [社区 城东社区] 101 名党员 / members (100 正式 / full) + 1 在职党员报到 / reporting in service  ✓ 符合规定")
        .contains(
            "联合党支部 城东商圈联合党支部 [驻区单位 城东超市、宣城银行城东支行、城东药房] 3 名党员 / members (2 正式 / full) + 1 在职党员报到 / reporting in service  ✓ 符合规定")
        .contains("    党小组 5号楼党小组 [楼栋 5号楼] 2 名党员 / members (2 正式 / full)  ✗ PARTY-GROUP-SIZE")
        .contains("  党支部 第二网格党支部 [网格 第二网格] 51 名党员 / members (51 正式 / full)  ✗ PARTY-BRANCH-SIZE")
        .contains("一肩挑 / one person in both posts: 城东主任")
        .contains("第二网格党支部: [PARTY-GENERAL-BRANCH-SETUP] 党员 51 名：经上级党组织批准，可成立党总支")
        .contains("term ended 2026-03-01: election overdue by 121 days")
        .contains("依据 / source: 《中国共产党支部工作条例（试行）》 第二章 组织设置");
  }

  @Test
  void theGridCoverageReportNamesEachViolationWithItsGridAndNumbers() {
    String output = run(freshH2("demo-grid"));

    assertThat(output)
        .contains("导入 / imported in one transaction: 2600 户 households, 9072 名居民 residents")
        .contains("网格覆盖情况 城南社区 (341802002006, 城市) 截至 2026-06-30")
        .contains("违反规定 5")
        .contains("10010034180200200603 GRID-HOUSEHOLDS: 城市网格 520 户，不在规定的 300–500 户范围内")
        .contains("10010034180200200604 GRID-RESIDENTS: 网格人口 2580 人，上限 2500 人")
        .contains("10010034180200200605 GRID-PRIMARY-WORKER: 在岗专职网格员 0 名")
        .contains("10010034180200200602 GRID-PARTY: 网格既未建立党组织，也未明确党建联络员")
        .contains("社区 COVERAGE-EVERY-HOUSEHOLD: 6 户未划入网格")
        .contains("所在网格 / grid of household CN-01-0001: 第一网格");
    String masked = output.lines().filter(l -> l.startsWith("个人信息脱敏")).findFirst().orElseThrow();
    assertThat(masked)
        .contains("identityNumber=3418**********", "phone=139****")
        .doesNotContain("城南居民");
  }

  @Test
  void aStreetClerkAndAGridWorkerSeeDifferentThingsAndTamperingIsCaught() {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:demo-scope;DB_CLOSE_DELAY=-1");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(
        io.github.jiceng.governance.jdbc.JdbcGovernanceStore.builder(h2).build(),
        Demo.tampering(h2),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(line(output, "居委会 committees")).contains("4", "✗ AccessDeniedException");
    assertThat(line(output, "城南网格 grids")).contains("7", "1");
    assertThat(line(output, "第一网格住户")).containsPattern("480 +480");
    assertThat(line(output, "第二网格住户")).contains("450", "✗ AccessDeniedException");
    assertThat(line(output, "越权授权"))
        .contains("actor aofeng-clerk-01", "DIVISION_AND_BELOW 341802002000", "may not grant");
    assertThat(line(output, "默认脱敏")).contains("3418**********").doesNotContain("城南居民");
    assertThat(line(output, "明文查看")).contains("城南居民0", "入户走访");
    assertThat(output).containsPattern("#\\d+ \\S+ CN-G1-W1 CLEAR_VIEW CN-01-0001-1 ");
    assertThat(line(output, "校验 / verify")).contains("intact");
    assertThat(line(output, "篡改")).contains("CHANGED at record", "it was edited");
  }

  private static String line(String output, String start) {
    return output.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aMonthAtTheOneWindowIsCountedAndARequestsHistoryShown() {
    String output = run(freshH2("demo-services"));

    assertThat(output)
        .contains("== 一口受理 / One window: 城南社区便民服务站, June 2026 ==")
        .contains("目录 / catalogue xuanzhou-services 2026.1: 6 items");
    assertThat(line(output, "total")).containsPattern("63 +51 +81.0 %");
    assertThat(line(output, "受理 2026-06-01"))
        .contains("按时 / on time")
        .contains("id_number=3418**********")
        .doesNotContain("城南居民");
    assertThat(output).contains("3. 2026-06-06 办结 / complete → 已办结 (chengnan-window-01) 结果已领取");
  }

  @Test
  void theSamplePolicyFileLoadsWithoutWarnings() {
    assertThat(AccessDemo.samplePolicy().warnings()).isEmpty();
  }

  @Test
  void theInMemoryStoreGivesTheSameReport() {
    assertThat(run(new InMemoryGovernanceStore())).isEqualTo(run(freshH2("demo-compare")));
  }

  static io.github.jiceng.governance.spi.GovernanceStore freshH2(String name) {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return io.github.jiceng.governance.jdbc.JdbcGovernanceStore.builder(h2).build();
  }

  @Test
  void theDistrictsFacilitiesAreCheckedAgainstTheTarget() {
    String output = run(freshH2("demo-facilities"));

    assertThat(output)
        .contains("== 社区服务设施 / Facilities: 宣州区, as of 2026-06-30 (xuanzhou-facilities.yaml) ==")
        .contains("达标率 / up to standard: 6 of 9 = 66.7 %, target 70 %")
        .contains("not met")
        .contains("服务设施 620 平方米，2600 户按每户 0.3 平方米须 780 平方米，缺 160 平方米")
        .contains("活动用房 320 平方米，规定不少于 400 平方米，缺 80 平方米");
    assertThat(output.lines().filter(l -> l.startsWith("南河社区")).findFirst().orElseThrow())
        .contains("FAC-ACTIVITY-ROOM");
  }

  @Test
  void careVisitsAndThePointsBankAreCheckedAndExplained() {
    String output = run(freshH2("demo-life"));

    assertThat(output)
        .contains("空巢老人 / empty-nest elderly: 533, visited in June: 479, overdue on 2026-07-03: 54")
        .contains("无走访谈话记录，周期 1 个月，超期 3 天")
        .contains("balance 3 points, 3 entries")
        .contains("POINTS-REDEMPTION-ROUND", "一季度一兑换")
        .contains("560 of 900 households attended, 460 for — 符合规定 / compliant")
        .contains("  第一居民小组: 210/320 attended, 190 for, 15 against, 5 abstained")
        .contains("自治单元 1020 户，规定 500–1500 户")
        .contains("project 老旧小区加装电梯: 实施 / under way since 2026-07-01")
        .contains("needs attention: CN-ORG-1 — 应已完成 2025 年度检查，最近 2024 年度")
        .contains("co-building agreement CN-CB-1: 不符合规定 — 单位党组织未到社区党组织报到")
        .contains("CN-W-2: 不符合规定 — 加权得分 58.5")
        .contains("弋江区 answers for on 2026-07-01: 示例街道、南瑞1社区、南瑞2社区、南瑞3社区")
        .contains("records found under 示例1社区: [340203001001, 340203001002, 340203001003]")
        .contains("南瑞1社区, 经区统一部署: 准入 — A5 街道办事处已撤销，经区统一部署下派")
        .contains("南瑞1社区, 经街道统筹: 不予准入")
        .contains("1,003 of 1,186 registered voters voted: 84.57 %, more than half — valid")
        .contains("elected: SD-C1, SD-C2")
        .contains("另行选举当选 1 名（须得票1/3以上，至少 323 票），名额选满 — 符合规定")
        .contains("OPEN-FINANCES 财务收支: overdue 10 days")
        .contains("OPEN-MAJOR 重大事项 village-road-funds: overdue 9 days")
        .contains("  56 committees, 56 directly")
        .contains(
            "  235,893 of 311,804 registered voters voted: 75.65 % (the report truncates it to"
                + " 75.64 %)")
        .contains("  56 of 56 committees elected a woman")
        .contains("西洋里社区: 4,213 of 5,568 registered voters voted: 75.66 %, more than half — valid")
        .contains(
            "a second clerk records the same count: refused — committee 340202001001-RC's round 1"
                + " of 2026-05-16 is already recorded")
        .contains("宣州区's party data: 一肩挑 in 1 of 1 communities with a party tree");
  }

  @Test
  void aWeekOfCasesIsCountedAndTheOverdueOneEscalated() {
    String output = run(new InMemoryGovernanceStore());

    assertThat(output)
        .contains("== 案件闭环 / Cases on the closed loop: 城南社区, 8–12 June 2026 ==")
        .contains("案件考核 / case figures 341802002000 2026-06-08T00:00 – 2026-06-15T00:00")
        .containsPattern("total\\s+20\\s+85\\.0 %\\s+100\\.0 %")
        .contains(
            "处置 1 working days: used 785 min, overdue 365 min, running, deadline 2026-06-12T09:25")
        .contains("升级 / escalated to 社区 / COMMUNITY")
        .contains("overdue 365 min, at least 1 × 4 working hours: goes to the community");
  }
}
