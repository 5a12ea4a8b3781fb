package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Outcome;
import io.github.jiceng.governance.policy.Text;

/** Whether a routing table has a body for a case ({@link RoutingRules#ROUTING}). */
public enum RoutingOutcome implements Outcome {
  /** A line in force routes it to a body that takes cases (派遣). */
  ROUTED(Text.of("可派遣", "routed")),
  /** No line covers it: the first receiver keeps it (无责任单位，首接负责). */
  NOT_COVERED(Text.of("无责任单位", "not covered"));

  private final Text label;

  RoutingOutcome(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
