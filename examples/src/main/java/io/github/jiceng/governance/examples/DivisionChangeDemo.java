package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessDecision;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessRules;
import io.github.jiceng.governance.access.Channel;
import io.github.jiceng.governance.access.TaskRequest;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionChange;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's section on divisions that change (撤并整合), on seed report 000's 弋江区: three communities
 * of a street merged into one, and 南瑞街道's office abolished on 1 July, its three communities then
 * dealing with the district — so that rule A5 asks for the district's unified deployment there. The
 * street's and communities' names other than 南瑞 are the example's, and so are the codes and the
 * year (the report leaves the year blank).
 */
final class DivisionChangeDemo {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode YIJIANG = DivisionCode.of("340203000000");
  private static final DivisionCode STREET = DivisionCode.of("340203001000");
  private static final DivisionCode NANRUI = DivisionCode.of("340203004000");
  private static final LocalDate MERGED = LocalDate.of(2026, 3, 1);
  private static final LocalDate ABOLISHED = LocalDate.of(2026, 7, 1);
  private static final Citation MERGER =
      Citation.of("芜湖市社区建设工作情况（种子报告000）", "弋江区原有27个社区整合为21个社区（示例街道与社区）");
  private static final Citation ABOLITION =
      Citation.of("芜湖市社区建设工作情况（种子报告000）", "7月1日，南瑞街道办事处正式撤销（年份为示例）");

  private DivisionChangeDemo() {}

  private static DivisionCode community(DivisionCode street, int n) {
    return DivisionCode.of(street.value().substring(0, 9) + String.format("%03d", n));
  }

  static void run(GovernanceStore store, AccessPolicy policy, PrintStream out) {
    Clock clock = Clock.fixed(ABOLISHED.atStartOfDay(CHINA).plusHours(10).toInstant(), CHINA);
    Governance g = Governance.builder().store(store).clock(clock).build().asSystem();
    g.divisions().add(new AdministrativeDivision(YIJIANG, "弋江区", DivisionLevel.DISTRICT, 0));
    g.divisions().add(new AdministrativeDivision(STREET, "示例街道", DivisionLevel.STREET, 0));
    g.divisions().add(new AdministrativeDivision(NANRUI, "南瑞街道", DivisionLevel.STREET, 0));
    for (int n = 1; n <= 3; n++) {
      g.divisions()
          .add(
              new AdministrativeDivision(
                  community(STREET, n), "示例" + n + "社区", DivisionLevel.COMMUNITY, 0));
      g.divisions()
          .add(
              new AdministrativeDivision(
                  community(NANRUI, n), "南瑞" + n + "社区", DivisionLevel.COMMUNITY, 0));
    }
    g.divisions()
        .recordChange(
            DivisionChange.merge(
                "YJ-2026-01",
                MERGED,
                List.of(community(STREET, 1), community(STREET, 2), community(STREET, 3)),
                community(STREET, 1),
                MERGER));
    g.divisions().recordChange(DivisionChange.abolish("YJ-2026-02", ABOLISHED, NANRUI, ABOLITION));

    out.println("== 撤并整合 / Divisions that change: 弋江区 (seed report 000) ==");
    for (LocalDate day : List.of(ABOLISHED.minusDays(1), ABOLISHED)) {
      out.println(
          "弋江区 answers for on "
              + day
              + ": "
              + g.divisions().childrenOn(YIJIANG, day).stream()
                  .map(AdministrativeDivision::name)
                  .collect(Collectors.joining("、")));
    }
    out.println(
        "示例街道's communities on "
            + MERGED
            + ": "
            + g.divisions().childrenOn(STREET, MERGED).stream()
                .map(AdministrativeDivision::name)
                .collect(Collectors.joining("、"))
            + "; records found under 示例1社区: "
            + g.divisions().lineage(community(STREET, 1), MERGED));
    DivisionCode nanrui1 = community(NANRUI, 1);
    for (Channel channel : List.of(Channel.DISTRICT, Channel.STREET_OFFICE)) {
      TaskRequest request =
          g.access()
              .submit(
                  TaskRequest.builder("YJ-TASK-" + channel.name())
                      .department("区民政局")
                      .title("开展便民利民社区服务")
                      .item("D-05")
                      .communities(nanrui1)
                      .appliedOn(ABOLISHED)
                      .period(ABOLISHED.plusDays(10), null)
                      .channel(channel)
                      .build());
      AccessDecision d = g.access().decide(request.id(), policy, ABOLISHED).get(0);
      out.println(
          "  南瑞1社区, "
              + channel.label().zh()
              + ": "
              + d.outcome().label().zh()
              + " — A5 "
              + d.decision().result(AccessRules.CHANNEL).orElseThrow().reason().zh());
    }
  }
}
