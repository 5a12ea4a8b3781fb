package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.policy.Text;

/** Who is counted when a meeting's attendance or a request to convene is measured. */
public enum AttendanceBasis {
  /** Adult residents or villagers (十八周岁以上的居民/村民). */
  ADULTS(Text.of("十八周岁以上的居民/村民", "adult residents or villagers")),
  /** Household representatives (户的代表). */
  HOUSEHOLDS(Text.of("户的代表", "household representatives")),
  /** Representatives elected by residents' groups (居民小组选举的代表), or the groups themselves. */
  GROUP_REPRESENTATIVES(Text.of("居民小组（代表）", "residents' groups or their representatives")),
  /** Members of a representative meeting (代表会议组成人员). */
  REPRESENTATIVES(Text.of("代表", "representatives"));

  private final Text label;

  AttendanceBasis(Text label) {
    this.label = label;
  }

  /** The basis in words. */
  public Text label() {
    return label;
  }
}
