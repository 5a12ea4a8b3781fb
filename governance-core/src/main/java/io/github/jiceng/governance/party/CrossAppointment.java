package io.github.jiceng.governance.party;

import io.github.jiceng.governance.committee.CommitteeRole;
import io.github.jiceng.governance.internal.Checks;
import jakarta.validation.constraints.Pattern;

/**
 * A party leader's seat on the residents' or villagers' committee of the same community (交叉任职).
 * When the secretary is also the committee's director, the community practises "一肩挑".
 *
 * @param committeeId the id of the committee (see {@link
 *     io.github.jiceng.governance.committee.Committee#id()})
 * @param role the post held on that committee
 */
public record CrossAppointment(
    @Pattern(
            regexp = "[A-Za-z0-9._-]{1,64}",
            message = "must be 1-64 letters, digits, '.', '_' or '-'")
        String committeeId,
    CommitteeRole role) {

  public CrossAppointment {
    Checks.required(committeeId, "CrossAppointment", "committeeId");
    Checks.required(role, "CrossAppointment", "role");
  }

  /** A seat as {@code role} on committee {@code committeeId}. */
  public static CrossAppointment of(String committeeId, CommitteeRole role) {
    return new CrossAppointment(committeeId, role);
  }
}
