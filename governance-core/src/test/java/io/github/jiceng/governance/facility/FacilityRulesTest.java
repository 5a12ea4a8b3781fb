package io.github.jiceng.governance.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.access.AccessPolicy;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.grid.GridSetting;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FacilityRulesTest {
  static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");
  static final DivisionCode SHUIDONG = DivisionCode.of("341802002201");
  static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  private static final EffectivePeriod FROM_2025 = EffectivePeriod.from(LocalDate.of(2025, 1, 1));

  static <V> ParameterVersion<V> local(V value, String source) {
    return ParameterVersion.of(value, FROM_2025, Citation.of(source), String.valueOf(value));
  }

  static final Checklist THREE_ROOMS =
      new Checklist(
          "three-rooms-three-stations",
          Text.of("三室三站一栏一校一场", "three rooms, three stations, a board, a school, a ground"),
          Set.of(GridSetting.RURAL),
          List.of(
              new Checklist.Item("office", Text.of("社区办公室", "community office")),
              new Checklist.Item("police-room", Text.of("社区警务室", "police room")),
              new Checklist.Item("culture-room", Text.of("文化活动室", "culture room")),
              new Checklist.Item("notice-board", Text.of("村务公开栏", "village affairs board")),
              new Checklist.Item("outdoor-ground", Text.of("室外活动场", "outdoor ground"))));

  /** A city's standards on top of the national one: 0.4 m² a household, 400 m² activity rooms. */
  static final Policy CITY =
      Policy.builder("city", "1")
          .basedOn(NationalDefaults.policy())
          .override(
              FacilityStandards.AREA_PER_HOUSEHOLD,
              local(new BigDecimal("0.4"), "某市社区公共服务设施建设规定（seed 003）"))
          .define(
              FacilityStandards.ACTIVITY_ROOM_MIN_AREA,
              local(new BigDecimal("400"), "宣城市社区活动房规定标准（seed 000）"))
          .define(
              FacilityStandards.RURAL_CENTRE_AREA,
              local(IntRange.of(300, 800), "农村社区服务中心建设标准（seed 003）"))
          .define(
              FacilityStandards.CHECKLISTS, local(Checklists.of(THREE_ROOMS), "农村社区建设标准（seed 003）"))
          .build();

  static FacilityFacts chengnan(String activityArea) {
    return new FacilityFacts(
        CHENGNAN,
        "城南社区",
        GridSetting.URBAN,
        2600,
        List.of(
            Facility.of(
                "CN-1", CHENGNAN, FacilityKind.SERVICE_CENTRE, "城南社区党群服务中心", new BigDecimal("560")),
            Facility.of("CN-2", CHENGNAN, FacilityKind.OFFICE, "社区办公用房", new BigDecimal("120")),
            Facility.of(
                "CN-3",
                CHENGNAN,
                FacilityKind.ACTIVITY_ROOM,
                "居民活动室",
                new BigDecimal(activityArea)),
            Facility.of("CN-4", CHENGNAN, FacilityKind.OUTDOOR, "文体广场", new BigDecimal("1200"))));
  }

  private static Verdict verdict(Decision<Compliance> d, String rule) {
    return d.result(rule).orElseThrow().verdict();
  }

  @Test
  @DisplayName(
      "nationally 0.30 m² a household: 2,600 households need 780 m², 1,000 m² indoors is enough"
          + " (the square is not floor area)")
  void nationalDefault() {
    Decision<Compliance> d = FacilityRules.check(chengnan("320"), NationalDefaults.policy(), DAY);

    assertThat(verdict(d, FacilityRules.SERVICE_AREA)).isEqualTo(Verdict.SATISFIED);
    assertThat(d.result(FacilityRules.SERVICE_AREA).orElseThrow().reason().zh())
        .isEqualTo("服务设施 1000 平方米，2600 户按每户 0.3 平方米须 780 平方米");
    assertThat(verdict(d, FacilityRules.ACTIVITY_ROOM)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(verdict(d, FacilityRules.CHECKLIST)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(d.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(d.explain()).contains("每百户居民拥有社区综合服务设施面积不低于30平方米");
  }

  @Test
  @DisplayName(
      "under the city's 0.4 m² and 400 m² rooms the same community is 40 m² short overall and"
          + " 80 m² short of activity rooms")
  void cityStandards() {
    Decision<Compliance> d = FacilityRules.check(chengnan("320"), CITY, DAY);

    assertThat(d.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(d.decidingRuleIds())
        .containsExactlyInAnyOrder(FacilityRules.SERVICE_AREA, FacilityRules.ACTIVITY_ROOM);
    assertThat(d.result(FacilityRules.SERVICE_AREA).orElseThrow().reason().en())
        .isEqualTo(
            "1000 m² of facilities; 2600 households at 0.4 m² each need 1040 m², 40 m² short");
    assertThat(d.result(FacilityRules.ACTIVITY_ROOM).orElseThrow().reason().zh())
        .isEqualTo("活动用房 320 平方米，规定不少于 400 平方米，缺 80 平方米");
    assertThat(FacilityRules.check(chengnan("400"), CITY, DAY).outcome())
        .as("560 + 120 + 400 = 1080 m² ≥ 1040, and 400 m² of activity rooms")
        .isEqualTo(Compliance.COMPLIANT);
  }

  @Test
  @DisplayName(
      "a village: its centre outside 300–800 m² and every missing checklist item named; the"
          + " checklist does not apply in town")
  void village() {
    FacilityFacts shuidong =
        new FacilityFacts(
            SHUIDONG,
            "水东村",
            GridSetting.RURAL,
            420,
            List.of(
                Facility.of(
                    "SD-1",
                    SHUIDONG,
                    FacilityKind.SERVICE_CENTRE,
                    "水东村综合服务中心",
                    new BigDecimal("260"),
                    "office",
                    "culture-room",
                    "notice-board")));

    Decision<Compliance> d = FacilityRules.check(shuidong, CITY, DAY);

    assertThat(d.decidingRuleIds())
        .containsExactlyInAnyOrder(FacilityRules.RURAL_CENTRE, FacilityRules.CHECKLIST);
    assertThat(d.result(FacilityRules.CHECKLIST).orElseThrow().reason().zh())
        .isEqualTo("「三室三站一栏一校一场」缺社区警务室、室外活动场");
    assertThat(d.result(FacilityRules.RURAL_CENTRE).orElseThrow().reason().en())
        .isEqualTo("service centre of 260 m² is outside 300–800 m²");
    assertThat(verdict(FacilityRules.check(chengnan("400"), CITY, DAY), FacilityRules.CHECKLIST))
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  @DisplayName("a policy file sets the standards and checklists, and writes them back the same")
  void policyFile() {
    String file =
        """
        policy: xuanzhou-facilities
        version: "2026.1"
        title: 宣州区社区服务设施标准（示例）
        based-on: national
        parameters:
          facility.activity-room.min-area:
            - {value: 400, from: 2025-01-01, citation: 宣城市社区活动房规定标准}
          facility.checklists:
            - value:
                - id: three-rooms-three-stations
                  title: 三室三站一栏一校一场
                  settings: [rural]
                  items:
                    - {code: office, name: 社区办公室, name-en: community office}
                    - {code: police-room, name: 社区警务室}
              from: 2025-01-01
              citation: 农村社区建设标准
        items: []
        """;

    AccessPolicy policy = AccessPolicyFile.read(file, "facilities.yaml");
    AccessPolicy again = AccessPolicyFile.read(AccessPolicyFile.write(policy), "again.yaml");

    Checklists lists =
        again
            .parameters()
            .parameter(FacilityStandards.CHECKLISTS)
            .orElseThrow()
            .at(DAY)
            .orElseThrow()
            .value();
    assertThat(lists.lists().get(0).items().get(1).name()).isEqualTo(Text.of("社区警务室", "社区警务室"));
    assertThat(lists.lists().get(0).settings()).containsExactly(GridSetting.RURAL);
    assertThat(
            again
                .parameters()
                .parameter(FacilityStandards.ACTIVITY_ROOM_MIN_AREA)
                .orElseThrow()
                .at(DAY)
                .orElseThrow()
                .value())
        .isEqualByComparingTo("400");
  }

  @Test
  @DisplayName("a facility's bad area or function code is a typed error naming the field")
  void badFacility() {
    assertThatThrownBy(
            () -> Facility.of("X", CHENGNAN, FacilityKind.OFFICE, "办公", new BigDecimal("-1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("floorArea");
    assertThatThrownBy(
            () -> Facility.of("X", CHENGNAN, FacilityKind.OFFICE, "办公", new BigDecimal("1.234")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two decimals");
    assertThatThrownBy(
            () ->
                Facility.of(
                    "X", CHENGNAN, FacilityKind.OFFICE, "办公", BigDecimal.TEN, "Police Room"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("functions[0]");
    assertThat(
            Facility.of("X", CHENGNAN, FacilityKind.OFFICE, "办公", BigDecimal.TEN, "b", "a", "b")
                .functions())
        .containsExactly("a", "b");
  }
}
