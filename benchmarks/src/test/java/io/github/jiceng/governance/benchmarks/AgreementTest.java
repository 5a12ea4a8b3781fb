package io.github.jiceng.governance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.access.AccessOutcome;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark compares like with like: the hand-written rules decide as the library does. */
class AgreementTest {

  @ParameterizedTest(name = "{0} items")
  @ValueSource(ints = {100, 1000})
  void handWrittenAgreesWithTheLibrary(int items) {
    Workload workload = Workload.of(items, 4096, 11);
    Map<AccessOutcome, Integer> outcomes =
        Agreement.check(workload.policy(), new HandWrittenAccess(workload.policy(), Workload.AS_OF), workload.cases());
    // the stream exercises every outcome, so agreement is not vacuous
    assertThat(outcomes).containsKeys(AccessOutcome.ADMITTED, AccessOutcome.REFUSED, AccessOutcome.PENDING_APPROVAL);
    assertThat(outcomes.get(AccessOutcome.ADMITTED)).isGreaterThan(200);
    assertThat(outcomes.get(AccessOutcome.PENDING_APPROVAL)).isGreaterThan(50);
  }
}
