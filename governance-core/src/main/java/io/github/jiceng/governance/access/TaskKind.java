package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Text;

/** How a task presents itself. */
public enum TaskKind {
  /** Recurring work (常规性工作). */
  ROUTINE(Text.of("常规", "routine")),
  /** One-off or project work (临时性、专项性工作). */
  TEMPORARY(Text.of("临时", "temporary")),
  /**
   * Work in an emergency that endangers life, or national, public, environmental or health safety
   * (突发事件); exempt from the admission procedure when time-limited (rule A7).
   */
  EMERGENCY(Text.of("应急", "emergency"));

  private final Text label;

  TaskKind(Text label) {
    this.label = label;
  }

  /** The kind in words. */
  public Text label() {
    return label;
  }
}
