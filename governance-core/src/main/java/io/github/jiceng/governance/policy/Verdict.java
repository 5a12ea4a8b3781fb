package io.github.jiceng.governance.policy;

/** What one rule found about the facts it was given. */
public enum Verdict {
  /** The facts satisfy the rule. */
  SATISFIED(Text.of("符合", "satisfied")),
  /** The facts break the rule. */
  VIOLATED(Text.of("不符合", "violated")),
  /** The rule does not apply to these facts or on this date; the result says why. */
  NOT_APPLICABLE(Text.of("不适用", "not applicable")),
  /**
   * The rule cannot be settled by the facts alone: it waits for a person's decision that has not
   * been made yet, such as the leadership group's approval of an unlisted task. Compliance checks
   * never produce it.
   */
  AWAITING(Text.of("待决定", "awaiting a decision"));

  private final Text label;

  Verdict(Text label) {
    this.label = label;
  }

  /** The verdict in words. */
  public Text label() {
    return label;
  }
}
