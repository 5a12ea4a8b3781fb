package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Text;

/** How a case is handled (案件类型). */
public enum CaseKind {
  /** Settled at once by whoever takes it (即办件). */
  IMMEDIATE(Text.of("即办件", "immediate")),
  /** Settled by one body within a promised time (承诺件). */
  PROMISED(Text.of("承诺件", "promised")),
  /** Needs several bodies, coordinated by the command centre (协调件). */
  COORDINATED(Text.of("协调件", "coordinated"));

  private final Text label;

  CaseKind(Text label) {
    this.label = label;
  }

  /** The kind's name in Chinese and English. */
  public Text label() {
    return label;
  }
}
