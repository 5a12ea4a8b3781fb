-- Every community-owned row carries its community, so that a store sharded by county (docs/
-- province-scale.md) finds each row's shard from the row itself and never from how a user spells an
-- id: the child tables of V001-V020 get community_code, filled in from their parent for rows stored
-- before. A task request gets county_code, the 6-digit county of the communities it targets (its
-- street's, or its communities' when they share one county; NULL when they span counties), and its
-- parts and approval steps get it too. Elections' child tables already hang off the committee.
-- One script for every dialect: SUBSTRING(x, 1, n) and correlated subqueries are portable to
-- PostgreSQL, H2 and MySQL/MariaDB. ${prefix} is the configured table prefix. Never edit this file
-- once released: add a new script.

ALTER TABLE ${prefix}committee_member ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}committee_member SET community_code =
  (SELECT p.division_code FROM ${prefix}committee p WHERE p.id = ${prefix}committee_member.committee_id);

ALTER TABLE ${prefix}residents_group ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}residents_group SET community_code =
  (SELECT p.division_code FROM ${prefix}committee p WHERE p.id = ${prefix}residents_group.committee_id);

ALTER TABLE ${prefix}openness_publication ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}openness_publication SET community_code =
  (SELECT p.division_code FROM ${prefix}committee p WHERE p.id = ${prefix}openness_publication.committee_id);

ALTER TABLE ${prefix}openness_major_matter ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}openness_major_matter SET community_code =
  (SELECT p.division_code FROM ${prefix}committee p WHERE p.id = ${prefix}openness_major_matter.committee_id);

ALTER TABLE ${prefix}party_organization ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}party_organization SET community_code =
  (SELECT p.community_code FROM ${prefix}party_tree p WHERE p.id = ${prefix}party_organization.tree_id);

ALTER TABLE ${prefix}party_place ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}party_place SET community_code =
  (SELECT p.community_code FROM ${prefix}party_tree p WHERE p.id = ${prefix}party_place.tree_id);

ALTER TABLE ${prefix}party_leader ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}party_leader SET community_code =
  (SELECT p.community_code FROM ${prefix}party_tree p WHERE p.id = ${prefix}party_leader.tree_id);

ALTER TABLE ${prefix}party_member ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}party_member SET community_code =
  (SELECT p.community_code FROM ${prefix}party_tree p WHERE p.id = ${prefix}party_member.tree_id);

ALTER TABLE ${prefix}party_member_points ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}party_member_points SET community_code =
  (SELECT p.community_code FROM ${prefix}party_tree p WHERE p.id = ${prefix}party_member_points.tree_id);

ALTER TABLE ${prefix}grid_building ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}grid_building SET community_code =
  (SELECT p.community_code FROM ${prefix}grid p WHERE p.code = ${prefix}grid_building.grid_code);

ALTER TABLE ${prefix}grid_assignment ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}grid_assignment SET community_code =
  (SELECT p.community_code FROM ${prefix}grid p WHERE p.code = ${prefix}grid_assignment.grid_code);

ALTER TABLE ${prefix}service_request_attribute ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}service_request_attribute SET community_code =
  (SELECT p.community_code FROM ${prefix}service_request p WHERE p.id = ${prefix}service_request_attribute.request_id);

ALTER TABLE ${prefix}service_transition ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}service_transition SET community_code =
  (SELECT p.community_code FROM ${prefix}service_request p WHERE p.id = ${prefix}service_transition.request_id);

ALTER TABLE ${prefix}case_attachment ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}case_attachment SET community_code =
  (SELECT p.community_code FROM ${prefix}case_record p WHERE p.id = ${prefix}case_attachment.case_id);

ALTER TABLE ${prefix}case_transition ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}case_transition SET community_code =
  (SELECT p.community_code FROM ${prefix}case_record p WHERE p.id = ${prefix}case_transition.case_id);

ALTER TABLE ${prefix}dispute_attempt ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}dispute_attempt SET community_code =
  (SELECT p.community_code FROM ${prefix}dispute p WHERE p.id = ${prefix}dispute_attempt.dispute_id);

ALTER TABLE ${prefix}facility_function ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}facility_function SET community_code =
  (SELECT p.community_code FROM ${prefix}facility p WHERE p.id = ${prefix}facility_function.facility_id);

ALTER TABLE ${prefix}points_entry ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}points_entry SET community_code =
  (SELECT p.community_code FROM ${prefix}points_account p WHERE p.id = ${prefix}points_entry.account_id);

ALTER TABLE ${prefix}worker_assessment_score ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}worker_assessment_score SET community_code =
  (SELECT p.community_code FROM ${prefix}worker_assessment p WHERE p.id = ${prefix}worker_assessment_score.assessment_id);

ALTER TABLE ${prefix}consultation_vote_group ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}consultation_vote_group SET community_code =
  (SELECT p.community_code FROM ${prefix}consultation p WHERE p.id = ${prefix}consultation_vote_group.consultation_id);

ALTER TABLE ${prefix}council_member ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}council_member SET community_code =
  (SELECT p.community_code FROM ${prefix}residents_council p WHERE p.id = ${prefix}council_member.council_id);

ALTER TABLE ${prefix}council_project ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}council_project SET community_code =
  (SELECT p.community_code FROM ${prefix}residents_council p WHERE p.id = ${prefix}council_project.council_id);

ALTER TABLE ${prefix}co_building_commitment ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}co_building_commitment SET community_code =
  (SELECT p.community_code FROM ${prefix}co_building_agreement p WHERE p.id = ${prefix}co_building_commitment.agreement_id);

ALTER TABLE ${prefix}election_candidate ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}election_candidate SET community_code =
  (SELECT c.division_code FROM ${prefix}committee c WHERE c.id = ${prefix}election_candidate.committee_id);

ALTER TABLE ${prefix}election_objection ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}election_objection SET community_code =
  (SELECT c.division_code FROM ${prefix}committee c WHERE c.id = ${prefix}election_objection.committee_id);

ALTER TABLE ${prefix}election_proxy ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}election_proxy SET community_code =
  (SELECT c.division_code FROM ${prefix}committee c WHERE c.id = ${prefix}election_proxy.committee_id);

ALTER TABLE ${prefix}election_committee_member ADD COLUMN community_code CHAR(12);
UPDATE ${prefix}election_committee_member SET community_code =
  (SELECT c.division_code FROM ${prefix}committee c WHERE c.id = ${prefix}election_committee_member.committee_id);

ALTER TABLE ${prefix}task_request ADD COLUMN county_code CHAR(6);
UPDATE ${prefix}task_request SET county_code = SUBSTRING(street_code, 1, 6) WHERE street_code IS NOT NULL;
UPDATE ${prefix}task_request SET county_code =
  (SELECT MIN(SUBSTRING(pt.part_value, 1, 6)) FROM ${prefix}task_request_part pt
   WHERE pt.request_id = ${prefix}task_request.id AND pt.part = 'COMMUNITY')
  WHERE street_code IS NULL
  AND (SELECT COUNT(DISTINCT SUBSTRING(pt.part_value, 1, 6)) FROM ${prefix}task_request_part pt
       WHERE pt.request_id = ${prefix}task_request.id AND pt.part = 'COMMUNITY') = 1;

ALTER TABLE ${prefix}task_request_part ADD COLUMN county_code CHAR(6);
UPDATE ${prefix}task_request_part SET county_code =
  (SELECT r.county_code FROM ${prefix}task_request r WHERE r.id = ${prefix}task_request_part.request_id);

ALTER TABLE ${prefix}approval_step ADD COLUMN county_code CHAR(6);
UPDATE ${prefix}approval_step SET county_code =
  (SELECT r.county_code FROM ${prefix}task_request r WHERE r.id = ${prefix}approval_step.request_id);
