package io.github.jiceng.governance.party;

import io.github.jiceng.governance.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What the party points rules look at: one member's points for the period asked about, as the
 * branch recorded them in the party tree ({@link PartyMember#points()}).
 *
 * @param memberId the member's id in the tree
 * @param period the recorded period containing the day asked, or null when none is recorded
 */
public record PartyPointsFacts(String memberId, @Nullable MemberPoints period) {
  public PartyPointsFacts {
    Checks.key(memberId, "PartyPointsFacts", "memberId");
  }

  /** The facts of {@code member} for the recorded period that contains {@code day}, if any. */
  public static PartyPointsFacts of(PartyMember member, java.time.LocalDate day) {
    Checks.required(member, "PartyPointsFacts", "member");
    Checks.required(day, "PartyPointsFacts", "day");
    MemberPoints found =
        member.points().stream()
            .filter(p -> !day.isBefore(p.from()) && !day.isAfter(p.to()))
            .reduce((first, later) -> later) // a later record of the same period corrects it
            .orElse(null);
    return new PartyPointsFacts(member.id(), found);
  }
}
