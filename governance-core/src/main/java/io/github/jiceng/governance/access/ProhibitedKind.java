package io.github.jiceng.governance.access;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Citation;
import io.github.jiceng.governance.policy.EffectivePeriod;

/**
 * A kind of work that is never admitted, whatever list its item is on (rule A6) — for example the
 * Hunan "八个不得": investment or tax quotas, making the community the responsible party for law
 * enforcement or demolition, responsibility contracts and one-vote vetoes, assigning work through
 * app registrations, screenshots or videos as proof of work. A {@link TaskRequest} declares the kinds
 * of demand it makes; any that the policy prohibits on the day refuses it.
 *
 * @param code a short code such as {@code QUOTA}
 * @param title what is prohibited, in the words of the source
 * @param citation the source
 * @param period when the prohibition is in force
 */
public record ProhibitedKind(String code, String title, Citation citation, EffectivePeriod period) {

  public ProhibitedKind {
    code = WorkItem.codeOf(code, "ProhibitedKind", "code");
    title = WorkItem.nonBlank(title, "ProhibitedKind " + code, "title");
    Checks.required(citation, "ProhibitedKind " + code, "citation");
    Checks.required(period, "ProhibitedKind " + code, "period");
  }

  /** Creates a prohibited kind. */
  public static ProhibitedKind of(String code, String title, Citation citation, EffectivePeriod period) {
    return new ProhibitedKind(code, title, citation, period);
  }
}
