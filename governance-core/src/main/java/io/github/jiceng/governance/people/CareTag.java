package io.github.jiceng.governance.people;

import io.github.jiceng.governance.policy.Text;

/** A group needing care (重点关注人群) that a resident belongs to; a resident may carry several. */
public enum CareTag {
  /** Receives the minimum living allowance (低保对象). */
  LOW_INCOME(Text.of("低保", "low-income")),
  /** Disabled (残疾人). */
  DISABLED(Text.of("残疾", "disabled")),
  /** Elderly living without their children (空巢老人). */
  EMPTY_NEST_ELDERLY(Text.of("空巢老人", "empty-nest elderly")),
  /** Left-behind child, woman or elderly person (留守儿童、妇女、老人, "三留"). */
  LEFT_BEHIND(Text.of("留守", "left-behind")),
  /** Floating population: living here, registered elsewhere (流动人口). */
  FLOATING(Text.of("流动人口", "floating population")),
  /** Released from prison and under assistance and education (安置帮教对象). */
  UNDER_ASSISTANCE_AND_EDUCATION(Text.of("安置帮教", "under assistance and education"));

  private final Text label;

  CareTag(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }
}
