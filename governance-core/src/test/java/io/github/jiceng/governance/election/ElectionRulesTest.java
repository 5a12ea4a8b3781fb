package io.github.jiceng.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A village's committee election and a recall under the national law. */
class ElectionRulesTest {
  private static final Policy NATIONAL = NationalDefaults.policy();
  private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

  private static VillageElection election(
      LocalDate published, int ballots, List<Candidate> candidates, boolean secondRound) {
    return new VillageElection(
        1200,
        published,
        DAY,
        List.of(),
        3,
        candidates,
        ballots,
        secondRound,
        false,
        true,
        true,
        true,
        List.of(),
        false);
  }

  private static final List<Candidate> FIVE =
      List.of(
          new Candidate("C1", 800, false, false),
          new Candidate("C2", 700, true, false),
          new Candidate("C3", 650, false, false),
          new Candidate("C4", 400, false, false),
          new Candidate("C5", 300, false, false));

  @Test
  @DisplayName(
      "1,010 of 1,200 registered voters voted (84.17 %), more than half: valid; three of five"
          + " candidates have more than half of the ballots, the seats are filled, a woman among"
          + " them")
  void aValidElection() {
    Decision<Compliance> d =
        ElectionRules.check(election(DAY.minusDays(20), 1010, FIVE, false), NATIONAL);

    assertThat(d.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(d.explain())
        .contains("1,010 of 1,200 registered voters voted: 84.17 %, more than half — valid")
        .contains("3 elected in the first round")
        .contains("第十五条");
    assertThat(ElectionRules.elected(election(DAY.minusDays(20), 1010, FIVE, false), NATIONAL))
        .extracting(Candidate::key)
        .containsExactly("C1", "C2", "C3");
  }

  @Test
  @DisplayName(
      "a register published 19 days before, 600 of 1,200 voting (not more than half), and only"
          + " two of three seats filled are each named")
  void whatFails() {
    Decision<Compliance> late =
        ElectionRules.check(election(DAY.minusDays(19), 1010, FIVE, false), NATIONAL);
    Decision<Compliance> thin =
        ElectionRules.check(
            election(
                DAY.minusDays(20),
                600,
                List.of(
                    new Candidate("C1", 500, true, false), new Candidate("C2", 400, false, false),
                    new Candidate("C3", 300, false, false), new Candidate("C4", 200, false, false)),
                false),
            NATIONAL);

    assertThat(late.decidingRuleIds()).containsExactly(ElectionRules.REGISTER);
    assertThat(late.explain()).contains("published 19 days before the vote; the law asks 20");
    assertThat(thin.decidingRuleIds())
        .containsExactly(ElectionRules.TURNOUT, ElectionRules.ELECTED);
    assertThat(thin.explain()).contains("1 seats left for another round");
  }

  @Test
  @DisplayName(
      "in a second round the most votes win if they reach a third of the ballots: 340 of 1,010"
          + " does, 336 does not")
  void secondRound() {
    List<Candidate> two =
        List.of(new Candidate("C4", 340, true, false), new Candidate("C5", 336, false, false));
    VillageElection round =
        new VillageElection(
            1200,
            DAY.minusDays(30),
            DAY,
            List.of(),
            2,
            two,
            1010,
            true,
            false,
            true,
            true,
            true,
            List.of(),
            false);

    assertThat(ElectionRules.elected(round, NATIONAL))
        .extracting(Candidate::key)
        .containsExactly("C4");
    assertThat(ElectionRules.check(round, NATIONAL).decidingRuleIds())
        .containsExactly(ElectionRules.CANDIDATES, ElectionRules.ELECTED);
  }

  @Test
  @DisplayName(
      "a proxy who is a neighbour, an unpublished list of proxies, no woman elected, an objection"
          + " decided after four days: each rule names its own")
  void proxiesWomenObjections() {
    List<Candidate> men =
        List.of(
            new Candidate("C1", 900, false, false),
            new Candidate("C2", 800, false, false),
            new Candidate("C3", 700, false, false),
            new Candidate("C4", 100, true, false));
    VillageElection e =
        new VillageElection(
            1200,
            DAY.minusDays(25),
            DAY,
            List.of(
                new Objection(DAY.minusDays(23), DAY.minusDays(19)),
                new Objection(DAY.minusDays(10), null)),
            3,
            men,
            1010,
            false,
            false,
            true,
            true,
            true,
            List.of(ProxyRelation.SPOUSE, ProxyRelation.OTHER),
            false);

    Decision<Compliance> d = ElectionRules.check(e, NATIONAL);

    assertThat(d.decidingRuleIds())
        .containsExactly(ElectionRules.OBJECTIONS, ElectionRules.WOMAN, ElectionRules.PROXIES);
    assertThat(d.explain())
        .contains("1 objections raised within 5 days, 1 not decided within 3 days")
        .contains("2 proxy votes, 1 by someone not a close relative, the list not published");
  }

  @Test
  @DisplayName(
      "bad counts are refused naming the field: votes above the ballots cast, a candidate named"
          + " twice, more ballots than voters")
  void badCounts() {
    assertThatThrownBy(
            () ->
                election(
                    DAY.minusDays(20), 100, List.of(new Candidate("C1", 101, false, false)), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("candidates")
        .hasMessageContaining("101 votes, more than the 100 ballots cast");
    assertThatThrownBy(
            () ->
                election(
                    DAY.minusDays(20),
                    100,
                    List.of(
                        new Candidate("C1", 10, false, false),
                        new Candidate("C1", 5, false, false)),
                    false))
        .hasMessageContaining("more than once");
    assertThatThrownBy(() -> election(DAY.minusDays(20), 1300, FIVE, false))
        .hasMessageContaining("ballotsCast");
  }

  @Test
  @DisplayName(
      "a recall asked by a fifth of the voters, voted by more than half and carried by more than"
          + " half of those voting; asked by too few it is not")
  void recall() {
    assertThat(ElectionRules.check(new Recall(1200, 240, 40, 0, 700, 400), NATIONAL, DAY).outcome())
        .isEqualTo(Compliance.COMPLIANT);
    assertThat(
            ElectionRules.check(new Recall(1200, 100, 40, 14, 700, 400), NATIONAL, DAY).outcome())
        .as("a third of the representatives is enough")
        .isEqualTo(Compliance.COMPLIANT);
    Decision<Compliance> few =
        ElectionRules.check(new Recall(1200, 239, 40, 13, 600, 301), NATIONAL, DAY);
    assertThat(few.decidingRuleIds())
        .containsExactly(ElectionRules.RECALL_REQUEST, ElectionRules.RECALL_TURNOUT);
  }

  @Test
  @DisplayName(
      "the register: 18 on the election day, not deprived, on one of the three grounds, in one"
          + " village only — a newcomer of eleven months is not yet admitted")
  void voters() {
    VoterRegistration.Ground living = VoterRegistration.Ground.REGISTERED_AND_LIVING;
    assertThat(
            ElectionRules.check(
                    new VoterRegistration(
                        DAY.minusYears(18), DAY, false, living, false, 0, false, false),
                    NATIONAL)
                .outcome())
        .isEqualTo(Compliance.COMPLIANT);
    Decision<Compliance> young =
        ElectionRules.check(
            new VoterRegistration(
                DAY.minusYears(18).plusDays(1), DAY, false, living, false, 0, false, false),
            NATIONAL);
    assertThat(young.decidingRuleIds()).containsExactly(ElectionRules.VOTER_AGE);
    Decision<Compliance> newcomer =
        ElectionRules.check(
            new VoterRegistration(
                DAY.minusYears(40),
                DAY,
                false,
                VoterRegistration.Ground.LIVING_NOT_REGISTERED,
                true,
                11,
                true,
                true),
            NATIONAL);
    assertThat(newcomer.decidingRuleIds())
        .containsExactly(ElectionRules.VOTER_GROUND, ElectionRules.VOTER_ONE_PLACE);
    assertThat(newcomer.explain()).contains("living here 11 months (12 needed)");
  }

  @Test
  @DisplayName(
      "a second round's committee is the first round's members and its own: the woman elected"
          + " first counts, and a first round cannot claim members elected before it")
  void womanAcrossRounds() {
    List<Candidate> first =
        List.of(new Candidate("C1", 0, false, false), new Candidate("C2", 0, true, false));
    VillageElection round =
        new VillageElection(
            1200,
            DAY.minusDays(30),
            DAY,
            List.of(),
            1,
            List.of(new Candidate("C3", 517, false, false), new Candidate("C4", 402, false, false)),
            968,
            true,
            false,
            true,
            true,
            true,
            List.of(),
            false,
            first);

    assertThat(ElectionRules.check(round, NATIONAL).outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThatThrownBy(
            () ->
                new VillageElection(
                    1200,
                    DAY.minusDays(30),
                    DAY,
                    List.of(),
                    1,
                    round.candidates(),
                    968,
                    false,
                    false,
                    true,
                    true,
                    true,
                    List.of(),
                    false,
                    first))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("electedBefore");
  }

  @Test
  @DisplayName(
      "a residents' committee: the law's three ways and 2–3 representatives a group nationally;"
          + " turnout and majority only where a province sets them — 镜湖区's 235,893 of 311,804"
          + " (75.65 %; seed report 000 truncates it to 75.64 %) under a province's more-than-half")
  void residentsCommittee() {
    List<Candidate> five =
        List.of(
            new Candidate("R1", 3000, true, false),
            new Candidate("R2", 2900, false, false),
            new Candidate("R3", 2800, false, false),
            new Candidate("R4", 2700, false, false),
            new Candidate("R5", 2600, false, false));
    ResidentsElection direct =
        new ResidentsElection(
            ResidentsElection.Way.ALL_RESIDENTS, 0, 0, 311_804, 235_893, 5, five, DAY);
    Decision<Compliance> national = ElectionRules.check(direct, NATIONAL);
    assertThat(national.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(national.result(ElectionRules.RC_TURNOUT).orElseThrow().verdict())
        .isEqualTo(io.github.jiceng.governance.policy.Verdict.NOT_APPLICABLE);

    Policy province =
        Policy.builder("province", "1")
            .basedOn(NATIONAL)
            .define(
                ElectionRules.RC_VALIDITY,
                io.github.jiceng.governance.policy.ParameterVersion.of(
                    io.github.jiceng.governance.policy.Threshold.moreThan(1, 2),
                    io.github.jiceng.governance.policy.EffectivePeriod.from(
                        LocalDate.of(2000, 1, 1)),
                    io.github.jiceng.governance.policy.Citation.of("某省居民委员会选举办法（示例）"),
                    "more than half"))
            .build();
    assertThat(ElectionRules.check(direct, province).explain())
        .contains("235,893 of 311,804 registered voters voted: 75.65 %, more than half — valid");

    List<Candidate> few =
        List.of(new Candidate("R1", 50, true, false), new Candidate("R2", 40, false, false));
    ResidentsElection groups =
        new ResidentsElection(
            ResidentsElection.Way.GROUP_REPRESENTATIVES, 20, 61, 61, 60, 1, few, DAY);
    assertThatThrownBy(
            () ->
                new ResidentsElection(
                    ResidentsElection.Way.GROUP_REPRESENTATIVES, 20, 61, 60, 60, 1, few, DAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("representatives");
    assertThat(ElectionRules.check(groups, NATIONAL).decidingRuleIds())
        .containsExactly(ElectionRules.RC_WAY);
  }
}
