package io.github.jiceng.governance.access;

import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Text;
import java.util.List;

/**
 * The numbers of task access, as policy parameters. The library ships no national value for them —
 * each jurisdiction's regulation sets its own (Xicheng, Beijing: applications 30 working days
 * ahead, decided within 15) — so a policy that leaves one out makes the rule that needs it not
 * applicable, and the static check warns.
 */
public final class AccessParameters {

  /** Working days an application for an unlisted task must precede its start (rule A4). */
  public static final ParameterKey<Integer> LEAD_WORKING_DAYS =
      ParameterKey.of(
          "access.approval.lead-working-days",
          Integer.class,
          Text.of(
              "未列入清单事项须提前申请的工作日数", "working days an unlisted task must be applied for in advance"));

  /** Working days within which the leadership group decides an application (rule A4). */
  public static final ParameterKey<Integer> DECISION_WORKING_DAYS =
      ParameterKey.of(
          "access.approval.decision-working-days",
          Integer.class,
          Text.of("领导小组作出准入决定的工作日时限", "working days the leadership group has to decide"));

  /** The longest an emergency task may run, in calendar days (rule A7). */
  public static final ParameterKey<Integer> EMERGENCY_MAX_DAYS =
      ParameterKey.of(
          "access.emergency.max-days",
          Integer.class,
          Text.of("应急事项最长期限（日）", "longest an emergency task may run, in days"));

  /**
   * Inspections and assessments one department may bring to one community in a calendar year (rule
   * A9).
   */
  public static final ParameterKey<Integer> INSPECTIONS_PER_YEAR =
      ParameterKey.of(
          "access.inspection.yearly-cap-per-department",
          Integer.class,
          Text.of("每个部门每年对社区的检查考核次数上限", "inspections per department and community in a year"));

  private AccessParameters() {}

  /** Every key above. */
  public static List<ParameterKey<Integer>> all() {
    return List.of(
        LEAD_WORKING_DAYS, DECISION_WORKING_DAYS, EMERGENCY_MAX_DAYS, INSPECTIONS_PER_YEAR);
  }
}
