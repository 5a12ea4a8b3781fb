package io.github.jiceng.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.people.IdentityNumber;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A village's register of voters: each voter once, each registration decided, all masked. */
class VoterRegisterTest {
  private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

  private static IdentityNumber id(String birth, String sequence) {
    String digits = "341802" + birth + sequence;
    return IdentityNumber.of(digits + IdentityNumber.checkCharacter(digits));
  }

  private static VoterRegister.Voter voter(String birth, String sequence) {
    IdentityNumber id = id(birth, sequence);
    return new VoterRegister.Voter(
        id,
        new VoterRegistration(
            id.birthDate(),
            DAY,
            false,
            VoterRegistration.Ground.REGISTERED_AND_LIVING,
            false,
            240,
            false,
            false));
  }

  @Test
  @DisplayName(
      "three voters are three registered voters; the one not yet 18 on the day is refused by"
          + " VOTER-AGE, named by the masked number")
  void decidesEachVoter() {
    VoterRegister register =
        new VoterRegister(
            DAY.minusDays(20),
            DAY,
            List.of(voter("19800101", "001"), voter("19751230", "002"), voter("20080511", "003")));

    List<Decision<Compliance>> decisions = ElectionRules.check(register, NationalDefaults.policy());

    assertThat(register.size()).isEqualTo(3);
    assertThat(decisions)
        .extracting(Decision::outcome)
        .containsExactly(Compliance.COMPLIANT, Compliance.COMPLIANT, Compliance.NON_COMPLIANT);
    assertThat(decisions.get(2).decidingRuleIds()).containsExactly(ElectionRules.VOTER_AGE);
    assertThat(decisions.get(2).subject())
        .isEqualTo("voter " + id("20080511", "003").masked())
        .doesNotContain("20080511");
  }

  @Test
  @DisplayName(
      "a voter registered twice is refused naming the entry and the masked number, never the"
          + " number itself")
  void registeredTwice() {
    VoterRegister.Voter once = voter("19800101", "001");
    String number = once.identity().value();

    assertThatThrownBy(
            () ->
                new VoterRegister(
                    DAY.minusDays(20), DAY, List.of(once, voter("19751230", "002"), once)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("voters[2]")
        .hasMessageContaining("voter " + once.identity().masked() + " is registered twice")
        .hasMessageNotContaining(number);
    assertThatThrownBy(
            () ->
                new VoterRegister.Voter(
                    once.identity(),
                    new VoterRegistration(
                        LocalDate.of(1980, 1, 2),
                        DAY,
                        false,
                        VoterRegistration.Ground.REGISTERED_AND_LIVING,
                        false,
                        240,
                        false,
                        false)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("birthDate")
        .hasMessageNotContaining("1980");
    assertThat(once.toString()).doesNotContain(number).doesNotContain("19800101");
  }
}
