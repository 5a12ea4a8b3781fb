package io.github.jiceng.governance.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.people.CreditCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {
  private static final DivisionCode CHENGNAN = DivisionCode.of("341802002006");

  private static SocialOrganisation org(
      SocialOrganisation.Status status,
      @Nullable CreditCode code,
      @Nullable Integer inspected,
      @Nullable LocalDate announced) {
    return new SocialOrganisation(
        "O-1",
        CHENGNAN,
        "城南社区志愿者协会",
        status,
        code,
        LocalDate.of(2020, 5, 1),
        inspected,
        announced,
        1);
  }

  private static Verdict verdict(SocialOrganisation o, Policy policy, LocalDate day, String rule) {
    return OrganisationRules.check(o, policy, day).result(rule).orElseThrow().verdict();
  }

  @Test
  @DisplayName(
      "a grade announced 2021-12-20: valid until 2026-12-19 counted from the announcement, but the"
          + " 2026 revision counts to 2026-12-31; asked either side of 2026-03-01")
  void gradeValidityChanged() {
    SocialOrganisation graded =
        org(SocialOrganisation.Status.FILED, null, null, LocalDate.of(2021, 12, 20));
    Policy national = NationalDefaults.policy();

    var before = OrganisationRules.check(graded, national, LocalDate.of(2026, 2, 1));
    var after = OrganisationRules.check(graded, national, LocalDate.of(2026, 12, 25));

    assertThat(before.result(OrganisationRules.EVALUATION).orElseThrow().reason().en())
        .isEqualTo("the grade announced 2021-12-20 is valid until 2026-12-19");
    assertThat(after.result(OrganisationRules.EVALUATION).orElseThrow().reason().en())
        .isEqualTo("the grade announced 2021-12-20 is valid until 2026-12-31");
    assertThat(after.explain()).contains("2026-03-01施行");
    assertThat(verdict(graded, national, LocalDate.of(2027, 1, 1), OrganisationRules.EVALUATION))
        .isEqualTo(Verdict.VIOLATED);
  }

  @Test
  @DisplayName(
      "a registered organisation needs its credit code, and last year's inspection once the"
          + " locality's month has passed")
  void registered() {
    Policy city =
        Policy.builder("city", "1")
            .basedOn(NationalDefaults.policy())
            .define(
                OrganisationRules.INSPECTION_MONTH,
                ParameterVersion.of(
                    6, EffectivePeriod.from(LocalDate.of(2020, 1, 1)), Citation.of("示例"), "June"))
            .build();
    SocialOrganisation noCode = org(SocialOrganisation.Status.REGISTERED, null, 2024, null);
    SocialOrganisation coded =
        org(SocialOrganisation.Status.REGISTERED, CreditCode.of("51341802MJ0000001M"), 2024, null);

    assertThat(verdict(noCode, city, LocalDate.of(2026, 3, 1), OrganisationRules.CREDIT_CODE))
        .isEqualTo(Verdict.VIOLATED);
    assertThat(verdict(coded, city, LocalDate.of(2026, 6, 30), OrganisationRules.INSPECTION))
        .as("in June 2026 the 2024 inspection is what is due")
        .isEqualTo(Verdict.SATISFIED);
    assertThat(verdict(coded, city, LocalDate.of(2026, 7, 1), OrganisationRules.INSPECTION))
        .as("from July 2026 the 2025 one")
        .isEqualTo(Verdict.VIOLATED);
    assertThat(
            verdict(
                coded,
                NationalDefaults.policy(),
                LocalDate.of(2026, 7, 1),
                OrganisationRules.INSPECTION))
        .as("no national month")
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }
}
