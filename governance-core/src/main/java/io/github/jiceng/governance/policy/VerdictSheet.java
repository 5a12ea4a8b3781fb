package io.github.jiceng.governance.policy;

import io.github.jiceng.governance.internal.Checks;

/**
 * The verdicts of one evaluation as a {@link Judge} records them, by the rules' positions in their
 * rule set. Rules not recorded are not applicable. Used by one evaluation on one thread only.
 */
public final class VerdictSheet {
  private final int size;
  private long violated;
  private long satisfied;
  private long awaiting;

  VerdictSheet(int size) {
    this.size = size;
  }

  /** How many rules the rule set has. */
  public int size() {
    return size;
  }

  /**
   * Records the verdict of the rule at {@code position}, replacing any recorded before.
   *
   * @throws IndexOutOfBoundsException if the rule set has no rule at that position
   * @throws io.github.jiceng.governance.InvalidInputException if {@code verdict} is null
   */
  public void record(int position, Verdict verdict) {
    java.util.Objects.checkIndex(position, size);
    Checks.required(verdict, "VerdictSheet.record", "verdict");
    long bit = 1L << position;
    violated &= ~bit;
    satisfied &= ~bit;
    awaiting &= ~bit;
    switch (verdict) {
      case VIOLATED -> violated |= bit;
      case SATISFIED -> satisfied |= bit;
      case AWAITING -> awaiting |= bit;
      case NOT_APPLICABLE -> {}
    }
  }

  long violated() {
    return violated;
  }

  long satisfied() {
    return satisfied;
  }

  long awaiting() {
    return awaiting;
  }
}
