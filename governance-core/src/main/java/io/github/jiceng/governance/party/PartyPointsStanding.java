package io.github.jiceng.governance.party;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.policy.Compliance;
import io.github.jiceng.governance.policy.Decision;
import org.jspecify.annotations.Nullable;

/**
 * A member's period score and its grade under the party points scheme, with the decision that
 * explains it rule by rule ({@link PartyPointsRules}).
 *
 * @param memberId the member's id in the party tree
 * @param period the recorded period, or null when none is recorded for the day asked
 * @param grade where the score stands
 * @param decision the rules' decision: compliant when the score reaches the qualified line
 */
public record PartyPointsStanding(
    String memberId,
    @Nullable MemberPoints period,
    PartyPointsGrade grade,
    Decision<Compliance> decision) {
  public PartyPointsStanding {
    Checks.key(memberId, "PartyPointsStanding", "memberId");
    Checks.required(grade, "PartyPointsStanding", "grade");
    Checks.required(decision, "PartyPointsStanding", "decision");
  }
}
