package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.Governance;
import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.inmemory.InMemoryGovernanceStore;
import io.github.jiceng.governance.party.LeaderRole;
import io.github.jiceng.governance.party.PartyMember;
import io.github.jiceng.governance.party.PartyOrganization;
import io.github.jiceng.governance.party.PartyOrganizationKind;
import io.github.jiceng.governance.party.PartyTree;
import io.github.jiceng.governance.party.PlacementKind;
import io.github.jiceng.governance.testkit.SampleData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storing a community's party tree of {@code members} members — a basic-level committee over 100
 * branches of equal size — through the facade into the in-memory store: the validation of every
 * organisation, leader and member, the reference check and the insert. Issue 17 measured the
 * validation growing with the square of the members (4,000: 0.37 s; 16,000: 5.1 s); it must grow
 * linearly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PartyTreeBenchmark {
  private static final LocalDate ADMITTED = LocalDate.of(2015, 7, 1);
  private static final LocalDate CONFIRMED = LocalDate.of(2016, 7, 1);
  private static final Term TERM = Term.ofYears(LocalDate.of(2021, 9, 1), 5);

  @Param({"10000", "100000"})
  int members;

  PartyTree tree;
  Governance governance;

  @Setup(Level.Trial)
  public void buildTree() {
    int branches = 100;
    List<PartyOrganization> children = new ArrayList<>(branches);
    for (int b = 0; b < branches; b++) {
      List<PartyMember> own = new ArrayList<>(members / branches);
      for (int m = 0; m < members / branches; m++) {
        own.add(PartyMember.full("M-" + b + "-" + m, "党员" + m, ADMITTED, CONFIRMED));
      }
      children.add(
          PartyOrganization.builder("B-" + b, PartyOrganizationKind.BRANCH)
              .name("第" + b + "网格党支部")
              .placement(PlacementKind.GRID, "第" + b + "网格")
              .term(TERM)
              .replaceMembers(own)
              .leader("书记" + b, LeaderRole.SECRETARY)
              .build());
    }
    PartyOrganization.Builder root =
        PartyOrganization.builder("ROOT", PartyOrganizationKind.COMMITTEE)
            .name("中共城东社区委员会")
            .placement(PlacementKind.COMMUNITY, "城东社区")
            .term(TERM)
            .leader("城东书记", LeaderRole.SECRETARY);
    children.forEach(root::child);
    tree = PartyTree.of(SampleData.communityCode(1), root.build());
  }

  /** A fresh store with the community recorded, so that every call stores the tree anew. */
  @Setup(Level.Invocation)
  public void freshStore() {
    governance = Governance.builder().store(new InMemoryGovernanceStore()).build().asSystem();
    governance.divisions().add(SampleData.district());
    governance.divisions().add(SampleData.street());
    governance.divisions().add(SampleData.community(1, "城东社区"));
  }

  @Benchmark
  public PartyTree addPartyTree() {
    return governance.party().add(tree);
  }
}
