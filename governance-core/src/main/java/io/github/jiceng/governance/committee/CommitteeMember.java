package io.github.jiceng.governance.committee;

import io.github.jiceng.governance.internal.Checks;
import io.github.jiceng.governance.people.Masking;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member of a committee: a person's name, the position held and the term in that position.
 *
 * @param name the member's name
 * @param role director, deputy director or member
 * @param term the member's term in office
 */
public record CommitteeMember(
    @NotBlank @Size(max = 64) String name, CommitteeRole role, Term term) {

  public CommitteeMember {
    Checks.required(name, "CommitteeMember", "name");
    Checks.required(role, "CommitteeMember", "role");
    Checks.required(term, "CommitteeMember", "term");
  }

  /** Whether the member holds office on {@code day}. */
  public boolean inOfficeOn(LocalDate day) {
    return term.contains(day);
  }

  /** The member with the name masked ({@code 王**}): names are personal data. */
  @Override
  public String toString() {
    return "CommitteeMember[name=" + Masking.name(name) + ", role=" + role + ", term=" + term + "]";
  }
}
