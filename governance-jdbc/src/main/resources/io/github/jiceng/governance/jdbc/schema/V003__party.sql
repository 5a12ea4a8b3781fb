-- Party organisations: one tree per row of party_tree, its organisations (in pre-order), the
-- places they cover, their leaders, their members and the members' points. A tree is replaced
-- whole on update; every child row goes with its tree.
-- One script for every dialect: foreign keys are declared per table (MySQL ignores them on a
-- column); ${table_options} and ${large_text} are the dialect's (SchemaMigrator.TOKENS).
-- ${prefix} is replaced by the configured table prefix. Never edit this file once released:
-- add a new V00n__*.sql script instead.

CREATE TABLE ${prefix}party_tree (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code  CHAR(12)     NOT NULL,
  version         BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}party_tree_community ON ${prefix}party_tree (community_code);

CREATE TABLE ${prefix}party_organization (
  tree_id         VARCHAR(64)  NOT NULL,
  id              VARCHAR(64)  NOT NULL,
  parent_id       VARCHAR(64),
  ord             INT          NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  name            VARCHAR(100) NOT NULL,
  placement_kind  VARCHAR(16)  NOT NULL,
  term_start      DATE,
  term_end        DATE,
  election_approved_by VARCHAR(100),
  election_approved_on DATE,
  setup_approved_by    VARCHAR(100),
  setup_approved_on    DATE,
  PRIMARY KEY (tree_id, id),
  FOREIGN KEY (tree_id) REFERENCES ${prefix}party_tree (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}party_place (
  tree_id         VARCHAR(64)  NOT NULL,
  organization_id VARCHAR(64)  NOT NULL,
  ord             INT          NOT NULL,
  place           VARCHAR(100) NOT NULL,
  PRIMARY KEY (tree_id, organization_id, ord),
  FOREIGN KEY (tree_id) REFERENCES ${prefix}party_tree (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}party_leader (
  tree_id         VARCHAR(64)  NOT NULL,
  organization_id VARCHAR(64)  NOT NULL,
  ord             INT          NOT NULL,
  name            VARCHAR(64)  NOT NULL,
  leader_role     VARCHAR(32)  NOT NULL,
  term_start      DATE         NOT NULL,
  term_end        DATE         NOT NULL,
  cross_committee_id VARCHAR(64),
  cross_role      VARCHAR(16),
  PRIMARY KEY (tree_id, organization_id, ord),
  FOREIGN KEY (tree_id) REFERENCES ${prefix}party_tree (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}party_member (
  tree_id         VARCHAR(64)  NOT NULL,
  id              VARCHAR(64)  NOT NULL,
  organization_id VARCHAR(64)  NOT NULL,
  ord             INT          NOT NULL,
  name            VARCHAR(64)  NOT NULL,
  admitted        DATE         NOT NULL,
  full_since      DATE,
  mobile          BOOLEAN      NOT NULL,
  reporting_in_service BOOLEAN NOT NULL,
  work_unit       VARCHAR(100),
  PRIMARY KEY (tree_id, id),
  FOREIGN KEY (tree_id) REFERENCES ${prefix}party_tree (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}party_member_points (
  tree_id         VARCHAR(64)  NOT NULL,
  member_id       VARCHAR(64)  NOT NULL,
  ord             INT          NOT NULL,
  period_from     DATE         NOT NULL,
  period_to       DATE         NOT NULL,
  points          INT          NOT NULL,
  PRIMARY KEY (tree_id, member_id, ord),
  FOREIGN KEY (tree_id) REFERENCES ${prefix}party_tree (id) ON DELETE CASCADE
)${table_options};
