package io.github.jiceng.governance.people;

import io.github.jiceng.governance.policy.Text;

/** A professional qualification of a community worker (社会工作者职业资格). */
public enum Qualification {
  /** Assistant social worker (助理社会工作师). */
  ASSISTANT_SOCIAL_WORKER(Text.of("助理社会工作师", "assistant social worker")),
  /** Licensed social worker (社会工作师). */
  SOCIAL_WORKER(Text.of("社会工作师", "licensed social worker")),
  /** Senior social worker (高级社会工作师). */
  SENIOR_SOCIAL_WORKER(Text.of("高级社会工作师", "senior social worker"));

  private final Text label;

  Qualification(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** Whether this qualification makes its holder a licensed social worker (社会工作师 or above). */
  public boolean isLicensed() {
    return this != ASSISTANT_SOCIAL_WORKER;
  }
}
