-- Divisions, committees, committee members and residents' groups.
-- One script for every dialect: foreign keys are declared per table (MySQL ignores them on a
-- column); ${table_options} and ${large_text} are the dialect's (SchemaMigrator.TOKENS).
-- ${prefix} is replaced by the configured table prefix. Never edit this file once released:
-- add a new V00n__*.sql script instead.

CREATE TABLE ${prefix}division (
  code          CHAR(12)     NOT NULL PRIMARY KEY,
  name          VARCHAR(100) NOT NULL,
  division_level VARCHAR(16) NOT NULL,
  parent_code   CHAR(12),
  version       BIGINT       NOT NULL,
  FOREIGN KEY (parent_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}division_parent ON ${prefix}division (parent_code);

CREATE TABLE ${prefix}committee (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  division_code CHAR(12)     NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  households    INT          NOT NULL,
  term_start    DATE         NOT NULL,
  term_end      DATE         NOT NULL,
  version       BIGINT       NOT NULL,
  FOREIGN KEY (division_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}committee_division ON ${prefix}committee (division_code);

CREATE TABLE ${prefix}committee_member (
  committee_id  VARCHAR(64)  NOT NULL,
  ord           INT          NOT NULL,
  name          VARCHAR(64)  NOT NULL,
  member_role   VARCHAR(16)  NOT NULL,
  term_start    DATE         NOT NULL,
  term_end      DATE         NOT NULL,
  PRIMARY KEY (committee_id, ord),
  FOREIGN KEY (committee_id) REFERENCES ${prefix}committee (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}residents_group (
  committee_id  VARCHAR(64)  NOT NULL,
  ord           INT          NOT NULL,
  name          VARCHAR(64)  NOT NULL,
  households    INT          NOT NULL,
  PRIMARY KEY (committee_id, ord),
  FOREIGN KEY (committee_id) REFERENCES ${prefix}committee (id) ON DELETE CASCADE
)${table_options};
