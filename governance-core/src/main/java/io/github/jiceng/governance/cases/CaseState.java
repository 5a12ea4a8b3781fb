package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Text;

/**
 * Where a case stands on the loop, as the urban grid standards name the steps (GB/T 30428, CJ/T
 * 315): reported, accepted or rejected, filed, dispatched, being handled, reported back, verified,
 * closed — and the states of an extension or a suspension waiting for approval. {@link #REJECTED}
 * and {@link #CLOSED} are final.
 */
public enum CaseState {
  /** Reported, not yet looked at (上报). */
  REPORTED(Text.of("已上报", "reported"), false),
  /** Accepted by the command centre (受理). */
  ACCEPTED(Text.of("已受理", "accepted"), false),
  /** Not accepted, with the reason (不予受理); final. */
  REJECTED(Text.of("不予受理", "rejected"), true),
  /** Filed as a case (立案), waiting to be dispatched. */
  FILED(Text.of("已立案", "filed"), false),
  /** Dispatched to the responsible body (派遣), not yet taken up. */
  DISPATCHED(Text.of("已派遣", "dispatched"), false),
  /** Being handled by the body (处置中). */
  HANDLING(Text.of("处置中", "being handled"), false),
  /** The body reported it done (处置反馈), waiting for verification. */
  REPORTED_BACK(Text.of("已反馈", "reported back"), false),
  /** Verified on the spot as done (核查通过), ready to close. */
  VERIFIED(Text.of("已核查", "verified"), false),
  /** Closed (结案); final. */
  CLOSED(Text.of("已结案", "closed"), true),
  /** The body asked for more time; waiting for approval (延期待批). */
  EXTENSION_PENDING(Text.of("延期待批", "extension awaiting approval"), false),
  /** The body asked to suspend it; waiting for approval (挂账待批). */
  SUSPENSION_PENDING(Text.of("挂账待批", "suspension awaiting approval"), false),
  /** Suspended with approval (挂账): the clock stops until it is resumed. */
  SUSPENDED(Text.of("已挂账", "suspended"), false);

  private final Text label;
  private final boolean terminal;

  CaseState(Text label, boolean terminal) {
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
}
