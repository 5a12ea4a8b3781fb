package io.github.jiceng.governance.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.base.InvalidInputException;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.policy.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingRulesTest {
  private static final Policy NATIONAL = NationalDefaults.policy();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

  @ParameterizedTest(name = "{0} counted by {1}: {3} of {2} present → {4}")
  @CsvSource({
    "RESIDENTS_MEETING, ADULTS, 100, 50, VIOLATED",
    "RESIDENTS_MEETING, ADULTS, 100, 51, SATISFIED",
    "RESIDENTS_MEETING, GROUP_REPRESENTATIVES, 24, 13, SATISFIED",
    "VILLAGERS_MEETING, ADULTS, 801, 400, VIOLATED",
    "VILLAGERS_MEETING, ADULTS, 801, 401, SATISFIED",
    "VILLAGERS_MEETING, HOUSEHOLDS, 300, 199, VIOLATED",
    "VILLAGERS_MEETING, HOUSEHOLDS, 300, 200, SATISFIED",
    "VILLAGERS_REPRESENTATIVE_MEETING, REPRESENTATIVES, 45, 29, VIOLATED",
    "VILLAGERS_REPRESENTATIVE_MEETING, REPRESENTATIVES, 45, 30, SATISFIED",
  })
  @DisplayName("quorum: more than half, or 2/3 of households and of representatives")
  void quorum(
      MeetingKind kind, AttendanceBasis basis, int eligible, int present, Verdict expected) {
    Meeting meeting = new Meeting(kind, basis, eligible, present, present, DAY, DAY.minusDays(10));

    Decision<Compliance> decision = CommitteeRules.checkMeeting(meeting, NATIONAL);

    assertThat(decision.result("MEETING-QUORUM").orElseThrow().verdict()).isEqualTo(expected);
  }

  @Test
  @DisplayName(
      "a residents' representative meeting is a meeting kind from 2026-01-01, citing the 2025 revision art. 2; with no national quorum its rules say why")
  void residentsRepresentativeMeeting() {
    Meeting before =
        new Meeting(
            MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING,
            AttendanceBasis.REPRESENTATIVES,
            45,
            30,
            20,
            LocalDate.of(2025, 12, 31),
            null);
    Meeting after =
        new Meeting(
            MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING,
            AttendanceBasis.REPRESENTATIVES,
            45,
            30,
            20,
            LocalDate.of(2026, 1, 1),
            null);

    var quorumBefore =
        CommitteeRules.checkMeeting(before, NATIONAL).result("MEETING-QUORUM").orElseThrow();
    var quorumAfter =
        CommitteeRules.checkMeeting(after, NATIONAL).result("MEETING-QUORUM").orElseThrow();
    var majorityAfter =
        CommitteeRules.checkMeeting(after, NATIONAL).result("MEETING-MAJORITY").orElseThrow();

    assertThat(quorumBefore.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(quorumBefore.reason().en())
        .contains("in the law from 2026-01-01")
        .contains("none on 2025-12-31");
    assertThat(quorumAfter.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(quorumAfter.reason().en())
        .contains("meeting.residents-representatives.quorum")
        .contains("has not found");
    assertThat(quorumAfter.cites("第二条第二款")).isTrue();
    assertThat(majorityAfter.reason().en()).contains("meeting.residents-representatives.majority");
    assertThatThrownBy(
            () ->
                new Meeting(
                    MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING,
                    AttendanceBasis.ADULTS,
                    45,
                    30,
                    20,
                    DAY,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("basis");
  }

  @ParameterizedTest(name = "{1} of 45 representatives present, {2} for → quorum {3}, majority {4}")
  @CsvSource({
    "2/3, 29, 20, VIOLATED, SATISFIED",
    "2/3, 30, 15, SATISFIED, VIOLATED",
    "2/3, 30, 16, SATISFIED, SATISFIED"
  })
  @DisplayName(
      "a city that sets the residents' representative meeting's numbers gets them applied at their boundaries, with its citation")
  void residentsRepresentativeMeetingWithCityNumbers(
      String quorum, int present, int votesFor, Verdict quorumVerdict, Verdict majorityVerdict) {
    String[] q = quorum.split("/");
    io.github.jiceng.governance.policy.Citation city =
        io.github.jiceng.governance.policy.Citation.of("某市社区居民代表会议规则（示例）", "第六条");
    Policy withNumbers =
        Policy.builder("city", "2026.1")
            .basedOn(NATIONAL)
            .define(
                CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_QUORUM,
                io.github.jiceng.governance.policy.ParameterVersion.of(
                    io.github.jiceng.governance.policy.Threshold.atLeast(
                        Integer.parseInt(q[0]), Integer.parseInt(q[1])),
                    io.github.jiceng.governance.policy.EffectivePeriod.from(
                        LocalDate.of(2026, 1, 1)),
                    city,
                    "city"))
            .define(
                CommitteeLaw.RESIDENTS_REPRESENTATIVE_MEETING_MAJORITY,
                io.github.jiceng.governance.policy.ParameterVersion.of(
                    io.github.jiceng.governance.policy.Threshold.moreThan(1, 2),
                    io.github.jiceng.governance.policy.EffectivePeriod.from(
                        LocalDate.of(2026, 1, 1)),
                    city,
                    "city"))
            .build();
    Meeting meeting =
        new Meeting(
            MeetingKind.RESIDENTS_REPRESENTATIVE_MEETING,
            AttendanceBasis.REPRESENTATIVES,
            45,
            present,
            votesFor,
            DAY,
            null);

    Decision<Compliance> decision = CommitteeRules.checkMeeting(meeting, withNumbers);

    assertThat(decision.result("MEETING-QUORUM").orElseThrow().verdict()).isEqualTo(quorumVerdict);
    assertThat(decision.result("MEETING-MAJORITY").orElseThrow().verdict())
        .isEqualTo(majorityVerdict);
    assertThat(decision.result("MEETING-QUORUM").orElseThrow().cites("某市社区居民代表会议规则")).isTrue();
  }

  @Test
  @DisplayName("a decision needs more than half of those present: 25 of 50 fails, 26 passes")
  void majority() {
    Meeting tie =
        new Meeting(
            MeetingKind.RESIDENTS_MEETING, AttendanceBasis.HOUSEHOLDS, 80, 50, 25, DAY, null);
    Meeting won =
        new Meeting(
            MeetingKind.RESIDENTS_MEETING, AttendanceBasis.HOUSEHOLDS, 80, 50, 26, DAY, null);

    Decision<Compliance> lost = CommitteeRules.checkMeeting(tie, NATIONAL);

    assertThat(lost.outcome()).isEqualTo(Compliance.NON_COMPLIANT);
    assertThat(lost.result("MEETING-MAJORITY").orElseThrow().reason().en())
        .isEqualTo("25 of 50 voted for; the law requires more than half (at least 26)");
    assertThat(CommitteeRules.checkMeeting(won, NATIONAL).outcome())
        .isEqualTo(Compliance.COMPLIANT);
  }

  @Test
  @DisplayName(
      "a villagers' meeting needs 10 days' notice; residents' meetings are not bound by it")
  void notice() {
    Meeting nineDays =
        new Meeting(
            MeetingKind.VILLAGERS_MEETING,
            AttendanceBasis.ADULTS,
            100,
            60,
            40,
            DAY,
            DAY.minusDays(9));
    Meeting tenDays =
        new Meeting(
            MeetingKind.VILLAGERS_MEETING,
            AttendanceBasis.ADULTS,
            100,
            60,
            40,
            DAY,
            DAY.minusDays(10));
    Meeting none =
        new Meeting(MeetingKind.VILLAGERS_MEETING, AttendanceBasis.ADULTS, 100, 60, 40, DAY, null);
    Meeting residents =
        new Meeting(MeetingKind.RESIDENTS_MEETING, AttendanceBasis.ADULTS, 100, 60, 40, DAY, null);

    assertThat(verdict(nineDays, "VC-MEETING-NOTICE")).isEqualTo(Verdict.VIOLATED);
    assertThat(verdict(tenDays, "VC-MEETING-NOTICE")).isEqualTo(Verdict.SATISFIED);
    assertThat(verdict(none, "VC-MEETING-NOTICE")).isEqualTo(Verdict.VIOLATED);
    assertThat(verdict(residents, "VC-MEETING-NOTICE")).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @ParameterizedTest(name = "request to convene a {0} by {1}: {3} of {2} → {4}")
  @CsvSource({
    "RESIDENTS_MEETING, ADULTS, 1000, 199, NOT_REQUIRED",
    "RESIDENTS_MEETING, ADULTS, 1000, 200, MUST_CONVENE",
    "RESIDENTS_MEETING, HOUSEHOLDS, 501, 101, MUST_CONVENE",
    "RESIDENTS_MEETING, HOUSEHOLDS, 501, 100, NOT_REQUIRED",
    "RESIDENTS_MEETING, GROUP_REPRESENTATIVES, 9, 3, MUST_CONVENE",
    "RESIDENTS_MEETING, GROUP_REPRESENTATIVES, 10, 3, NOT_REQUIRED",
    "VILLAGERS_MEETING, ADULTS, 1000, 100, MUST_CONVENE",
    "VILLAGERS_MEETING, ADULTS, 1000, 99, NOT_REQUIRED",
    "VILLAGERS_MEETING, REPRESENTATIVES, 30, 10, MUST_CONVENE",
    "VILLAGERS_REPRESENTATIVE_MEETING, REPRESENTATIVES, 30, 6, MUST_CONVENE",
    "VILLAGERS_REPRESENTATIVE_MEETING, REPRESENTATIVES, 30, 5, NOT_REQUIRED",
  })
  @DisplayName(
      "convening thresholds: 1/5 of adults or households, 1/3 of groups; 1/10 of villagers, 1/3 or 1/5 of representatives")
  void convening(
      MeetingKind kind,
      AttendanceBasis basis,
      int eligible,
      int requesting,
      ConveningOutcome expected) {
    Decision<ConveningOutcome> decision =
        CommitteeRules.checkConvening(
            new ConveningRequest(kind, basis, eligible, requesting), NATIONAL, DAY);

    assertThat(decision.outcome()).isEqualTo(expected);
  }

  @Test
  @DisplayName("a request on a basis the law does not name obliges nobody, and says so")
  void conveningOnUnknownBasis() {
    Decision<ConveningOutcome> decision =
        CommitteeRules.checkConvening(
            new ConveningRequest(
                MeetingKind.VILLAGERS_MEETING, AttendanceBasis.HOUSEHOLDS, 300, 300),
            NATIONAL,
            DAY);

    assertThat(decision.outcome()).isEqualTo(ConveningOutcome.NOT_REQUIRED);
    assertThat(decision.notApplicable())
        .singleElement()
        .satisfies(r -> assertThat(r.reason().en()).contains("sets no threshold"));
  }

  @Test
  @DisplayName(
      "representative meeting: 1 per 5–15 households, 4/5 villagers' representatives, 1/3 women")
  void representativeAssembly() {
    Decision<Compliance> good =
        CommitteeRules.checkRepresentativeAssembly(
            new RepresentativeAssembly(450, 40, 35, 14), NATIONAL, DAY);
    Decision<Compliance> bad =
        CommitteeRules.checkRepresentativeAssembly(
            new RepresentativeAssembly(450, 40, 25, 13), NATIONAL, DAY);

    assertThat(good.outcome()).isEqualTo(Compliance.COMPLIANT);
    assertThat(bad.decidingRules())
        .extracting(r -> r.ruleId())
        .containsExactlyInAnyOrder("VRM-SIZE", "VRM-VILLAGER-SHARE", "VRM-WOMEN-SHARE");
  }

  @Test
  @DisplayName("inconsistent meeting figures are rejected with the field named")
  void badMeeting() {
    assertThatThrownBy(
            () ->
                new Meeting(
                    MeetingKind.RESIDENTS_MEETING, AttendanceBasis.ADULTS, 10, 11, 0, DAY, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid Meeting: present: must be between 0 and eligible");
    assertThatThrownBy(
            () ->
                new Meeting(
                    MeetingKind.RESIDENTS_MEETING,
                    AttendanceBasis.REPRESENTATIVES,
                    10,
                    5,
                    0,
                    DAY,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("basis");
  }

  private static Verdict verdict(Meeting meeting, String ruleId) {
    return CommitteeRules.checkMeeting(meeting, NATIONAL).result(ruleId).orElseThrow().verdict();
  }
}
