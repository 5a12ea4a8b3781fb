package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.facility.Facility;
import io.github.jiceng.governance.facility.FacilityFigures;
import io.github.jiceng.governance.facility.FacilityKind;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The facilities section of the demo: the nine communities' offices and activity rooms checked
 * against 宣州区's sample standards — 宣城's 400 m² activity rooms (seed report 000), the national 0.30
 * m² a household — and the district's share up to standard against a 70 % target. 桥西's 700 m² and
 * 桥东's 750 m² and 南河 still planning its activity house are the seed report's; the other areas are
 * illustrative.
 */
final class FacilityDemo {
  static final String POLICY_FILE = "xuanzhou-facilities.yaml";

  /**
   * Each community's office and activity rooms, in m², in the order of {@link Demo#COMMUNITIES}.
   */
  private static final int[][] AREAS = {
    {300, 420},
    {300, 450},
    {300, 500},
    {300, 700},
    {300, 750},
    {300, 320},
    {300, 400},
    {300, 600},
    {300, 0}
  };

  private FacilityDemo() {}

  static AccessPolicy policy() {
    return AccessPolicyFile.read(SampleFiles.text(POLICY_FILE), POLICY_FILE);
  }

  static void run(GovernanceStore store, LocalDate asOf, PrintStream out) {
    Clock clock =
        Clock.fixed(
            asOf.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    Governance system =
        Governance.builder()
            .store(store)
            .policy(policy().parameters())
            .clock(clock)
            .build()
            .asSystem();
    List<DivisionCode> codes = Demo.communityCodes();
    for (int i = 0; i < codes.size(); i++) {
      DivisionCode community = codes.get(i);
      String name = Demo.COMMUNITIES.get(i)[0] + "社区";
      system
          .facilities()
          .add(
              Facility.of(
                  "F-" + community.value() + "-1",
                  community,
                  FacilityKind.OFFICE,
                  name + "办公用房",
                  BigDecimal.valueOf(AREAS[i][0])));
      if (AREAS[i][1] > 0) {
        system
            .facilities()
            .add(
                Facility.of(
                    "F-" + community.value() + "-2",
                    community,
                    FacilityKind.ACTIVITY_ROOM,
                    name + "活动房",
                    BigDecimal.valueOf(AREAS[i][1])));
      }
    }
    FacilityFigures figures = system.facilities().figures(Demo.DISTRICT, asOf);
    out.println("== 社区服务设施 / Facilities: 宣州区, as of " + asOf + " (" + POLICY_FILE + ") ==");
    out.print(figures.table());
    out.println("-- 为什么 / Why: 城南社区 --");
    out.print(system.facilities().check(codes.get(5), asOf).explain());
  }
}
