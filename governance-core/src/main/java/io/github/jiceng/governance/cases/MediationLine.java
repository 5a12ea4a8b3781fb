package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Text;

/**
 * The three lines of dispute mediation (三级调解, seed 003) and the court beyond them: a small matter
 * starts with the household head and stays in the group; a big one goes to the committee; what the
 * committee cannot settle goes to the judicial process.
 */
public enum MediationLine {
  /** 户长: the heads of the households in dispute. */
  HOUSEHOLD_HEAD(Text.of("户长调解", "household heads")),
  /** 组长: the residents' or villagers' group leader. */
  GROUP_LEADER(Text.of("组长调解", "group leader")),
  /** 村（居）委会: the committee's people's mediation committee. */
  COMMITTEE(Text.of("村（居）委会调解", "the committee")),
  /** 司法程序: referred to the judicial process; not mediation, and the last line. */
  JUDICIAL(Text.of("转司法程序", "the judicial process"));

  private final Text label;

  MediationLine(Text label) {
    this.label = label;
  }

  /** The line's name in Chinese and English. */
  public Text label() {
    return label;
  }
}
