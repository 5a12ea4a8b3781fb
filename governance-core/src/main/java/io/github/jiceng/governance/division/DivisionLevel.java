package io.github.jiceng.governance.division;

import io.github.jiceng.governance.policy.Text;
import java.util.Set;

/** The level of an administrative division, and which levels may stand directly above it. */
public enum DivisionLevel {
  /** District or county (区/县), the top of the tree this library models. */
  DISTRICT(Text.of("区/县", "district"), DivisionCode.Tier.COUNTY),
  /** Street office (街道办事处), the district's agency for urban areas. */
  STREET(Text.of("街道", "street"), DivisionCode.Tier.STREET),
  /** Town or township (乡镇). */
  TOWN(Text.of("乡镇", "town"), DivisionCode.Tier.STREET),
  /** Urban community (社区), governed by a residents' committee. */
  COMMUNITY(Text.of("社区", "community"), DivisionCode.Tier.COMMUNITY),
  /** Village (村), governed by a villagers' committee. */
  VILLAGE(Text.of("村", "village"), DivisionCode.Tier.COMMUNITY);

  private final Text label;
  private final DivisionCode.Tier tier;

  DivisionLevel(Text label, DivisionCode.Tier tier) {
    this.label = label;
    this.tier = tier;
  }

  /** The level in words. */
  public Text label() {
    return label;
  }

  /** The code tier a division of this level has. */
  public DivisionCode.Tier tier() {
    return tier;
  }

  /** The levels a division of this level may have as its parent (empty for a district). */
  public Set<DivisionLevel> allowedParents() {
    return switch (this) {
      case DISTRICT -> Set.of();
      case STREET, TOWN -> Set.of(DISTRICT);
      case COMMUNITY, VILLAGE -> Set.of(STREET, TOWN);
    };
  }
}
