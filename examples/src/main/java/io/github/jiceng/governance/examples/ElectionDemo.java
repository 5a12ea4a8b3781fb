package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.defaults.NationalDefaults;
import io.github.jiceng.governance.election.Candidate;
import io.github.jiceng.governance.election.ElectionRules;
import io.github.jiceng.governance.election.ProxyRelation;
import io.github.jiceng.governance.election.VillageElection;
import io.github.jiceng.governance.openness.MajorMatter;
import io.github.jiceng.governance.openness.OpennessFacts;
import io.github.jiceng.governance.openness.OpennessRules;
import io.github.jiceng.governance.openness.Publication;
import io.github.jiceng.governance.openness.PublicationKind;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.Policy;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The demo's section on a village's committee election and its openness log, under the national
 * law: one round counted, who is elected and why, a second round for the seat left; then the
 * village's notice board on 10 July, with June's finances and a major matter overdue. The village
 * and every number are the example's (the seeds report residents' committees' turnout, which the
 * residents' committee rules, not yet built, will take).
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
}
