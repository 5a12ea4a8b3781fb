package io.github.jiceng.governance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.access.AccessCase;
import io.github.jiceng.governance.access.AccessOutcome;
import io.github.jiceng.governance.access.AccessPolicy;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark compares like with like: every peer decides as the library does. */
class AgreementTest {

  @ParameterizedTest(name = "{0} items")
  @ValueSource(ints = {100, 1000})
  void everyPeerAgreesWithTheLibrary(int items) {
    Workload workload = Workload.of(items, 4096, 11);
    AccessPolicy policy = workload.policy();
    HandWrittenAccess handWritten = new HandWrittenAccess(policy, Workload.AS_OF);
    Map<AccessOutcome, Integer> outcomes =
        Agreement.check(
            policy,
            workload.cases(),
            handWritten,
            Map.of(
                "Drools", new DroolsAccess(policy, Workload.AS_OF),
                "Easy Rules", new EasyRulesAccess(policy, Workload.AS_OF),
                "hand-written, every rule", handWritten::everyRule));
    // the stream exercises every outcome, so agreement is not vacuous
    assertThat(outcomes)
        .containsKeys(
            AccessOutcome.ADMITTED, AccessOutcome.REFUSED, AccessOutcome.PENDING_APPROVAL);
    assertThat(outcomes.get(AccessOutcome.ADMITTED)).isGreaterThan(200);
    assertThat(outcomes.get(AccessOutcome.PENDING_APPROVAL)).isGreaterThan(50);
  }

  @Test
  void aPeerThatDecidesDifferentlyStopsTheBenchmark() {
    Workload workload = Workload.of(100, 256, 11);
    AccessPolicy policy = workload.policy();
    // an engine that forgets rule A1 admits work on the negative list
    EveryRule withoutA1 =
        new EveryRule() {
          private final EasyRulesAccess rules = new EasyRulesAccess(policy, Workload.AS_OF);

          @Override
          public Claim decide(AccessCase c, LocalDate asOf) {
            Claim claim = rules.decide(c, asOf);
            return claim.outcome() == AccessOutcome.REFUSED
                    && claim.decidingRuleIds().equals(java.util.List.of("A1"))
                ? new Claim(c, new Catalogue(policy, asOf), asOf)
                : claim;
          }
        };
    assertThatThrownBy(
            () ->
                Agreement.check(
                    policy,
                    workload.cases(),
                    new HandWrittenAccess(policy, Workload.AS_OF),
                    Map.of("without A1", withoutA1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without A1")
        .hasMessageContaining("library REFUSED [A1]");
  }
}
