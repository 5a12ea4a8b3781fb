package io.github.jiceng.governance.party;

import io.github.jiceng.governance.policy.Text;

/**
 * Where a member's period score stands under the party points scheme (党员积分制管理) in force: the grades
 * follow the scheme's two lines, {@link PartyPointsRules#QUALIFIED_MINIMUM} and {@link
 * PartyPointsRules#EXCELLENT_MINIMUM}.
 */
public enum PartyPointsGrade {
  /** No points are recorded for a period containing the day asked. */
  UNRECORDED(Text.of("未记录积分", "no points recorded")),
  /** Points are recorded but the policy sets no qualified line on the day: nothing to grade by. */
  NO_LINES(Text.of("未设积分等次线", "no qualified line in force")),
  /** Below the qualified line (不合格): the branch follows it up. */
  UNQUALIFIED(Text.of("不合格", "below the qualified line")),
  /** At or above the qualified line, below the excellent line (合格). */
  QUALIFIED(Text.of("合格", "qualified")),
  /** At or above the excellent line (优秀). */
  EXCELLENT(Text.of("优秀", "excellent"));

  private final Text label;

  PartyPointsGrade(Text label) {
    this.label = label;
  }

  /** The grade in words. */
  public Text label() {
    return label;
  }
}
