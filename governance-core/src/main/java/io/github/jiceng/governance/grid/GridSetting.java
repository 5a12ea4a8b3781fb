package io.github.jiceng.governance.grid;

import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.policy.Text;

/** Whether a grid lies in a town's community or in a village: the size rules differ. */
public enum GridSetting {
  /** A grid of an urban community (城市社区网格). */
  URBAN(Text.of("城市", "urban")),
  /** A grid of a village (农村网格). */
  RURAL(Text.of("农村", "rural"));

  private final Text label;

  GridSetting(Text label) {
    this.label = label;
  }

  /** The name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** Rural for a village, urban otherwise. */
  public static GridSetting of(DivisionLevel level) {
    return level == DivisionLevel.VILLAGE ? RURAL : URBAN;
  }
}
