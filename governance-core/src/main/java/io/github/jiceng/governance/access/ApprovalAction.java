package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Text;

/** What the leadership group (社区建设领导小组) did with a request for an unlisted task (rule A4). */
public enum ApprovalAction {
  /** Approved as a temporary item until an end date (批准). */
  APPROVED(Text.of("批准", "approved")),
  /** Rejected (不予准入). */
  REJECTED(Text.of("不予批准", "rejected")),
  /** An approval withdrawn from a date on (撤销). */
  REVOKED(Text.of("撤销", "revoked"));

  private final Text label;

  ApprovalAction(Text label) {
    this.label = label;
  }

  /** The action in words. */
  public Text label() {
    return label;
  }
}
