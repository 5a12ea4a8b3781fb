-- Consultations (recorded once) with their vote's count per voter group; residents' councils,
-- their members and projects. One script for every dialect; ${table_options} is the dialect's
-- (SchemaMigrator.TOKENS), ${prefix} the configured table prefix. Never edit this file once
-- released: add a new script.

CREATE TABLE ${prefix}consultation (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code CHAR(12)     NOT NULL,
  matter         VARCHAR(40)  NOT NULL,
  raised_by      VARCHAR(32)  NOT NULL,
  form           VARCHAR(40)  NOT NULL,
  consulted      VARCHAR(400) NOT NULL,
  held_on        DATE         NOT NULL,
  vote_basis     VARCHAR(32),
  vote_notice_on DATE,
  version        BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}consultation_community ON ${prefix}consultation (community_code, held_on);

CREATE TABLE ${prefix}consultation_vote_group (
  consultation_id VARCHAR(64) NOT NULL,
  seq             INT         NOT NULL,
  name            VARCHAR(50) NOT NULL,
  eligible        INT         NOT NULL,
  present         INT         NOT NULL,
  votes_for       INT         NOT NULL,
  votes_against   INT         NOT NULL,
  abstentions     INT         NOT NULL,
  PRIMARY KEY (consultation_id, seq),
  FOREIGN KEY (consultation_id) REFERENCES ${prefix}consultation (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}residents_council (
  id             VARCHAR(64) NOT NULL PRIMARY KEY,
  community_code CHAR(12)    NOT NULL,
  name           VARCHAR(50) NOT NULL,
  households     INT         NOT NULL,
  established_on DATE        NOT NULL,
  version        BIGINT      NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}residents_council_community ON ${prefix}residents_council (community_code);

CREATE TABLE ${prefix}council_member (
  council_id VARCHAR(64) NOT NULL,
  seq        INT         NOT NULL,
  member_key VARCHAR(64) NOT NULL,
  PRIMARY KEY (council_id, seq),
  FOREIGN KEY (council_id) REFERENCES ${prefix}residents_council (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}council_project (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  council_id  VARCHAR(64)  NOT NULL,
  title       VARCHAR(100) NOT NULL,
  approved_on DATE         NOT NULL,
  started_on  DATE,
  closed_on   DATE,
  accepted_on DATE,
  version     BIGINT       NOT NULL,
  FOREIGN KEY (council_id) REFERENCES ${prefix}residents_council (id)
)${table_options};

CREATE INDEX ${prefix}council_project_council ON ${prefix}council_project (council_id);
