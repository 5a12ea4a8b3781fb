package io.github.jiceng.governance.care;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.people.CareTag;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareRulesTest {
  private static final CareTag RELEASED = CareTag.UNDER_ASSISTANCE_AND_EDUCATION;

  /** A county's 帮教 rule: at least one talk a quarter (seed report 003). */
  static final Policy COUNTY =
      Policy.builder("county", "1")
          .basedOn(NationalDefaults.policy())
          .define(
              CareRules.roundMonths(RELEASED),
              ParameterVersion.of(
                  3,
                  EffectivePeriod.from(LocalDate.of(2024, 1, 1)),
                  Citation.of("县安置帮教工作报告（种子报告003）", "帮教对象每季度至少谈话一次"),
                  "a talk a quarter"))
          .build();

  @ParameterizedTest(name = "last {0}, asked {1}: {2} days overdue")
  @CsvSource({
    "2026-01-15, 2026-04-10, 0", // Q1 had its talk; Q2 is still running
    "2026-01-15, 2026-06-30, 0",
    "2026-01-15, 2026-07-01, 1", // Q2 ended on 30 June without one
    "2026-01-15, 2026-07-05, 5",
    "2025-12-20, 2026-07-05, 96", // Q1 ended on 31 March without one: overdue since 1 April
    ", 2026-04-10, 10" // none recorded: the last ended round (Q1) counts
  })
  void quarterlyTalks(LocalDate last, LocalDate asOf, long overdue) {
    CareFacts facts = new CareFacts("R-1", RELEASED, last);

    assertThat(CareRules.overdueDays(facts, COUNTY, asOf)).isEqualTo(overdue);
    assertThat(CareRules.check(facts, COUNTY, asOf).outcome())
        .isEqualTo(overdue == 0 ? Compliance.COMPLIANT : Compliance.NON_COMPLIANT);
  }

  @Test
  @DisplayName("the decision explains the round and the days, citing the county's rule")
  void explained() {
    var d =
        CareRules.check(
            new CareFacts("R-1", RELEASED, LocalDate.of(2026, 1, 15)),
            COUNTY,
            LocalDate.of(2026, 7, 5));

    assertThat(d.result(CareRules.CONTACT_DUE).orElseThrow().reason().zh())
        .isEqualTo("上次走访谈话 2026-01-15，周期 3 个月，超期 5 天");
    assertThat(d.explain()).contains("帮教对象每季度至少谈话一次");
  }

  @Test
  @DisplayName("a tag the policy sets no round for is never overdue: no national schedule")
  void noSchedule() {
    CareFacts facts = new CareFacts("R-1", CareTag.EMPTY_NEST_ELDERLY, null);

    assertThat(CareRules.overdueDays(facts, NationalDefaults.policy(), LocalDate.of(2026, 7, 5)))
        .isZero();
    assertThat(
            CareRules.check(facts, NationalDefaults.policy(), LocalDate.of(2026, 7, 5)).outcome())
        .isEqualTo(Compliance.COMPLIANT);
    assertThat(CareRules.roundMonths(CareTag.EMPTY_NEST_ELDERLY).id())
        .isEqualTo("care.contact.empty-nest-elderly.months");
  }
}
