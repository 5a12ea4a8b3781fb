package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Text;

/** Where a case came from (案件来源). */
public enum CaseSource {
  /** Found by a grid worker on patrol (网格员巡查上报). */
  GRID_PATROL(Text.of("网格员巡查", "grid worker's patrol")),
  /** Reported by a resident, in person or online (居民反映). */
  RESIDENT(Text.of("居民反映", "a resident's report")),
  /** Taken by the 12345 hotline (热线转办). */
  HOTLINE(Text.of("12345热线", "the 12345 hotline")),
  /** Handed over by a department (部门移交). */
  DEPARTMENT(Text.of("部门移交", "a department's referral"));

  private final Text label;

  CaseSource(Text label) {
    this.label = label;
  }

  /** The source's name in Chinese and English. */
  public Text label() {
    return label;
  }
}
