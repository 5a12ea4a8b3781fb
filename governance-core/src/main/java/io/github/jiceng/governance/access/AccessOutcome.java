package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.Outcome;
import io.github.jiceng.governance.policy.Text;

/**
 * The outcome of an access decision for one community.
 *
 * <h2>How the rules combine</h2>
 *
 * Every rule A1–A10 is evaluated; the outcome depends only on the set of verdicts, never on the
 * order of the rules. The first line that matches decides, and its rules are the deciding ones:
 *
 * <ol>
 *   <li>Any <b>prohibition</b> violated — A1 negative list, A6 prohibited kind, A7 an emergency
 *       that is not time-limited, A8 certificate not on the list, A9 inspection not unified or over
 *       the cap, A10 unapproved form — gives {@link #REFUSED}. Nothing overrides a prohibition, not
 *       even an emergency.
 *   <li>A7 satisfied (a time-limited emergency) gives {@link #ADMITTED}, flagged as an emergency:
 *       it waives the admission procedure, that is A3, A4 and A5.
 *   <li>Any <b>condition</b> violated — A3 assist item without its authority and funding, A4
 *       rejected, revoked, expired or applied for too late, A5 assigned directly — gives {@link
 *       #REFUSED}.
 *   <li>A4 awaiting the leadership group gives {@link #PENDING_APPROVAL}.
 *   <li>Any <b>grant</b> satisfied — A2 duty item, A3 assist item with authority and funding, A4
 *       approved — gives {@link #ADMITTED}.
 *   <li>Otherwise (no rule admitted or refused, for example because the parameters A4 needs are
 *       missing) {@link #PENDING_APPROVAL}, with no deciding rule: work is never admitted by
 *       default.
 * </ol>
 */
public enum AccessOutcome implements Outcome {
  /** The community takes the work on (准予进入社区). */
  ADMITTED(Text.of("准入", "admitted")),
  /** The community does not take the work on (不予准入). */
  REFUSED(Text.of("不予准入", "refused")),
  /** The leadership group must decide first (待领导小组审批). */
  PENDING_APPROVAL(Text.of("待审批", "pending approval"));

  private final Text label;

  AccessOutcome(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
