package io.github.jiceng.governance.defaults;

import io.github.jiceng.governance.audit.AuditParameters;
import io.github.jiceng.governance.calendar.NationalHolidays;
import io.github.jiceng.governance.committee.CommitteeLaw;
import io.github.jiceng.governance.grid.GridStandards;
import io.github.jiceng.governance.party.PartyRegulations;
import io.github.jiceng.governance.people.VolunteerRules;
import io.github.jiceng.governance.policy.ParameterKey;
import io.github.jiceng.governance.policy.Policy;
import io.github.jiceng.governance.service.ServiceParameters;

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

  private static final Policy POLICY = build();

  /** Each area adds its national numbers, in the order the areas were built. */
  private static Policy build() {
    Policy.Builder policy = Policy.builder(POLICY_ID, POLICY_VERSION);
    CommitteeLaw.addNationalDefaults(policy);
    PartyRegulations.addNationalDefaults(policy);
    NationalHolidays.addNationalDefaults(policy);
    GridStandards.addNationalDefaults(policy);
    VolunteerRules.addDefaults(policy);
    AuditParameters.addNationalDefaults(policy);
    ServiceParameters.addNationalDefaults(policy);
    io.github.jiceng.governance.facility.FacilityStandards.addNationalDefaults(policy);
    io.github.jiceng.governance.organisation.OrganisationRules.addNationalDefaults(policy);
    io.github.jiceng.governance.consultation.ConsultationRules.addDefaults(policy);
    io.github.jiceng.governance.election.ElectionRules.addNationalDefaults(policy);
    io.github.jiceng.governance.openness.OpennessRules.addNationalDefaults(policy);
    return policy.build();
  }

  private NationalDefaults() {}

  /** The national default policy (immutable, shared). */
  public static Policy policy() {
    return POLICY;
  }

  private static final java.util.Map<String, ParameterKey<?>> KEYS = keys();

  /**
   * Every parameter key of the national defaults, by id, in a stable order. Loaders that read
   * parameters by id (the policy file reader, which adds the task-access parameters a jurisdiction
   * sets itself) look them up here, so that they need not know every area.
   */
  public static java.util.Map<String, ParameterKey<?>> parameterKeys() {
    return KEYS;
  }

  private static java.util.Map<String, ParameterKey<?>> keys() {
    java.util.Map<String, ParameterKey<?>> keys = new java.util.LinkedHashMap<>();
    java.util.List<java.util.List<? extends ParameterKey<?>>> areas =
        java.util.List.of(
            CommitteeLaw.keys(),
            PartyRegulations.keys(),
            GridStandards.keys(),
            VolunteerRules.keys(),
            AuditParameters.keys(),
            ServiceParameters.keys(),
            io.github.jiceng.governance.facility.FacilityStandards.keys(),
            io.github.jiceng.governance.points.PointsRules.keys(),
            io.github.jiceng.governance.care.CareRules.keys(),
            io.github.jiceng.governance.party.PartyPointsRules.keys(),
            io.github.jiceng.governance.assessment.AssessmentRules.keys(),
            io.github.jiceng.governance.organisation.OrganisationRules.keys(),
            io.github.jiceng.governance.consultation.ConsultationRules.keys(),
            io.github.jiceng.governance.election.ElectionRules.keys(),
            io.github.jiceng.governance.openness.OpennessRules.keys());
    areas.forEach(area -> area.forEach(key -> keys.put(key.id(), key)));
    return java.util.Collections.unmodifiableMap(keys);
  }
}
