package io.github.jiceng.governance.points;

import io.github.jiceng.governance.policy.Text;

/** Which bank an account is in, and what its amounts count. */
public enum PointsProgram {
  /** A moral points bank (道德积分银行): points for deeds, redeemed for goods or honours. */
  MORAL_BANK(Text.of("道德积分银行", "moral points bank"), Text.of("分", "points")),
  /** A time bank (时间银行): minutes of volunteer service deposited, withdrawn later as care. */
  TIME_BANK(Text.of("时间银行", "time bank"), Text.of("分钟", "minutes"));

  private final Text label;
  private final Text unit;

  PointsProgram(Text label, Text unit) {
    this.label = label;
    this.unit = unit;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** What an amount counts: points or minutes. */
  public Text unit() {
    return unit;
  }
}
