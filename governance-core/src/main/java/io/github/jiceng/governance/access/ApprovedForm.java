package io.github.jiceng.governance.access;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;

/**
 * A form or ledger (报表 / 台账) that the jurisdiction has approved for communities to keep (rule A10).
 * A request that demands any other form or ledger is refused.
 *
 * @param code the form's code, as requests name it
 * @param title the form's name
 * @param citation the approval
 * @param period when the approval is in force
 */
public record ApprovedForm(String code, String title, Citation citation, EffectivePeriod period) {

  public ApprovedForm {
    code = WorkItem.codeOf(code, "ApprovedForm", "code");
    title = WorkItem.nonBlank(title, "ApprovedForm " + code, "title");
    Checks.required(citation, "ApprovedForm " + code, "citation");
    Checks.required(period, "ApprovedForm " + code, "period");
  }

  /** Creates an approved form. */
  public static ApprovedForm of(
      String code, String title, Citation citation, EffectivePeriod period) {
    return new ApprovedForm(code, title, citation, period);
  }
}
