package io.github.jiceng.governance.cases;

import io.github.jiceng.governance.policy.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * A stage of the loop that has a time limit, and the states in which its clock runs. A stage may
 * run more than once — a returned case is dispatched again, reworked cases are handled again — and
 * its time adds up; a suspended case's handling clock stops. The window to return a case starts
 * again with each dispatch, since each body has its own.
 */
public enum CaseStage {
  /** 立案派遣: from the report until it is dispatched (again, after a return). */
  FILING_AND_DISPATCH(
      Text.of("立案派遣", "filing and dispatch"),
      EnumSet.of(CaseState.REPORTED, CaseState.ACCEPTED, CaseState.FILED)),
  /** 处置: from the dispatch until the body reports it done, rework included; not while suspended. */
  HANDLING(
      Text.of("处置", "handling"),
      EnumSet.of(
          CaseState.DISPATCHED,
          CaseState.HANDLING,
          CaseState.EXTENSION_PENDING,
          CaseState.SUSPENSION_PENDING)),
  /** 核查: from the report back until it is verified or sent back. */
  VERIFICATION(Text.of("核查", "verification"), EnumSet.of(CaseState.REPORTED_BACK)),
  /**
   * 回退时限: the window in which the body a case was last dispatched to may return it as not
   * responsible; counted from that dispatch only, while it is not yet taken up.
   */
  RETURN_WINDOW(Text.of("回退时限", "window to return"), EnumSet.of(CaseState.DISPATCHED));

  private final Text label;
  private final Set<CaseState> running;

  CaseStage(Text label, Set<CaseState> running) {
    this.label = label;
    this.running = java.util.Collections.unmodifiableSet(EnumSet.copyOf(running));
  }

  /** The stage's name in Chinese and English. */
  public Text label() {
    return label;
  }

  /** Whether only its run since the last dispatch counts (each body's own window). */
  boolean sinceLastDispatch() {
    return this == RETURN_WINDOW;
  }

  /** Whether the stage's clock runs while a case is in {@code state}. */
  public boolean runsIn(CaseState state) {
    return running.contains(state);
  }

  /** The key segment of its limits, e.g. {@code filing-and-dispatch}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
