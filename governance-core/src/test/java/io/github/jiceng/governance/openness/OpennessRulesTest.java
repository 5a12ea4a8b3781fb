package io.github.jiceng.governance.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A village committee's publication log checked on a day under article 30. */
class OpennessRulesTest {
  private static final Policy NATIONAL = NationalDefaults.policy();
  private static final LocalDate JULY_10 = LocalDate.of(2026, 7, 10);

  private static OpennessFacts facts(
      boolean busy, List<Publication> log, List<MajorMatter> majors) {
    return new OpennessFacts("VC-1", busy, log, majors);
  }

  @Test
  @DisplayName(
      "ordinary affairs published in May cover the second quarter; on 10 July nothing is overdue"
          + " but a busy village's June finances: 10 days")
  void rounds() {
    OpennessFacts f =
        facts(
            true,
            List.of(
                new Publication(PublicationKind.ORDINARY, LocalDate.of(2026, 5, 15), null),
                new Publication(PublicationKind.FINANCES, LocalDate.of(2026, 5, 31), null)),
            List.of());

    Decision<Compliance> d = OpennessRules.check(f, NATIONAL, JULY_10);

    assertThat(d.decidingRuleIds()).containsExactly(OpennessRules.FINANCES);
    assertThat(d.explain())
        .contains("finances: last published 2026-05-31; rounds of 1 months; 10 days overdue");
    assertThat(OpennessRules.overdue(f, NATIONAL, JULY_10))
        .extracting(OpennessRules.Overdue::ruleId, OpennessRules.Overdue::days)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OpennessRules.FINANCES, 10L));
    assertThat(OpennessRules.check(facts(false, f.log(), List.of()), NATIONAL, JULY_10).outcome())
        .as("finances that are not busy follow the quarter")
        .isEqualTo(Compliance.COMPLIANT);
  }

  @Test
  @DisplayName(
      "a major matter decided on 1 July is late every day it is not published: 9 days on 10 July;"
          + " one published the next day was 1 day late")
  void majors() {
    OpennessFacts f =
        facts(
            false,
            List.of(
                new Publication(PublicationKind.ORDINARY, LocalDate.of(2026, 7, 1), null),
                new Publication(PublicationKind.FINANCES, LocalDate.of(2026, 7, 1), null),
                new Publication(PublicationKind.MAJOR, LocalDate.of(2026, 6, 3), "land")),
            List.of(
                new MajorMatter("land", LocalDate.of(2026, 6, 2)),
                new MajorMatter("road", LocalDate.of(2026, 7, 1))));

    Decision<Compliance> d = OpennessRules.check(f, NATIONAL, JULY_10);

    assertThat(d.decidingRuleIds()).containsExactly(OpennessRules.MAJOR);
    assertThat(d.explain())
        .contains("land (decided 2026-06-02, 1 days late)")
        .contains("road (decided 2026-07-01, 9 days late)")
        .contains("第三十条");
    assertThat(OpennessRules.overdue(f, NATIONAL, JULY_10))
        .as("the land, published a day late, is no longer due; the road is")
        .extracting(OpennessRules.Overdue::days)
        .containsExactly(9L);
  }

  @Test
  @DisplayName(
      "party affairs have no national round; a city's monthly round makes an April publication"
          + " 40 days overdue on 10 July")
  void partyAffairs() {
    OpennessFacts f =
        facts(
            false,
            List.of(
                new Publication(PublicationKind.ORDINARY, LocalDate.of(2026, 7, 1), null),
                new Publication(PublicationKind.FINANCES, LocalDate.of(2026, 7, 1), null),
                new Publication(PublicationKind.PARTY_AFFAIRS, LocalDate.of(2026, 4, 20), null)),
            List.of());
    Policy city =
        Policy.builder("city", "1")
            .basedOn(NATIONAL)
            .define(
                OpennessRules.PARTY_MONTHS,
                ParameterVersion.of(
                    1,
                    EffectivePeriod.from(LocalDate.of(2026, 1, 1)),
                    Citation.of("某市党务公开实施办法（示例）"),
                    "monthly"))
            .build();

    assertThat(OpennessRules.check(f, NATIONAL, JULY_10).outcome()).isEqualTo(Compliance.COMPLIANT);
    Decision<Compliance> d = OpennessRules.check(f, city, JULY_10);
    assertThat(d.decidingRuleIds()).containsExactly(OpennessRules.PARTY);
    assertThat(d.explain()).contains("40 days overdue");
  }

  @Test
  @DisplayName(
      "a residents' committee (居务公开) is held to no round nationally; under a city's two months"
          + " its May publication is 10 days overdue on 10 July, a major matter once the city"
          + " allows it 3 days")
  void residentsCommittee() {
    OpennessFacts f =
        new OpennessFacts(
            "RC-1",
            io.github.jiceng.governance.committee.CommitteeKind.RESIDENTS,
            false,
            List.of(new Publication(PublicationKind.ORDINARY, LocalDate.of(2026, 4, 15), null)),
            List.of(new MajorMatter("lift", LocalDate.of(2026, 7, 1))));
    EffectivePeriod from2026 = EffectivePeriod.from(LocalDate.of(2026, 1, 1));
    Citation measures = Citation.of("某市居务公开办法（示例）");
    Policy city =
        Policy.builder("city", "1")
            .basedOn(NATIONAL)
            .define(
                OpennessRules.RESIDENTS_ORDINARY_MONTHS,
                ParameterVersion.of(2, from2026, measures, "every two months"))
            .define(OpennessRules.MAJOR_DAYS, ParameterVersion.of(3, from2026, measures, "3 days"))
            .build();

    Decision<Compliance> national = OpennessRules.check(f, NATIONAL, JULY_10);
    assertThat(national.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(national.notApplicable())
        .extracting(io.github.jiceng.governance.policy.RuleResult::ruleId)
        .contains(OpennessRules.ORDINARY, OpennessRules.FINANCES, OpennessRules.MAJOR);
    assertThat(OpennessRules.overdue(f, NATIONAL, JULY_10)).isEmpty();

    Decision<Compliance> d = OpennessRules.check(f, city, JULY_10);
    // May–June is a round; with none published in it, the round is overdue from 1 July
    assertThat(d.decidingRuleIds())
        .containsExactly(OpennessRules.ORDINARY, OpennessRules.FINANCES, OpennessRules.MAJOR);
    assertThat(OpennessRules.overdue(f, city, JULY_10))
        .extracting(OpennessRules.Overdue::ruleId, OpennessRules.Overdue::days)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OpennessRules.ORDINARY, 10L),
            org.assertj.core.groups.Tuple.tuple(OpennessRules.FINANCES, 10L),
            org.assertj.core.groups.Tuple.tuple(OpennessRules.MAJOR, 6L));
  }

  @Test
  @DisplayName("a major publication without its matter, and a matter named twice, are refused")
  void badInput() {
    assertThatThrownBy(() -> new Publication(PublicationKind.MAJOR, JULY_10, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("matter");
    assertThatThrownBy(
            () ->
                facts(
                    false,
                    List.of(),
                    List.of(new MajorMatter("land", JULY_10), new MajorMatter("land", JULY_10))))
        .hasMessageContaining("more than once");
  }
}
