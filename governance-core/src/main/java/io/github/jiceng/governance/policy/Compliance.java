package io.github.jiceng.governance.policy;

import java.util.List;

/**
 * The outcome of a compliance check (does this committee, organisation or grid satisfy the rules in
 * force?). Combining is simple and order-independent: any violated rule makes the whole decision
 * {@link #NON_COMPLIANT} and the violated rules are the deciding ones; otherwise it is {@link
 * #COMPLIANT} and every satisfied rule decided it.
 */
public enum Compliance implements Outcome {
  /** Every applicable rule is satisfied. */
  COMPLIANT(Text.of("符合规定", "compliant")),
  /** At least one applicable rule is violated. */
  NON_COMPLIANT(Text.of("不符合规定", "non-compliant"));

  private final Text label;

  Compliance(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /** The combiner described above. */
  public static Combiner<Compliance> combiner() {
    return Compliance::combine;
  }

  private static Combiner.Combined<Compliance> combine(Verdicts verdicts) {
    List<String> violated = verdicts.idsWith(Verdict.VIOLATED);
    if (!violated.isEmpty()) {
      return new Combiner.Combined<>(NON_COMPLIANT, violated);
    }
    return new Combiner.Combined<>(COMPLIANT, verdicts.idsWith(Verdict.SATISFIED));
  }
}
