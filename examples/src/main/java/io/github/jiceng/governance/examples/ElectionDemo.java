package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.access.AccessPolicyFile;
import io.github.jiceng.governance.base.DuplicateKeyException;
import io.github.jiceng.governance.committee.Committee;
import io.github.jiceng.governance.committee.CommitteeKind;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.division.AdministrativeDivision;
import io.github.jiceng.governance.division.DivisionCode;
import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionFigures;
import io.github.jiceng.governance.election.ElectionRecord;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.ProxyRelation;
import io.github.jiceng.governance.election.ResidentsElection;
import io.github.jiceng.governance.election.VillageElection;
import io.github.jiceng.governance.openness.MajorMatter;
import io.github.jiceng.governance.openness.OpennessFacts;
import io.github.jiceng.governance.openness.OpennessRules;
import io.github.jiceng.governance.openness.Publication;
import io.github.jiceng.governance.openness.PublicationKind;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.spi.GovernanceStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's section on a village's committee election and its openness log, under the national
 * law: one round counted, who is elected and why, a second round for the seat left; then the
 * village's notice board on 10 July, with June's finances and a major matter overdue. The village
 * and every number are the example's. Then {@link #jinghu}: seed report 000's residents' committee
 * elections in 镜湖区, stored and counted by the store.
 */
final class ElectionDemo {
  private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

  private ElectionDemo() {}

  static void run(PrintStream out) {
    Policy national = NationalDefaults.policy();
    List<Candidate> candidates =
        List.of(
            new Candidate("SD-C1", 812, false, false),
            new Candidate("SD-C2", 745, true, false),
            new Candidate("SD-C3", 488, false, false),
            new Candidate("SD-C4", 431, false, false),
            new Candidate("SD-C5", 202, true, false));
    VillageElection first =
        new VillageElection(
            1186,
            DAY.minusDays(21),
            DAY,
            List.of(),
            3,
            candidates,
            1003,
            false,
            false,
            true,
            true,
            true,
            List.of(ProxyRelation.SPOUSE, ProxyRelation.CHILD),
            true);
    Decision<Compliance> d = ElectionRules.check(first, national);
    out.println("== 换届选举 / Villagers' committee election: 水东村 (example), " + DAY + " ==");
    out.println("  " + d.result(ElectionRules.TURNOUT).orElseThrow().reason().en());
    out.println("  " + d.result(ElectionRules.ELECTED).orElseThrow().reason().zh());
    out.println(
        "  elected: "
            + ElectionRules.elected(first, national).stream()
                .map(Candidate::key)
                .collect(Collectors.joining(", ")));
    VillageElection second =
        new VillageElection(
            1186,
            DAY.minusDays(21),
            DAY.plusDays(7),
            List.of(),
            1,
            List.of(
                new Candidate("SD-C3", 517, false, false),
                new Candidate("SD-C4", 402, false, false)),
            968,
            true,
            false,
            true,
            true,
            true,
            List.of(),
            false,
            ElectionRules.elected(first, national));
    Decision<Compliance> again = ElectionRules.check(second, national);
    out.println(
        "  另行选举 / second round "
            + second.electionDay()
            + ": "
            + again.result(ElectionRules.ELECTED).orElseThrow().reason().zh()
            + " — "
            + again.outcome().label().zh());

    LocalDate july10 = LocalDate.of(2026, 7, 10);
    OpennessFacts board =
        new OpennessFacts(
            "水东村村委会",
            true,
            List.of(
                new Publication(PublicationKind.ORDINARY, LocalDate.of(2026, 6, 28), null),
                new Publication(PublicationKind.FINANCES, LocalDate.of(2026, 5, 31), null)),
            List.of(new MajorMatter("village-road-funds", LocalDate.of(2026, 7, 1))));
    out.println("== 村务公开 / Openness: 水东村 (example), as of " + july10 + " ==");
    for (OpennessRules.Overdue o : OpennessRules.overdue(board, national, july10)) {
      out.println("  " + o.ruleId() + " " + o.what().zh() + ": overdue " + o.days() + " days");
    }
  }

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DivisionCode JINGHU = DivisionCode.of("340202000000");
  private static final LocalDate VOTED = LocalDate.of(2026, 5, 16);
  private static final int STREETS = 11;
  private static final int COMMUNITIES = 56;
  private static final int REGISTERED = 311_804;
  private static final int VOTED_BALLOTS = 235_893;

  /**
   * Seed report 000's 镜湖区: "11个街道56个社区全部采取直选方式……共登记选民311804名，参加正式选举投票的有235893名，参选率达75.64%". Each of
   * the 56 residents' committees' rounds is recorded at the elections desk, and the store counts
   * the district's figures (in SQL on the demo's H2). The totals are the report's; how they split
   * between communities, the communities' names but 西洋里's, the candidates and the day are the
   * example's. Who is elected is decided under {@code example-province-elections.yaml}'s
   * more-than-half — the example's numbers, as no province's were verified for the library. The
   * party figures beside them are 宣州区's, from the party tree the demo stored earlier.
   */
  static void jinghu(GovernanceStore store, PrintStream out) {
    Clock clock = Clock.fixed(VOTED.plusDays(1).atStartOfDay(CHINA).toInstant(), CHINA);
    Governance g =
        Governance.builder().store(store).policy(province()).clock(clock).build().asSystem();
    g.divisions().add(new AdministrativeDivision(JINGHU, "镜湖区", DivisionLevel.DISTRICT, 0));
    for (int street = 1; street <= STREETS; street++) {
      g.divisions()
          .add(
              new AdministrativeDivision(
                  code(street, 0), "镜湖示例" + street + "街道", DivisionLevel.STREET, 0));
    }
    List<String> committees = new ArrayList<>();
    for (int n = 0; n < COMMUNITIES; n++) {
      int street = n < 6 ? 1 : 2 + (n - 6) / 5; // 6 communities in the first street, 5 in the rest
      DivisionCode community = code(street, n + 1);
      String name = n == 0 ? "西洋里社区" : "镜湖示例" + (n + 1) + "社区";
      g.divisions().add(new AdministrativeDivision(community, name, DivisionLevel.COMMUNITY, 0));
      Committee c =
          g.committees()
              .add(
                  Committee.builder(community.value() + "-RC", CommitteeKind.RESIDENTS)
                      .division(community)
                      .name(name + "居民委员会")
                      .households(2000)
                      .term(Term.ofYears(VOTED, 5))
                      .build());
      committees.add(c.id());
      g.elections().record(c.id(), round(share(REGISTERED, n), share(VOTED_BALLOTS, n)));
    }
    ElectionFigures f = g.elections().figures(JINGHU, VOTED.withDayOfYear(1), VOTED);
    out.println("== 换届选举 / Residents' committee elections: 镜湖区, seed report 000 ==");
    out.println(
        "  (11 streets, 56 communities; the totals are the report's, their split, the names but"
            + " 西洋里 and the day the example's)");
    out.println("  " + f.committeesElected() + " committees, " + f.directlyElected() + " directly");
    out.println(
        String.format(
            java.util.Locale.ROOT,
            "  %,d of %,d registered voters voted: %.2f %% (the report truncates it to 75.64 %%)",
            f.voted(),
            f.registeredVoters(),
            f.turnout() * 100));
    out.println(
        "  "
            + f.withWomanMember()
            + " of "
            + f.decided()
            + " committees elected a woman (under a province's more-than-half: the example's)");
    ElectionRecord xiyangli = g.elections().rounds(committees.get(0)).get(0);
    out.println(
        "  西洋里社区: "
            + g.elections()
                .check((ResidentsElection) xiyangli.round())
                .result(ElectionRules.RC_TURNOUT)
                .orElseThrow()
                .reason()
                .en());
    try {
      g.elections().record(committees.get(0), xiyangli.round());
    } catch (DuplicateKeyException twice) {
      out.println("  a second clerk records the same count: refused — " + twice.getMessage());
    }
    ElectionFigures xuanzhou = g.elections().figures(DivisionCode.of("341802000000"), VOTED, VOTED);
    out.println(
        "  宣州区's party data: 一肩挑 in "
            + xuanzhou.oneShoulder()
            + " of "
            + xuanzhou.partyCommunities()
            + " communities with a party tree, cross-appointment in "
            + xuanzhou.crossAppointed());
  }

  private static DivisionCode code(int street, int community) {
    return DivisionCode.of(String.format("340202%03d%03d", street, community));
  }

  /**
   * Community {@code n}'s share of {@code total}: as even as can be, the remainder to the first.
   */
  private static int share(int total, int n) {
    return total / COMMUNITIES + (n < total % COMMUNITIES ? 1 : 0);
  }

  /** A direct round for 5 seats, six candidates, the first of them a woman. */
  private static ResidentsElection round(int electors, int ballots) {
    List<Candidate> six = new ArrayList<>();
    double[] shares = {0.92, 0.88, 0.83, 0.79, 0.71, 0.24};
    for (int i = 0; i < shares.length; i++) {
      six.add(new Candidate("JH-C" + (i + 1), (int) (ballots * shares[i]), i == 0, false));
    }
    return new ResidentsElection(
        ResidentsElection.Way.ALL_RESIDENTS, 0, 0, electors, ballots, 5, six, VOTED);
  }

  /** The province's numbers: the sample file's more-than-half, which says it is the example's. */
  private static Policy province() {
    String file = "example-province-elections.yaml";
    return AccessPolicyFile.read(SampleFiles.text(file), file).parameters();
  }
}
