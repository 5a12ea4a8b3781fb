package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Text;

/** How a task reaches the community (rule A5). */
public enum Channel {
  /** Through the street office's unified deployment (街道统筹). */
  STREET_OFFICE(Text.of("经街道统筹", "through the street office")),
  /** Directly from the department, bypassing the street office (部门直接摊派). */
  DIRECT(Text.of("部门直接下派", "directly from the department"));

  private final Text label;

  Channel(Text label) {
    this.label = label;
  }

  /** The channel in words. */
  public Text label() {
    return label;
  }
}
