package io.github.jiceng.governance.service;

import io.github.jiceng.governance.policy.Text;

/** A resident's satisfaction with a settled request (满意度评价), recorded once. */
public enum Satisfaction {
  /** 满意. */
  SATISFIED(Text.of("满意", "satisfied")),
  /** 基本满意. */
  BASICALLY_SATISFIED(Text.of("基本满意", "basically satisfied")),
  /** 不满意. */
  DISSATISFIED(Text.of("不满意", "dissatisfied"));

  private final Text label;

  Satisfaction(Text label) {
    this.label = label;
  }

  /** The rating's name in Chinese and English. */
  public Text label() {
    return label;
  }
}
