package io.github.jiceng.governance.service;

import io.github.jiceng.governance.policy.Text;

/** Where a service request stands. The last three are final: nothing happens after them. */
public enum RequestState {
  /** Taken at the window or online, not yet settled (已受理). */
  RECEIVED(Text.of("已受理", "received"), false),
  /** Handed to the responsible department, the community acting as proxy (已转交部门). */
  WITH_DEPARTMENT(Text.of("已转交部门", "with the department"), false),
  /** Returned to the resident for missing or wrong materials (退回补正). */
  RETURNED(Text.of("退回补正", "returned for correction"), false),
  /** Settled: the result given or fetched (已办结). */
  DONE(Text.of("已办结", "done"), true),
  /** Refused, with the reason (不予办理). */
  REFUSED(Text.of("不予办理", "refused"), true),
  /** Withdrawn by the resident (已撤回). */
  WITHDRAWN(Text.of("已撤回", "withdrawn"), true);

  private final Text label;
  private final boolean terminal;

  RequestState(Text label, boolean terminal) {
    this.label = label;
    this.terminal = terminal;
  }

  /** The state's name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** Whether nothing can happen after it. */
  public boolean isFinal() {
    return terminal;
  }

  /**
   * Whether a request in this state counts as settled (办结) in the figures: done, or refused with a
   * reason; a withdrawn request is final but not settled.
   */
  public boolean isSettled() {
    return this == DONE || this == REFUSED;
  }
}
