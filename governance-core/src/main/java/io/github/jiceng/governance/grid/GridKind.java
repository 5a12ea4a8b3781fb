package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.policy.Text;

/** Whether a grid covers a neighbourhood or one large unit. */
public enum GridKind {
  /** A comprehensive grid (综合网格) of households, judged by its size. */
  COMPREHENSIVE(Text.of("综合网格", "comprehensive grid")),
  /**
   * A dedicated grid (专属网格) for one large unit such as a school, hospital, park or industrial
   * estate; the household-count rule does not apply to it.
   */
  DEDICATED(Text.of("专属网格", "dedicated grid"));

  private final Text label;

  GridKind(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }
}
