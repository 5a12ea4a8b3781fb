package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.policy.Text;

/** The post a worker holds in a grid. A grid has one primary worker at a time (A/B 岗). */
public enum GridPost {
  /** The grid's own full-time worker (专职网格员, A 岗); one per grid at a time. */
  PRIMARY(Text.of("专职网格员（A岗）", "primary grid worker (A post)")),
  /**
   * The stand-in who covers when the primary is away (B 岗), often the primary of a neighbouring
   * grid.
   */
  BACKUP(Text.of("替补网格员（B岗）", "backup grid worker (B post)")),
  /** A part-time worker such as a building leader or volunteer (兼职网格员). */
  PART_TIME(Text.of("兼职网格员", "part-time grid worker"));

  private final Text label;

  GridPost(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }
}
