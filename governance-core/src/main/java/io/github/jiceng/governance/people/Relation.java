package io.github.jiceng.governance.people;

import io.github.jiceng.governance.policy.Text;

/** How a resident relates to the head of their household (与户主关系). */
public enum Relation {
  /** The head of the household (户主). */
  HEAD(Text.of("户主", "head")),
  /** Spouse of the head (配偶). */
  SPOUSE(Text.of("配偶", "spouse")),
  /** Child of the head (子女). */
  CHILD(Text.of("子女", "child")),
  /** Parent of the head (父母). */
  PARENT(Text.of("父母", "parent")),
  /** Grandchild of the head (孙子女). */
  GRANDCHILD(Text.of("孙子女", "grandchild")),
  /** Anyone else living in the household (其他). */
  OTHER(Text.of("其他", "other"));

  private final Text label;

  Relation(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }
}
