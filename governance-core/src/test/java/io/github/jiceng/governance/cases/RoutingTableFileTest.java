package io.github.jiceng.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.policy.PolicyCheckException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutingTableFileTest {
  private static final String TABLE =
      """
      routing: aofeng-routing
      version: "2026.1"
      bodies:
        - {code: aofeng-office, name: 鳌峰街道办事处}
        - {code: lights, name: 宣州区路灯管理所}
        - {code: old-lights, name: 原城区路灯所, closed-on: 2026-03-01}
      lines:
        - {division: "341802002000", category: "*", body: aofeng-office, from: 2026-01-01}
        - {division: "341802002000", category: "01.03", body: lights, from: 2026-01-01}
        - {division: "341802002006", category: "01.03", body: old-lights, from: 2025-01-01, to: 2026-02-28}
        - {grid: "10010034180200200601", category: "01", body: aofeng-office}
      """;

  @Test
  @DisplayName("a routing file reads into a table that routes, and writes back into the same table")
  void readsAndWrites() {
    RoutingTable table = RoutingTableFile.read(TABLE, "routing.yaml");

    assertThat(table.entries()).hasSize(4);
    assertThat(table.body("old-lights").orElseThrow().closedOn())
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(
            table
                .route(CaseTest.STREET_LIGHT, CaseTest.CHENGNAN, null, LocalDate.of(2026, 6, 3))
                .body())
        .contains("lights");
    RoutingTable back = RoutingTableFile.read(RoutingTableFile.write(table), "written.yaml");
    assertThat(back.entries()).isEqualTo(table.entries());
    assertThat(back.bodies()).isEqualTo(table.bodies());
  }

  @Test
  @DisplayName("unknown and repeated bodies and overlapping lines are reported with their lines")
  void staticCheck() {
    String bad =
        TABLE
                .replace("body: lights, from", "body: light, from")
                .replace(
                    "  - {code: old-lights", "  - {code: lights, name: 重复}\n  - {code: old-lights")
            + "  - {division: \"341802002000\", category: \"*\", body: aofeng-office, from: 2026-06-01}\n"
            + "  - {division: \"341802002000\", grid: \"10010034180200200601\", category: \"*\", body: lights}\n";

    assertThatThrownBy(() -> RoutingTableFile.read(bad, "routing.yaml"))
        .isInstanceOf(PolicyCheckException.class)
        .satisfies(
            e ->
                assertThat(((PolicyCheckException) e).problems())
                    .extracting(p -> p.line() + " " + p.check())
                    .containsExactly(
                        "6 DUPLICATE_BODY",
                        "10 UNKNOWN_BODY",
                        "13 OVERLAPPING_LINES",
                        "14 STRUCTURE"));
  }
}
