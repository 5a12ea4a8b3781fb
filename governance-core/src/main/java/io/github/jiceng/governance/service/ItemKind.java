package io.github.jiceng.governance.service;

import io.github.jiceng.governance.policy.Text;

/** How a service item is settled. */
public enum ItemKind {
  /** Settled on the spot, at intake (即办件). */
  ON_THE_SPOT(Text.of("即办件", "settled on the spot")),
  /** Settled within a promised number of working days (承诺件). */
  PROMISED(Text.of("承诺件", "settled within a promised time"));

  private final Text label;

  ItemKind(Text label) {
    this.label = label;
  }

  /** The kind's name in Chinese and English. */
  public Text label() {
    return label;
  }
}
