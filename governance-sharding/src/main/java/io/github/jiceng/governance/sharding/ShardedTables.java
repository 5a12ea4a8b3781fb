package io.github.jiceng.governance.sharding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each of the store's tables lives when the store is sharded by county: every community-owned
 * table on its county's shard, by the column that holds its community (or, for task requests, its
 * county); the tables that govern every community — divisions, policies, catalogues, routing
 * tables, data scope grants, division changes and the schema history — on every shard alike
 * (broadcast); and the audit trail, one hash chain, on one shard.
 *
 * <p>Every row of a sharded table carries its key since V022, so a row's shard never depends on how
 * a user spells an id, and a community's rows, parents and children, are on one shard: joins never
 * cross shards.
 */
final class ShardedTables {
  private ShardedTables() {}

  /** The sharded tables, unprefixed, each with the column that holds its county. */
  static final Map<String, String> SHARDED = sharded();

  /** The tables every shard holds alike, unprefixed. */
  static final List<String> BROADCAST =
      List.of(
          "schema_history",
          "division",
          "access_policy",
          "service_catalogue",
          "routing_table",
          "scope_grant",
          "scope_grant_code",
          "division_change",
          "division_change_code");

  /**
   * The tables kept whole on one shard, unprefixed: the audit trail (one hash chain) and the
   * province-wide index of identity numbers (V023), whose key refuses a number across counties.
   */
  static final List<String> ONE_SHARD = List.of("audit_record", "audit_chain", "resident_identity");

  private static Map<String, String> sharded() {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put("committee", "division_code");
    for (String t :
        List.of(
            "committee_member",
            "residents_group",
            "openness_publication",
            "openness_major_matter",
            "election",
            "election_candidate",
            "election_objection",
            "election_proxy",
            "election_committee_member",
            "party_tree",
            "party_organization",
            "party_place",
            "party_leader",
            "party_member",
            "party_member_points",
            "grid",
            "grid_building",
            "grid_assignment",
            "household",
            "resident",
            "resident_tag",
            "service_request",
            "service_request_attribute",
            "service_transition",
            "case_record",
            "case_attachment",
            "case_transition",
            "dispute",
            "dispute_attempt",
            "facility",
            "facility_function",
            "points_account",
            "points_entry",
            "care_visit",
            "social_organisation",
            "worker_assessment",
            "worker_assessment_score",
            "consultation",
            "consultation_vote_group",
            "residents_council",
            "council_member",
            "council_project",
            "co_building_agreement",
            "co_building_commitment")) {
      tables.put(t, "community_code");
    }
    tables.put("task_request", "county_code");
    tables.put("task_request_part", "county_code");
    tables.put("approval_step", "county_code");
    tables.put("access_decision", "community");
    return java.util.Collections.unmodifiableMap(tables);
  }
}
