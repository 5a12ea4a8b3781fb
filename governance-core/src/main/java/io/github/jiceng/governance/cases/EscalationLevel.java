package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Outcome;
import io.github.jiceng.governance.policy.Text;

/**
 * The level that oversees a case (督办层级): a case overdue at one level goes to the next, from the
 * grid up to the district ({@link CaseRules#ESCALATION}).
 */
public enum EscalationLevel implements Outcome {
  /** 网格: the grid that reported or holds it. */
  GRID(Text.of("网格", "grid")),
  /** 社区: the community's committee. */
  COMMUNITY(Text.of("社区", "community")),
  /** 街道: the street office. */
  STREET(Text.of("街道", "street")),
  /** 区: the district's command centre. */
  DISTRICT(Text.of("区", "district"));

  private final Text label;

  EscalationLevel(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /** The level above, or this one at the top. */
  public EscalationLevel next() {
    return this == DISTRICT ? DISTRICT : values()[ordinal() + 1];
  }
}
