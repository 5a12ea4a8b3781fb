package io.github.jiceng.governance.election;

import io.github.jiceng.governance.policy.Text;

/**
 * How a proxy (受委托人) is related to the voter who asked them to vote (书面委托). Close relatives (近亲属)
 * are those the Civil Code names (《民法典》第一千零四十五条): spouse, parents, children, siblings, grandparents
 * and grandchildren on either side.
 */
public enum ProxyRelation {
  /** Spouse (配偶). */
  SPOUSE(Text.of("配偶", "spouse"), true),
  /** Parent (父母). */
  PARENT(Text.of("父母", "parent"), true),
  /** Child (子女). */
  CHILD(Text.of("子女", "child"), true),
  /** Brother or sister (兄弟姐妹). */
  SIBLING(Text.of("兄弟姐妹", "sibling"), true),
  /** Grandparent (祖父母、外祖父母). */
  GRANDPARENT(Text.of("祖父母、外祖父母", "grandparent"), true),
  /** Grandchild (孙子女、外孙子女). */
  GRANDCHILD(Text.of("孙子女、外孙子女", "grandchild"), true),
  /** Anyone else: a neighbour, a friend, a relative further off. */
  OTHER(Text.of("其他", "someone else"), false);

  private final Text label;
  private final boolean close;

  ProxyRelation(Text label, boolean close) {
    this.label = label;
    this.close = close;
  }

  /** The relation in words. */
  public Text label() {
    return label;
  }

  /** Whether the relation is a close relative's (近亲属). */
  public boolean isClose() {
    return close;
  }
}
