package io.github.jiceng.governance.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.IntRange;
import io.github.jiceng.governance.policy.Language;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.RuleResult;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitteeRulesTest {
  private static final Policy NATIONAL = NationalDefaults.policy();
  private static final Term TERM = Term.ofYears(LocalDate.of(2021, 5, 1), 5);

  static Committee residents(int households, int members) {
    Committee.Builder builder =
        Committee.builder("341802001001-RC", CommitteeKind.RESIDENTS)
            .division("341802001001")
            .name("城东社区居民委员会")
            .households(households)
            .term(TERM)
            .member("张华", CommitteeRole.DIRECTOR);
    for (int i = 1; i < members; i++) {
      builder.member("委员" + i, CommitteeRole.MEMBER);
    }
    return builder.build();
  }

  private static RuleResult rule(Decision<?> decision, String id) {
    return decision.result(id).orElseThrow();
  }

  @Test
  @DisplayName(
      "650 households: within the 1989 law on 2025-06-30, outside the 2025 revision on 2026-06-30")
  void householdsUnderTwoLaws() {
    Committee committee = residents(650, 7);

    Decision<Compliance> before =
        CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2025, 6, 30));
    Decision<Compliance> after =
        CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2026, 6, 30));

    assertThat(rule(before, "RC-HOUSEHOLDS").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(rule(before, "RC-HOUSEHOLDS").parameters().get(0).versionLabel())
        .isEqualTo("1989 law (amended 2018)");
    assertThat(before.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(rule(after, "RC-HOUSEHOLDS").verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(rule(after, "RC-HOUSEHOLDS").parameters().get(0).versionLabel())
        .isEqualTo("2025 revision");
    assertThat(after.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
  }

  @Test
  @DisplayName("800 households is outside both laws (100–700, then 1000–3000)")
  void eightHundredHouseholds() {
    Committee committee = residents(800, 7);

    assertThat(
            rule(
                    CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2025, 6, 30)),
                    "RC-HOUSEHOLDS")
                .verdict())
        .isEqualTo(Verdict.VIOLATED);
    assertThat(
            rule(
                    CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2026, 6, 30)),
                    "RC-HOUSEHOLDS")
                .verdict())
        .isEqualTo(Verdict.VIOLATED);
  }

  @ParameterizedTest(name = "{0} households on {1}: {2}")
  @CsvSource({
    "650,  2025-06-30, SATISFIED",
    "650,  2026-06-30, VIOLATED",
    "700,  2025-12-31, SATISFIED",
    "701,  2025-12-31, VIOLATED",
    "100,  2025-12-31, SATISFIED",
    "99,   2025-12-31, VIOLATED",
    "1000, 2026-01-01, SATISFIED",
    "999,  2026-01-01, VIOLATED",
    "3000, 2026-01-01, SATISFIED",
    "3001, 2026-01-01, VIOLATED",
    "1200, 2025-12-31, VIOLATED",
  })
  @DisplayName("household range follows the law in force on the day, boundaries included")
  void householdBoundaries(int households, LocalDate asOf, Verdict expected) {
    Decision<Compliance> decision =
        CommitteeRules.checkCommittee(residents(households, 7), NATIONAL, asOf);

    RuleResult result = rule(decision, "RC-HOUSEHOLDS");
    assertThat(result.verdict()).isEqualTo(expected);
    assertThat(result.citations())
        .extracting(Citation::document)
        .allMatch(d -> d.contains("城市居民委员会组织法"));
  }

  @Test
  @DisplayName("the decision names the deciding rule, compared values, version and citation")
  void decisionExplainsItself() {
    Decision<Compliance> decision =
        CommitteeRules.checkCommittee(residents(650, 7), NATIONAL, LocalDate.of(2026, 6, 30));

    assertThat(decision.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(decision.decidingRules()).extracting(RuleResult::ruleId).contains("RC-HOUSEHOLDS");
    RuleResult households = rule(decision, "RC-HOUSEHOLDS");
    assertThat(households.compared())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.actual()).isEqualTo("650");
              assertThat(c.required()).isEqualTo("1000–3000");
            });
    assertThat(households.parameters())
        .singleElement()
        .satisfies(
            p -> assertThat(p.period()).isEqualTo(EffectivePeriod.from(LocalDate.of(2026, 1, 1))));
    assertThat(decision.policyId()).isEqualTo("CN-national");
    String text = decision.explain();
    assertThat(text)
        .contains(
            "城东社区居民委员会",
            "2026-06-30",
            "不符合规定 / non-compliant",
            "RC-HOUSEHOLDS",
            "650 户不在 1000–3000 户范围内",
            "650 households is outside 1000–3000",
            "2025年10月28日修订",
            "2025 revision");
    assertThat(decision.explain(Language.EN)).doesNotContain("户范围内").contains("outside 1000–3000");
  }

  @ParameterizedTest(name = "{0} members of a {1}: {2}")
  @CsvSource({
    "4, RESIDENTS, VIOLATED", "5, RESIDENTS, SATISFIED", "9, RESIDENTS, SATISFIED",
        "10, RESIDENTS, VIOLATED",
    "2, VILLAGERS, VIOLATED", "3, VILLAGERS, SATISFIED", "7, VILLAGERS, SATISFIED",
        "8, VILLAGERS, VIOLATED",
  })
  @DisplayName("member count: 5–9 for residents', 3–7 for villagers' committees")
  void memberCount(int members, CommitteeKind kind, Verdict expected) {
    Committee.Builder builder =
        Committee.builder("c", kind)
            .division("341802100201")
            .name("委员会")
            .households(500)
            .term(TERM)
            .member("主任", CommitteeRole.DIRECTOR);
    for (int i = 1; i < members; i++) {
      builder.member("委员" + i, CommitteeRole.MEMBER);
    }

    Decision<Compliance> decision =
        CommitteeRules.checkCommittee(builder.build(), NATIONAL, LocalDate.of(2025, 6, 1));

    assertThat(rule(decision, "COMMITTEE-MEMBERS").verdict()).isEqualTo(expected);
  }

  @Test
  @DisplayName("only members in office on the day count, and there must be exactly one director")
  void membersInOffice() {
    Committee committee =
        residents(650, 5).toBuilder()
            .member(
                "前任主任",
                CommitteeRole.DIRECTOR,
                Term.of(LocalDate.of(2016, 5, 1), LocalDate.of(2021, 4, 30)))
            .build();

    Decision<Compliance> now =
        CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2025, 6, 1));
    Decision<Compliance> then =
        CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2020, 6, 1));

    assertThat(rule(now, "COMMITTEE-MEMBERS").compared().get(0).actual()).isEqualTo("5");
    assertThat(rule(now, "COMMITTEE-DIRECTOR").verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(rule(then, "COMMITTEE-MEMBERS").compared().get(0).actual()).isEqualTo("1");
  }

  @Test
  @DisplayName("a villagers' committee is not judged by the residents' household range")
  void householdsNotApplicableToVillages() {
    Committee village =
        Committee.builder("v", CommitteeKind.VILLAGERS)
            .division("341802100201")
            .name("金宝圩村村民委员会")
            .households(420)
            .term(TERM)
            .member("主任", CommitteeRole.DIRECTOR)
            .member("甲", CommitteeRole.MEMBER)
            .member("乙", CommitteeRole.MEMBER)
            .build();

    Decision<Compliance> decision =
        CommitteeRules.checkCommittee(village, NATIONAL, LocalDate.of(2025, 6, 1));

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(decision.notApplicable())
        .extracting(RuleResult::ruleId)
        .containsExactly("RC-HOUSEHOLDS");
    assertThat(rule(decision, "RC-HOUSEHOLDS").reason().en())
        .isEqualTo("applies to residents' committees only");
  }

  @ParameterizedTest(name = "term from {0} to {1}: {2}")
  @CsvSource({
    "2021-05-01, 2026-04-30, SATISFIED",
    "2021-05-01, 2026-05-01, VIOLATED",
    "2015-05-01, 2018-04-30, SATISFIED",
    "2015-05-01, 2020-04-30, VIOLATED",
    "2018-12-29, 2023-12-28, SATISFIED",
  })
  @DisplayName(
      "term length is judged by the law in force when the term began (3 years before 2018-12-29, then 5)")
  void termLength(LocalDate start, LocalDate end, Verdict expected) {
    Committee committee = residents(650, 7).toBuilder().term(Term.of(start, end)).build();

    Decision<Compliance> decision =
        CommitteeRules.checkCommittee(committee, NATIONAL, start.plusDays(10));

    assertThat(rule(decision, "COMMITTEE-TERM-LENGTH").verdict()).isEqualTo(expected);
  }

  @Test
  @DisplayName("a term that ran out makes the election overdue, counted in days")
  void termOverdue() {
    Committee committee = residents(650, 7);

    assertThat(
            rule(
                    CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2026, 4, 30)),
                    "COMMITTEE-TERM-CURRENT")
                .verdict())
        .isEqualTo(Verdict.SATISFIED);
    RuleResult overdue =
        rule(
            CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(2026, 5, 31)),
            "COMMITTEE-TERM-CURRENT");
    assertThat(overdue.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(overdue.reason().en()).contains("31 days overdue");
  }

  @Test
  @DisplayName("before the law was in force the rules do not apply, and say why")
  void beforeTheLaw() {
    Committee committee =
        residents(650, 7).toBuilder().term(Term.ofYears(LocalDate.of(1985, 1, 1), 3)).build();

    Decision<Compliance> decision =
        CommitteeRules.checkCommittee(committee, NATIONAL, LocalDate.of(1986, 1, 1));

    assertThat(rule(decision, "RC-HOUSEHOLDS").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(rule(decision, "RC-HOUSEHOLDS").reason().en())
        .isEqualTo("parameter committee.residents.households has no value in force on 1986-01-01");
  }

  @Test
  @DisplayName(
      "a city's override applies from its own date, with its own citation; earlier dates keep the national law")
  void cityOverride() {
    Policy city =
        Policy.builder("wuhu", "2026.1")
            .basedOn(NATIONAL)
            .override(
                CommitteeLaw.RESIDENTS_HOUSEHOLDS,
                ParameterVersion.of(
                    IntRange.of(600, 2500),
                    EffectivePeriod.from(LocalDate.of(2026, 3, 1)),
                    Citation.of("《芜湖市社区工作条例》", "第八条"),
                    "Wuhu 2026"))
            .build();
    Committee committee = residents(650, 7);

    RuleResult february =
        rule(
            CommitteeRules.checkCommittee(committee, city, LocalDate.of(2026, 2, 28)),
            "RC-HOUSEHOLDS");
    RuleResult march =
        rule(
            CommitteeRules.checkCommittee(committee, city, LocalDate.of(2026, 3, 1)),
            "RC-HOUSEHOLDS");

    assertThat(february.verdict()).isEqualTo(Verdict.VIOLATED);
    assertThat(february.parameters().get(0).period())
        .isEqualTo(EffectivePeriod.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)));
    assertThat(march.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(march.citations()).containsExactly(Citation.of("《芜湖市社区工作条例》", "第八条"));
  }
}
