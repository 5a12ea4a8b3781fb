package io.github.jiceng.governance.party;

import io.github.jiceng.governance.policy.Text;

/**
 * The kinds of party organisation, from the highest to the lowest. An organisation may contain only
 * organisations of a lower rank, and party groups only sit in branches.
 */
public enum PartyOrganizationKind {
  /** Basic-level party committee (基层党委), for more than 100 members. */
  COMMITTEE(Text.of("基层党委", "basic-level party committee"), 4),
  /** General branch (党总支), for more than 50 members. */
  GENERAL_BRANCH(Text.of("党总支", "general branch"), 3),
  /** Branch (党支部), for 3 or more full members. */
  BRANCH(Text.of("党支部", "branch"), 2),
  /** Joint branch (联合党支部) of units that each have fewer than 3 full members. */
  JOINT_BRANCH(Text.of("联合党支部", "joint branch"), 2),
  /** Party group (党小组), set up by a branch. */
  GROUP(Text.of("党小组", "party group"), 1);

  private final Text label;
  private final int rank;

  PartyOrganizationKind(Text label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  /** The kind in words. */
  public Text label() {
    return label;
  }

  /** Whether an organisation of this kind may contain one of {@code child}. */
  public boolean mayContain(PartyOrganizationKind child) {
    if (child == GROUP) {
      return isBranch();
    }
    return child.rank < rank;
  }

  /** Whether this is a branch or a joint branch: the kinds the branch rules apply to. */
  public boolean isBranch() {
    return this == BRANCH || this == JOINT_BRANCH;
  }

  /**
   * Whether organisations of this kind elect a committee or secretary for a term (groups do not).
   */
  public boolean hasTerms() {
    return this != GROUP;
  }
}
