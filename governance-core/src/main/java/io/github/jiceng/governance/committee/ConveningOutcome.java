package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.policy.Combiner;
import io.github.jiceng.governance.policy.Outcome;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.util.List;

/** Whether a committee must convene a requested meeting. */
public enum ConveningOutcome implements Outcome {
  /** The request reaches the threshold: the committee must convene the meeting (应当召集). */
  MUST_CONVENE(Text.of("应当召集", "must convene")),
  /** The request does not reach the threshold: convening is at the committee's discretion. */
  NOT_REQUIRED(Text.of("无召集义务", "not required"));

  private final Text label;

  ConveningOutcome(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /** Any satisfied threshold obliges the committee; otherwise the unmet thresholds decide. */
  static Combiner<ConveningOutcome> combiner() {
    return verdicts -> {
      List<String> met = verdicts.idsWith(Verdict.SATISFIED);
      if (!met.isEmpty()) {
        return new Combiner.Combined<>(MUST_CONVENE, met);
      }
      return new Combiner.Combined<>(NOT_REQUIRED, verdicts.idsWith(Verdict.VIOLATED));
    };
  }
}
