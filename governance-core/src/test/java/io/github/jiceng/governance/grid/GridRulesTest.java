package io.github.jiceng.governance.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.people.Volunteer;
import io.github.jiceng.governance.people.VolunteerRules;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridRulesTest {
  private static final Policy POLICY = NationalDefaults.policy();
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  private static GridFacts facts(
      GridSetting setting,
      GridKind kind,
      int households,
      int residents,
      int primaries,
      @Nullable String party) {
    return new GridFacts("第一网格", setting, kind, households, residents, primaries, party);
  }

  private static Verdict verdict(GridFacts facts, String rule) {
    return GridRules.checkGrid(facts, POLICY, DAY).result(rule).orElseThrow().verdict();
  }

  @ParameterizedTest(name = "{0} {1} households → {2}")
  @CsvSource({
    "URBAN, 299, VIOLATED", "URBAN, 300, SATISFIED", "URBAN, 500, SATISFIED",
        "URBAN, 501, VIOLATED",
    "RURAL, 249, VIOLATED", "RURAL, 250, SATISFIED", "RURAL, 350, SATISFIED", "RURAL, 351, VIOLATED"
  })
  @DisplayName("households: urban 300-500, rural about 300 (250-350), at the boundaries")
  void households(GridSetting setting, int households, Verdict expected) {
    assertThat(
            verdict(
                facts(setting, GridKind.COMPREHENSIVE, households, 900, 1, "第一网格党支部"),
                GridRules.HOUSEHOLDS))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} residents → {2}")
  @CsvSource({
    "URBAN, 2500, SATISFIED",
    "URBAN, 2501, VIOLATED",
    "RURAL, 2500, SATISFIED",
    "RURAL, 2501, VIOLATED"
  })
  @DisplayName("residents: at most 2,500 in urban and rural grids")
  void residents(GridSetting setting, int residents, Verdict expected) {
    assertThat(
            verdict(
                facts(setting, GridKind.COMPREHENSIVE, 300, residents, 1, "x"),
                GridRules.RESIDENTS))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} primary workers → {1}")
  @CsvSource({"0, VIOLATED", "1, SATISFIED", "2, VIOLATED"})
  @DisplayName("a grid has exactly one primary grid worker")
  void primary(int primaries, Verdict expected) {
    assertThat(
            verdict(
                facts(GridSetting.URBAN, GridKind.COMPREHENSIVE, 400, 1000, primaries, "x"),
                GridRules.PRIMARY_WORKER))
        .isEqualTo(expected);
  }

  @Test
  @DisplayName(
      "a dedicated grid is not sized by households; a grid without party cover is non-compliant with the reason and the citation")
  void dedicatedAndParty() {
    Decision<Compliance> decision =
        GridRules.checkGrid(
            facts(GridSetting.URBAN, GridKind.DEDICATED, 0, 0, 1, null), POLICY, DAY);

    assertThat(decision.result(GridRules.HOUSEHOLDS).orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.decidingRuleIds()).containsExactly(GridRules.PARTY);
    assertThat(decision.explain())
        .contains("neither a party organisation nor a designated party contact");
    Decision<Compliance> urban =
        GridRules.checkGrid(
            facts(GridSetting.URBAN, GridKind.COMPREHENSIVE, 501, 100, 1, "x"), POLICY, DAY);
    assertThat(urban.result(GridRules.HOUSEHOLDS).orElseThrow().cites("基层治理体系和治理能力现代化")).isTrue();
    assertThat(urban.result(GridRules.HOUSEHOLDS).orElseThrow().reason().en())
        .contains("501 households is outside the 300–500");
  }

  @Test
  @DisplayName(
      "before the standards are in force (2021-04-28) the size rules do not apply; a province's override applies with its citation")
  void datesAndOverrides() {
    GridFacts big = facts(GridSetting.URBAN, GridKind.COMPREHENSIVE, 600, 3000, 1, "x");
    assertThat(
            GridRules.checkGrid(big, POLICY, LocalDate.of(2021, 4, 27))
                .result(GridRules.HOUSEHOLDS)
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(
            GridRules.checkGrid(big, POLICY, LocalDate.of(2021, 4, 28))
                .result(GridRules.HOUSEHOLDS)
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.VIOLATED);

    Policy province =
        Policy.builder("ZJ", "2025.1")
            .basedOn(POLICY)
            .override(
                GridStandards.URBAN_HOUSEHOLDS,
                ParameterVersion.of(
                    IntRange.of(300, 600),
                    EffectivePeriod.from(LocalDate.of(2025, 1, 1)),
                    Citation.of("某省城乡社区网格化服务管理规范", "第八条"),
                    "province"))
            .build();
    Decision<Compliance> decision = GridRules.checkGrid(big, province, DAY);
    assertThat(decision.result(GridRules.HOUSEHOLDS).orElseThrow().verdict())
        .isEqualTo(Verdict.SATISFIED);
    assertThat(decision.result(GridRules.HOUSEHOLDS).orElseThrow().cites("第八条")).isTrue();
  }

  @Test
  @DisplayName(
      "placement: unplaced households, households in another community's grid and outside their building's grid are each reported with ids")
  void placement() {
    HouseholdPlacement clean = new HouseholdPlacement("城东社区", 900, List.of(), List.of(), List.of());
    assertThat(GridRules.checkPlacement(clean, POLICY, DAY).outcome())
        .isEqualTo(Compliance.COMPLIANT);

    List<String> unplaced = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      unplaced.add("H" + i);
    }
    Decision<Compliance> decision =
        GridRules.checkPlacement(
            new HouseholdPlacement("城东社区", 900, unplaced, List.of("X1"), List.of("B9")),
            POLICY,
            DAY);
    assertThat(decision.decidingRuleIds())
        .containsExactly(GridRules.EVERY_HOUSEHOLD, GridRules.OWN_GRIDS, GridRules.BUILDING_GRID);
    assertThat(decision.result(GridRules.EVERY_HOUSEHOLD).orElseThrow().reason().en())
        .isEqualTo("7 of 900 households are in no grid: H1, H2, H3, H4, H5 …(+2)");
  }

  @ParameterizedTest(name = "{0} services → {1}")
  @CsvSource({"99, NON_COMPLIANT", "100, COMPLIANT"})
  @DisplayName(
      "volunteer recognition: at least 100 services in the year (seed 001); services of other years do not count")
  void volunteer(int services, Compliance expected) {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      days.add(LocalDate.of(2025, 1, 1).plusDays(i * 3L));
    }
    days.add(LocalDate.of(2024, 12, 31));
    Volunteer volunteer = new Volunteer("V1", "赵志愿", null, DivisionCode.of("341802001003"), days);

    Decision<Compliance> decision =
        VolunteerRules.checkRecognition(volunteer, Year.of(2025), POLICY);

    assertThat(decision.outcome()).isEqualTo(expected);
    assertThat(decision.results().get(0).cites("年不少于100次")).isTrue();
  }
}
