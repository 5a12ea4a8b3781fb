package io.github.jiceng.governance.service;

import io.github.jiceng.governance.policy.Combiner;
import io.github.jiceng.governance.policy.Outcome;
import io.github.jiceng.governance.policy.Text;
import io.github.jiceng.governance.policy.Verdict;
import java.util.List;

/**
 * What the service rules decide: an intake ({@link ServiceRules#INTAKE}) is {@link #ACCEPTED} or
 * {@link #REFUSED}; a request's timeline ({@link ServiceRules#TIMELINESS}) is {@link #ON_TIME} or
 * {@link #OVERDUE}.
 */
public enum ServiceOutcome implements Outcome {
  /** The request can be taken (予以受理). */
  ACCEPTED(Text.of("予以受理", "accepted")),
  /** The request cannot be taken as it is (不予受理): no such item that day, or bad attributes. */
  REFUSED(Text.of("不予受理", "refused")),
  /** Settled by its due day, or open and not yet due (按时). */
  ON_TIME(Text.of("按时", "on time")),
  /** Settled after its due day, or open past it (超期). */
  OVERDUE(Text.of("超期", "overdue"));

  private final Text label;

  ServiceOutcome(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /** {@code good} when no rule is violated, else {@code bad}, decided by the violated rules. */
  static Combiner<ServiceOutcome> combiner(ServiceOutcome good, ServiceOutcome bad) {
    return verdicts -> {
      List<String> violated = verdicts.idsWith(Verdict.VIOLATED);
      return violated.isEmpty()
          ? new Combiner.Combined<>(good, verdicts.idsWith(Verdict.SATISFIED))
          : new Combiner.Combined<>(bad, violated);
    };
  }
}
