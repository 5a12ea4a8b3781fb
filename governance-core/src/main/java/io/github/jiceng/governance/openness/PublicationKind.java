package io.github.jiceng.governance.openness;

import io.github.jiceng.governance.policy.Text;

/** What a committee published on its notice board (公开栏) or online. */
public enum PublicationKind {
  /** Ordinary village or residents' affairs (一般事项). */
  ORDINARY(Text.of("一般事项", "ordinary affairs")),
  /** Collective finances, income and spending (财务收支). */
  FINANCES(Text.of("财务收支", "finances")),
  /** A major matter touching villagers' interests (涉及村民利益的重大事项), published once decided. */
  MAJOR(Text.of("重大事项", "a major matter")),
  /** Party affairs (党务公开). */
  PARTY_AFFAIRS(Text.of("党务", "party affairs"));

  private final Text label;

  PublicationKind(Text label) {
    this.label = label;
  }

  /** The kind in words. */
  public Text label() {
    return label;
  }
}
