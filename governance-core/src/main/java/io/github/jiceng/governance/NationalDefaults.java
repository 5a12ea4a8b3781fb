package io.github.jiceng.governance;

import io.github.jiceng.governance.calendar.NationalHolidays;
import io.github.jiceng.governance.committee.CommitteeLaw;
import io.github.jiceng.governance.grid.GridStandards;
import io.github.jiceng.governance.party.PartyRegulations;
import io.github.jiceng.governance.people.VolunteerRules;
import io.github.jiceng.governance.policy.Policy;

/**
 * The national default policy: every parameter the library knows, with the value the national law
 * sets, its effective dates and its citation. Cities and districts start from it and override what
 * their own regulations say (see {@link Policy.Builder#basedOn}).
 */
public final class NationalDefaults {
  /** The id of the national default policy. */
  public static final String POLICY_ID = "CN-national";

  /** The version of the defaults shipped with this release of the library. */
  public static final String POLICY_VERSION = "2026.1";

  private static final Policy POLICY =
      VolunteerRules.addDefaults(
              GridStandards.addNationalDefaults(
                  NationalHolidays.addNationalDefaults(
                      PartyRegulations.addNationalDefaults(
                          CommitteeLaw.addNationalDefaults(
                              Policy.builder(POLICY_ID, POLICY_VERSION))))))
          .build();

  private NationalDefaults() {}

  /** The national default policy (immutable, shared). */
  public static Policy policy() {
    return POLICY;
  }
}
