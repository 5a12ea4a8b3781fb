package io.github.jiceng.governance.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Threshold;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A counted round as recorded: who the rules of its day elect, and what a record refuses. */
class ElectionRecordTest {
  private static final Policy NATIONAL = NationalDefaults.policy();
  private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
  private static final List<Candidate> FOUR =
      List.of(
          new Candidate("C2", 500, true, false),
          new Candidate("C1", 580, false, false),
          new Candidate("C3", 90, false, false),
          new Candidate("C4", 20, false, false));

  private static VillageElection village(int ballots) {
    return new VillageElection(
        1200,
        DAY.minusDays(20),
        DAY,
        List.of(),
        2,
        FOUR,
        ballots,
        false,
        false,
        true,
        true,
        true,
        List.of(),
        false);
  }

  private static ResidentsElection residents(int electors, int ballots) {
    return new ResidentsElection(
        ResidentsElection.Way.ALL_RESIDENTS, 0, 0, electors, ballots, 2, FOUR, DAY);
  }

  @Test
  @DisplayName(
      "a valid village round elects those with more than half of the ballots, most votes first;"
          + " with too few voting it elects no one")
  void village() {
    ElectionRecord valid = ElectionRecord.counted("VC-1", village(900), NATIONAL);
    assertThat(valid.decided()).isTrue();
    assertThat(valid.elected()).containsExactly("C1", "C2");
    assertThat(valid.electsWoman()).isTrue();
    assertThat(valid.roundNumber()).isEqualTo(1);

    ElectionRecord invalid = ElectionRecord.counted("VC-1", village(600), NATIONAL);
    assertThat(invalid.decided()).isTrue();
    assertThat(invalid.elected()).as("600 of 1,200 is not more than half").isEmpty();
    assertThat(invalid.electsWoman()).isFalse();
  }

  @Test
  @DisplayName(
      "a residents' round is undecided where no province sets the numbers, and decided under"
          + " one: its turnout first, then the majority")
  void residents() {
    assertThat(ElectionRecord.counted("RC-1", residents(1000, 900), NATIONAL))
        .isEqualTo(new ElectionRecord("RC-1", residents(1000, 900), false, List.of()));

    EffectivePeriod since = EffectivePeriod.from(LocalDate.of(2000, 1, 1));
    Citation measures = Citation.of("某省居民委员会选举办法（示例）");
    Policy province =
        Policy.builder("province", "1")
            .basedOn(NATIONAL)
            .define(
                ElectionRules.RC_VALIDITY,
                ParameterVersion.of(Threshold.moreThan(1, 2), since, measures, "more than half"))
            .define(
                ElectionRules.RC_MAJORITY,
                ParameterVersion.of(Threshold.moreThan(1, 2), since, measures, "more than half"))
            .build();
    assertThat(ElectionRecord.counted("RC-1", residents(1000, 900), province).elected())
        .containsExactly("C1", "C2");
    assertThat(ElectionRecord.counted("RC-1", residents(2000, 900), province).elected())
        .as("900 of 2,000 voted: not valid")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "a second round's woman member may be one the first round elected; its round number is 2")
  void secondRound() {
    VillageElection second =
        new VillageElection(
            1200,
            DAY.minusDays(20),
            DAY.plusDays(7),
            List.of(),
            1,
            List.of(new Candidate("C3", 500, false, false)),
            900,
            true,
            false,
            true,
            true,
            true,
            List.of(),
            false,
            List.of(new Candidate("C2", 500, true, false)));
    ElectionRecord r = ElectionRecord.counted("VC-1", second, NATIONAL);
    assertThat(r.elected()).containsExactly("C3");
    assertThat(r.electsWoman()).isTrue();
    assertThat(r.roundNumber()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "ELECT-COMMITTEE: a candidate still on the villagers' election committee is named (第十二条);"
          + " a committee member named twice is refused")
  void electionCommittee() {
    VillageElection v = village(900);
    VillageElection withCommittee =
        new VillageElection(
            v.registeredVoters(),
            v.registerPublished(),
            v.electionDay(),
            v.objections(),
            v.seats(),
            v.candidates(),
            v.ballotsCast(),
            false,
            false,
            true,
            true,
            true,
            v.proxies(),
            false,
            List.of(),
            List.of("E1", "C3"));

    var d = ElectionRules.check(withCommittee, NATIONAL);
    assertThat(d.decidingRuleIds()).containsExactly(ElectionRules.ELECTION_COMMITTEE);
    assertThat(d.explain()).contains("candidate C3 still sits on the election committee", "第十二条");
    assertThat(ElectionRules.check(v, NATIONAL).result(ElectionRules.ELECTION_COMMITTEE))
        .hasValueSatisfying(
            r ->
                assertThat(r.verdict())
                    .isEqualTo(io.github.jiceng.governance.policy.Verdict.NOT_APPLICABLE));
    assertThatThrownBy(
            () ->
                new VillageElection(
                    1200,
                    DAY.minusDays(20),
                    DAY,
                    List.of(),
                    2,
                    FOUR,
                    900,
                    false,
                    false,
                    true,
                    true,
                    true,
                    List.of(),
                    false,
                    List.of(),
                    List.of("E1", "E1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("electionCommittee");
  }

  @Test
  @DisplayName(
      "a record refuses a candidate not nominated, more elected than seats, one named twice, and"
          + " anyone elected in an undecided round")
  void badInput() {
    assertThatThrownBy(() -> new ElectionRecord("VC-1", village(900), true, List.of("C9")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("elected")
        .hasMessageContaining("candidate C9 was not nominated");
    assertThatThrownBy(
            () -> new ElectionRecord("VC-1", village(900), true, List.of("C1", "C2", "C3")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("3 elected to 2 seats");
    assertThatThrownBy(() -> new ElectionRecord("VC-1", village(900), true, List.of("C1", "C1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("names C1 twice");
    assertThatThrownBy(() -> new ElectionRecord("VC-1", village(900), false, List.of("C1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not decide");
  }

  @Test
  @DisplayName(
      "镜湖区's figures as seed report 000 gives them: 56 of 56 directly elected; 235,893 of"
          + " 311,804 voted, 75.65 % (the report truncates to 75.64 %); areas add up")
  void figures() {
    ElectionFigures jinghu = new ElectionFigures(56, 56, 311_804, 235_893, 56, 56, 56, 40, 50);
    assertThat(jinghu.turnout()).isBetween(0.7564, 0.7566);
    assertThat(jinghu.toString())
        .startsWith(
            "56 committees elected, 56 directly (100.00 %); 235,893 of 311,804 registered voters"
                + " voted (75.65 %)")
        .contains("一肩挑 in 40 of 56 communities with a party tree (71.43 %)");
    ElectionFigures a = new ElectionFigures(30, 30, 150_000, 110_000, 30, 29, 30, 20, 25);
    ElectionFigures b = new ElectionFigures(26, 26, 161_804, 125_893, 26, 26, 26, 20, 25);
    assertThat(ElectionFigures.sum(List.of(a, b)))
        .isEqualTo(new ElectionFigures(56, 56, 311_804, 235_893, 56, 55, 56, 40, 50));
    assertThat(ElectionFigures.NONE.turnout()).isZero();
    assertThatThrownBy(() -> new ElectionFigures(1, 2, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("directlyElected");
  }
}
