package io.github.jiceng.governance.access;

import static io.github.jiceng.governance.access.AccessFixture.CHENGDONG;
import static io.github.jiceng.governance.access.AccessFixture.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.policy.Decision;
import io.github.jiceng.governance.policy.RuleResult;
import io.github.jiceng.governance.policy.Verdict;
import io.github.jiceng.governance.policy.Verdicts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of task access that must hold whatever a request carries. */
class AccessPropertiesTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  @Provide
  Arbitrary<TaskRequest> requests() {
    Arbitrary<String> item =
        Arbitraries.of("D-01", "X-01", "X-02", "N-01", "C-01", "Z-99", "").injectNull(0.1);
    Arbitrary<TaskKind> kind = Arbitraries.of(TaskKind.class);
    Arbitrary<Channel> channel = Arbitraries.of(Channel.class);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    Arbitrary<List<String>> forms = Arbitraries.of("F-01", "F-99").list().ofMaxSize(2);
    Arbitrary<List<String>> certificates =
        Arbitraries.of("C-01", "D-01", "无犯罪记录证明").list().ofMaxSize(2);
    Arbitrary<List<String>> demands = Arbitraries.of("QUOTA", "PHOTO").list().ofMaxSize(2);
    Arbitrary<List<Inspection>> inspections =
        Arbitraries.of(Inspection.unified("考评"), Inspection.separate("督查")).list().ofMaxSize(2);
    Arbitrary<Integer> applied = Arbitraries.integers().between(0, 700);
    Arbitrary<Integer> lead = Arbitraries.integers().between(0, 90);
    Arbitrary<Integer> length = Arbitraries.integers().between(-1, 60);
    return Combinators.combine(
            Combinators.combine(item, kind, channel, flag, flag)
                .as((i, k, ch, au, fu) -> java.util.Arrays.asList(i, k, ch, au, fu)),
            Combinators.combine(forms, certificates, demands, inspections).as(List::of),
            Combinators.combine(applied, lead, length).as(List::of))
        .as(
            (a, b, c) -> {
              String code = (String) a.get(0);
              LocalDate appliedOn = START.plusDays((Integer) c.get(0));
              LocalDate start = appliedOn.plusDays((Integer) c.get(1));
              int days = (Integer) c.get(2);
              @SuppressWarnings("unchecked")
              TaskRequest.Builder builder =
                  TaskRequest.builder("P-1")
                      .department("区民政局")
                      .title("任务")
                      .item(code == null || code.isEmpty() ? null : code)
                      .communities(CHENGDONG)
                      .kind((TaskKind) a.get(1))
                      .channel((Channel) a.get(2))
                      .attached((Boolean) a.get(3), (Boolean) a.get(4))
                      .forms(((List<String>) b.get(0)).toArray(String[]::new))
                      .certificates(((List<String>) b.get(1)).toArray(String[]::new))
                      .demands(((List<String>) b.get(2)).toArray(String[]::new))
                      .appliedOn(appliedOn)
                      .period(start, days < 0 ? null : start.plusDays(days));
              ((List<Inspection>) b.get(3)).forEach(builder::inspection);
              return builder.build();
            });
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 729).map(START::plusDays);
  }

  @Property(tries = 400)
  void negativeListIsNeverAdmitted(
      @ForAll("requests") TaskRequest request, @ForAll("days") LocalDate asOf) {
    Decision<AccessOutcome> decision = POLICY.decide(request, CHENGDONG, asOf);
    if (decision.result("A1").orElseThrow().verdict() == Verdict.VIOLATED) {
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
      assertThat(decision.decidingRules()).extracting(RuleResult::ruleId).contains("A1");
    }
  }

  @Property(tries = 400)
  void anyViolatedProhibitionRefuses(
      @ForAll("requests") TaskRequest request, @ForAll("days") LocalDate asOf) {
    Decision<AccessOutcome> decision = POLICY.decide(request, CHENGDONG, asOf);
    boolean prohibited =
        decision.results().stream()
            .anyMatch(
                r ->
                    AccessRules.PROHIBITIONS.contains(r.ruleId())
                        && r.verdict() == Verdict.VIOLATED);
    if (prohibited) {
      assertThat(decision.outcome()).isEqualTo(AccessOutcome.REFUSED);
    }
  }

  @Property(tries = 400)
  void admittedAlwaysHasAGrantingRule(
      @ForAll("requests") TaskRequest request, @ForAll("days") LocalDate asOf) {
    Decision<AccessOutcome> decision = POLICY.decide(request, CHENGDONG, asOf);
    if (decision.outcome() == AccessOutcome.ADMITTED) {
      assertThat(decision.decidingRules())
          .isNotEmpty()
          .allSatisfy(
              r -> {
                assertThat(AccessRules.GRANTS).contains(r.ruleId());
                assertThat(r.verdict()).isEqualTo(Verdict.SATISFIED);
              });
    }
  }

  @Property(tries = 200)
  void outcomeDoesNotDependOnRuleOrder(
      @ForAll("requests") TaskRequest request, @ForAll("days") LocalDate asOf) {
    Decision<AccessOutcome> decision = POLICY.decide(request, CHENGDONG, asOf);
    List<RuleResult> reversed = new ArrayList<>(decision.results());
    Collections.reverse(reversed);
    var combined = AccessRules.combine(Verdicts.of(reversed));
    assertThat(combined.outcome()).isEqualTo(decision.outcome());
    assertThat(combined.deciding()).isEqualTo(decision.decidingRuleIds());
  }

  @Property(tries = 200)
  void everyDecisionListsEveryRuleOnce(
      @ForAll("requests") TaskRequest request, @ForAll("days") LocalDate asOf) {
    Decision<AccessOutcome> decision = POLICY.decide(request, CHENGDONG, asOf);
    assertThat(decision.results())
        .extracting(RuleResult::ruleId)
        .containsExactlyElementsOf(AccessRules.IDS);
  }
}
