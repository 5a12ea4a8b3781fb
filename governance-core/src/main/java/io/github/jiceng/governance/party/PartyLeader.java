package io.github.jiceng.governance.party;

import io.github.jiceng.governance.committee.Term;
import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member of a party organisation's leadership: secretary, deputy, committee member or group
 * leader, with the term in that post and, optionally, a seat on the community's committee.
 *
 * @param name the leader's name
 * @param role the post
 * @param term the term in the post
 * @param crossAppointment the seat this person also holds on the residents' or villagers'
 *     committee, or {@code null}
 */
public record PartyLeader(
    @NotBlank @Size(max = 64) String name,
    LeaderRole role,
    Term term,
    @Valid @Nullable CrossAppointment crossAppointment) {

  public PartyLeader {
    Checks.required(name, "PartyLeader", "name");
    Checks.required(role, "PartyLeader", "role");
    Checks.required(term, "PartyLeader", "term");
  }

  /** A leader without a committee seat. */
  public static PartyLeader of(String name, LeaderRole role, Term term) {
    return new PartyLeader(name, role, term, null);
  }

  /** The same leader, also holding {@code seat} on the community's committee. */
  public PartyLeader alsoOn(CrossAppointment seat) {
    return new PartyLeader(
        name, role, term, Checks.required(seat, "PartyLeader", "crossAppointment"));
  }

  /** The committee seat this person also holds, if any. */
  public Optional<CrossAppointment> crossAppointed() {
    return Optional.ofNullable(crossAppointment);
  }

  /** Whether the leader holds the post on {@code day}. */
  public boolean inOfficeOn(LocalDate day) {
    return term.contains(day);
  }

  /** The leader with the name masked ({@code 王**}): names are personal data. */
  @Override
  public String toString() {
    return "PartyLeader[name="
        + Masking.name(name)
        + ", role="
        + role
        + ", term="
        + term
        + (crossAppointment == null ? "" : ", crossAppointment=" + crossAppointment)
        + "]";
  }
}
