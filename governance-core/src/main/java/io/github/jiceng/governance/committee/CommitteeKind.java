package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.division.DivisionLevel;
import io.github.jiceng.governance.policy.Text;

/** Which law a committee is set up under, and where it sits. */
public enum CommitteeKind {
  /** Residents' committee (居民委员会, 居委会) of an urban community. */
  RESIDENTS(Text.of("居民委员会", "residents' committee"), DivisionLevel.COMMUNITY),
  /** Villagers' committee (村民委员会, 村委会) of a village. */
  VILLAGERS(Text.of("村民委员会", "villagers' committee"), DivisionLevel.VILLAGE);

  private final Text label;
  private final DivisionLevel divisionLevel;

  CommitteeKind(Text label, DivisionLevel divisionLevel) {
    this.label = label;
    this.divisionLevel = divisionLevel;
  }

  /** The kind in words. */
  public Text label() {
    return label;
  }

  /** The level of division a committee of this kind governs. */
  public DivisionLevel divisionLevel() {
    return divisionLevel;
  }
}
