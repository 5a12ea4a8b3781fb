package io.github.jiceng.governance.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PointsRulesTest {
  private static final DivisionCode VILLAGE = DivisionCode.of("341802002201");

  private static final Policy QUARTERLY =
      Policy.builder("village", "1")
          .basedOn(NationalDefaults.policy())
          .define(
              PointsRules.REDEMPTION_MONTHS,
              ParameterVersion.of(
                  3,
                  EffectivePeriod.from(LocalDate.of(2019, 1, 1)),
                  Citation.of("X村《积分管理办法》", "一季度一兑换"),
                  "quarterly"))
          .build();

  private static PointsEntry spend(int seq, LocalDate on) {
    return new PointsEntry("P-1", seq, PointsEntry.Kind.SPEND, 1, null, null, on, "clerk", null);
  }

  private static Verdict redemption(List<PointsEntry> ledger, LocalDate on) {
    PointsAccount account =
        new PointsAccount("P-1", VILLAGE, PointsProgram.MORAL_BANK, "H-1", 10, ledger.size(), 3);
    return PointsRules.check(
            new PointsFacts(account, ledger, spend(ledger.size() + 1, on)), QUARTERLY)
        .result(PointsRules.REDEMPTION_ROUND)
        .orElseThrow()
        .verdict();
  }

  @Test
  @DisplayName(
      "quarterly redemption: after one on 31 March, 1 April opens the next round, 30 June does not")
  void quarters() {
    List<PointsEntry> march = List.of(spend(1, LocalDate.of(2026, 3, 31)));

    assertThat(redemption(march, LocalDate.of(2026, 3, 1))).isEqualTo(Verdict.VIOLATED);
    assertThat(redemption(march, LocalDate.of(2026, 4, 1))).isEqualTo(Verdict.SATISFIED);
    List<PointsEntry> april = List.of(spend(1, LocalDate.of(2026, 4, 1)));
    assertThat(redemption(april, LocalDate.of(2026, 6, 30))).isEqualTo(Verdict.VIOLATED);
    assertThat(redemption(april, LocalDate.of(2027, 4, 1))).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName("without the village's rules only the balance applies; the national policy has none")
  void nothingNational() {
    PointsAccount account =
        new PointsAccount("P-1", VILLAGE, PointsProgram.TIME_BANK, "R-1", 60, 0, 1);
    PointsEntry withdrawal =
        new PointsEntry(
            "P-1", 1, PointsEntry.Kind.SPEND, 60, null, null, LocalDate.of(2026, 3, 1), "c", null);

    var decision =
        PointsRules.check(
            new PointsFacts(account, List.of(), withdrawal), NationalDefaults.policy());

    assertThat(decision.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(decision.result(PointsRules.BALANCE).orElseThrow().verdict())
        .isEqualTo(Verdict.SATISFIED);
    assertThat(decision.result(PointsRules.REDEMPTION_ROUND).orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }
}
