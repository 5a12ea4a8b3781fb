package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Text;

/** How urgent a case is (紧急程度); time limits are set per category and urgency. */
public enum Urgency {
  /** 一般. */
  NORMAL(Text.of("一般", "normal")),
  /** 紧急. */
  URGENT(Text.of("紧急", "urgent"));

  private final Text label;

  Urgency(Text label) {
    this.label = label;
  }

  /** The urgency's name in Chinese and English. */
  public Text label() {
    return label;
  }
}
