package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.policy.Text;

/** A member's position on a committee. */
public enum CommitteeRole {
  /** Director (主任). */
  DIRECTOR(Text.of("主任", "director")),
  /** Deputy director (副主任). */
  DEPUTY_DIRECTOR(Text.of("副主任", "deputy director")),
  /** Member (委员). */
  MEMBER(Text.of("委员", "member"));

  private final Text label;

  CommitteeRole(Text label) {
    this.label = label;
  }

  /** The role in words. */
  public Text label() {
    return label;
  }
}
