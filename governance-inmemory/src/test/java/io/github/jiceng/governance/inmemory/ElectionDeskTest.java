package io.github.jiceng.governance.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.audit.AuditAction;
import io.github.jiceng.governance.audit.AuditRecord;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.base.NotFoundException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionFigures;
import io.github.jiceng.governance.election.ElectionRecord;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.election.VillageElection;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.EffectivePeriod;
import io.github.jiceng.governance.policy.ParameterVersion;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Threshold;
import io.github.jiceng.governance.scope.AccessDeniedException;
import io.github.jiceng.governance.scope.DataScope;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The elections desk over an in-memory store: rounds recorded once, in scope, and counted. */
class ElectionDeskTest {
  private static final DivisionCode ONE = SampleData.communityCode(1);
  private static final DivisionCode TWO = SampleData.communityCode(2);
  private static final DivisionCode VILLAGE = SampleData.communityCode(3);
  private static final LocalDate VOTE = LocalDate.of(2021, 4, 20);

  /** A province's more-than-half for residents' committees (an example, not a real province's). */
  private static final Policy PROVINCE =
      Policy.builder("province", "1")
          .basedOn(NationalDefaults.policy())
          .define(
              ElectionRules.RC_VALIDITY,
              ParameterVersion.of(
                  Threshold.moreThan(1, 2),
                  EffectivePeriod.from(LocalDate.of(2000, 1, 1)),
                  Citation.of("某省居民委员会选举办法（示例）"),
                  "more than half"))
          .define(
              ElectionRules.RC_MAJORITY,
              ParameterVersion.of(
                  Threshold.moreThan(1, 2),
                  EffectivePeriod.from(LocalDate.of(2000, 1, 1)),
                  Citation.of("某省居民委员会选举办法（示例）"),
                  "more than half"))
          .build();

  private final Governance facade =
      Governance.builder()
          .store(new InMemoryGovernanceStore())
          .policy(PROVINCE)
          .clock(Clock.fixed(Instant.parse("2021-05-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")))
          .build();

  @BeforeEach
  void committees() {
    Governance system = facade.asSystem();
    system.divisions().add(SampleData.district());
    system.divisions().add(SampleData.street());
    system.divisions().add(SampleData.community(1, "城南社区"));
    system.divisions().add(SampleData.community(2, "城北社区"));
    system.divisions().add(new AdministrativeDivision(VILLAGE, "水东村", DivisionLevel.VILLAGE, 0));
    system.committees().add(SampleData.residentsCommittee(1, "城南社区居民委员会", 2600));
    system.committees().add(SampleData.residentsCommittee(2, "城北社区居民委员会", 2400));
    system
        .committees()
        .add(
            Committee.builder(VILLAGE.value() + "-VC", CommitteeKind.VILLAGERS)
                .division(VILLAGE)
                .name("水东村民委员会")
                .households(420)
                .term(SampleData.TERM)
                .member("张华", CommitteeRole.DIRECTOR)
                .member("李敏", CommitteeRole.MEMBER)
                .member("王芳", CommitteeRole.MEMBER)
                .build());
    system.scopes().grant("clerk", "社区干部", DataScope.division(ONE));
    system.scopes().grant("street", "街道办事员", DataScope.divisionAndBelow(SampleData.STREET));
  }

  private static ResidentsElection direct(int electors, int ballots, boolean woman) {
    return new ResidentsElection(
        ResidentsElection.Way.ALL_RESIDENTS,
        0,
        0,
        electors,
        ballots,
        2,
        List.of(
            new Candidate("R1", ballots - 100, woman, false),
            new Candidate("R2", ballots - 200, false, false),
            new Candidate("R3", 50, false, false)),
        VOTE);
  }

  @Test
  @DisplayName(
      "a clerk records the community's count once, audited, with who the province's numbers"
          + " elect; a second clerk's record of the same count is refused")
  void recordOnce() {
    Governance clerk = facade.as("clerk");
    ElectionRecord r = clerk.elections().record(ONE.value() + "-RC", direct(5000, 3800, true));

    assertThat(r.decided()).isTrue();
    assertThat(r.elected()).containsExactly("R1", "R2");
    assertThat(clerk.elections().rounds(ONE.value() + "-RC")).containsExactly(r);
    assertThat(facade.asSystem().audit().about(ONE.value() + "-RC", 10))
        .extracting(AuditRecord::action)
        .contains(AuditAction.ELECTION);
    assertThatThrownBy(
            () ->
                facade
                    .as("street")
                    .elections()
                    .record(ONE.value() + "-RC", direct(5000, 3799, true)))
        .isInstanceOf(DuplicateKeyException.class)
        .hasMessageContaining("is already recorded");
    assertThat(clerk.elections().rounds(ONE.value() + "-RC")).containsExactly(r);
  }

  @Test
  @DisplayName(
      "a round of the other kind of committee, a round after today, and a committee outside the"
          + " clerk's scope are refused; nothing is written")
  void refused() {
    Governance clerk = facade.as("clerk");
    VillageElection village =
        new VillageElection(
            1186,
            VOTE.minusDays(25),
            VOTE,
            List.of(),
            1,
            List.of(new Candidate("V1", 600, true, false), new Candidate("V2", 300, false, false)),
            1003,
            false,
            false,
            true,
            true,
            true,
            List.of(),
            false);

    assertThatThrownBy(() -> clerk.elections().record(ONE.value() + "-RC", village))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("kind");
    ResidentsElection later =
        new ResidentsElection(
            ResidentsElection.Way.ALL_RESIDENTS,
            0,
            0,
            100,
            90,
            1,
            List.of(new Candidate("R1", 80, false, false)),
            LocalDate.of(2021, 6, 1));
    assertThatThrownBy(() -> clerk.elections().record(ONE.value() + "-RC", later))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("votedOn");
    assertThatThrownBy(() -> clerk.elections().record(TWO.value() + "-RC", direct(1000, 900, true)))
        .isInstanceOf(NotFoundException.class);
    assertThat(clerk.elections().rounds(TWO.value() + "-RC")).isEmpty();
    assertThat(facade.asSystem().elections().rounds(ONE.value() + "-RC")).isEmpty();
    assertThat(facade.asSystem().elections().check(village).outcome())
        .as("a village round is checked at the desk all the same")
        .isEqualTo(Compliance.COMPLIANT);
  }

  @Test
  @DisplayName(
      "the street's figures add its communities and its village; a community clerk sees only his"
          + " own, and nothing of the district's other streets")
  void figures() {
    Governance system = facade.asSystem();
    system.elections().record(ONE.value() + "-RC", direct(5000, 3800, true));
    system.elections().record(TWO.value() + "-RC", direct(4000, 3000, false));
    system
        .elections()
        .record(
            VILLAGE.value() + "-VC",
            new VillageElection(
                1186,
                VOTE.minusDays(25),
                VOTE,
                List.of(),
                1,
                List.of(
                    new Candidate("V1", 600, true, false), new Candidate("V2", 300, false, false)),
                1003,
                false,
                false,
                true,
                true,
                true,
                List.of(),
                false));
    LocalDate from = LocalDate.of(2021, 1, 1);

    ElectionFigures street = facade.as("street").elections().figures(SampleData.STREET, from, VOTE);
    assertThat(street).isEqualTo(new ElectionFigures(3, 3, 10_186, 7_803, 3, 2, 0, 0, 0));
    assertThat(street.toString())
        .startsWith(
            "3 committees elected, 3 directly (100.00 %); 7,803 of 10,186 registered voters voted"
                + " (76.61 %); 2 of 3 decided committees with a woman member (66.67 %)");
    assertThat(facade.as("clerk").elections().figures(SampleData.STREET, from, VOTE))
        .isEqualTo(new ElectionFigures(1, 1, 5000, 3800, 1, 1, 0, 0, 0));
    assertThatThrownBy(() -> facade.as("clerk").elections().figures(SampleData.STREET, VOTE, from))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                facade.as("clerk").elections().figures(DivisionCode.of("341802002000"), from, VOTE))
        .isInstanceOf(AccessDeniedException.class);
  }
}
