package io.github.jiceng.governance.party;

import io.github.jiceng.governance.policy.Text;

/** A post in a party organisation's leadership. */
public enum LeaderRole {
  /** Secretary (书记). */
  SECRETARY(Text.of("书记", "secretary")),
  /** Deputy secretary (副书记). */
  DEPUTY_SECRETARY(Text.of("副书记", "deputy secretary")),
  /** Committee member for organisation (组织委员). */
  ORGANIZATION_MEMBER(Text.of("组织委员", "organisation member")),
  /** Committee member for publicity (宣传委员). */
  PUBLICITY_MEMBER(Text.of("宣传委员", "publicity member")),
  /** Committee member for discipline (纪检委员). */
  DISCIPLINE_MEMBER(Text.of("纪检委员", "discipline member")),
  /** Committee member without a named portfolio (委员). */
  COMMITTEE_MEMBER(Text.of("委员", "committee member")),
  /** Leader of a party group (党小组组长): the only post a group has. */
  GROUP_LEADER(Text.of("党小组组长", "group leader"));

  private final Text label;

  LeaderRole(Text label) {
    this.label = label;
  }

  /** The post in words. */
  public Text label() {
    return label;
  }

  /** Whether the post is a seat on an elected committee other than secretary and deputy. */
  public boolean isCommitteeSeat() {
    return this == ORGANIZATION_MEMBER
        || this == PUBLICITY_MEMBER
        || this == DISCIPLINE_MEMBER
        || this == COMMITTEE_MEMBER;
  }
}
