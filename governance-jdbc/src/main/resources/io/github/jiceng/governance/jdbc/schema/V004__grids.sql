-- Grids with their buildings and worker assignments; households (each in at most one grid) and
-- their residents. An identity number belongs to one resident. Tags are stored as
-- ",TAG1,TAG2," (or '') so that one LIKE finds a tag.
-- One script for every dialect: foreign keys are declared per table (MySQL ignores them on a
-- column); ${table_options} and ${large_text} are the dialect's (SchemaMigrator.TOKENS).
-- ${prefix} is replaced by the configured table prefix. Never edit this file once released:
-- add a new V00n__*.sql script instead.

CREATE TABLE ${prefix}grid (
  code            CHAR(20)     NOT NULL PRIMARY KEY,
  community_code  CHAR(12)     NOT NULL,
  name            VARCHAR(100) NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  served_unit     VARCHAR(100),
  party_contact   VARCHAR(50),
  version         BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}grid_community ON ${prefix}grid (community_code);

CREATE TABLE ${prefix}grid_building (
  grid_code       CHAR(20)     NOT NULL,
  ord             INT          NOT NULL,
  id              VARCHAR(40)  NOT NULL,
  name            VARCHAR(100) NOT NULL,
  units           INT          NOT NULL,
  PRIMARY KEY (grid_code, ord),
  FOREIGN KEY (grid_code) REFERENCES ${prefix}grid (code) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}grid_assignment (
  grid_code       CHAR(20)     NOT NULL,
  ord             INT          NOT NULL,
  worker_id       VARCHAR(64)  NOT NULL,
  worker_name     VARCHAR(50)  NOT NULL,
  post            VARCHAR(16)  NOT NULL,
  valid_from      DATE         NOT NULL,
  valid_to        DATE,
  PRIMARY KEY (grid_code, ord),
  FOREIGN KEY (grid_code) REFERENCES ${prefix}grid (code) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}household (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code  CHAR(12)     NOT NULL,
  grid_code       CHAR(20),
  building_id     VARCHAR(40),
  unit            VARCHAR(20),
  address         VARCHAR(200) NOT NULL,
  version         BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code),
  FOREIGN KEY (grid_code) REFERENCES ${prefix}grid (code)
)${table_options};

CREATE INDEX ${prefix}household_community ON ${prefix}household (community_code);
CREATE INDEX ${prefix}household_grid ON ${prefix}household (grid_code);

CREATE TABLE ${prefix}resident (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  household_id    VARCHAR(64)  NOT NULL,
  name            VARCHAR(50)  NOT NULL,
  identity_number CHAR(18)     NOT NULL,
  phone           VARCHAR(20),
  relation        VARCHAR(16)  NOT NULL,
  tags            VARCHAR(200) NOT NULL,
  version         BIGINT       NOT NULL,
  FOREIGN KEY (household_id) REFERENCES ${prefix}household (id)
)${table_options};

CREATE UNIQUE INDEX ${prefix}resident_identity_number ON ${prefix}resident (identity_number);
CREATE INDEX ${prefix}resident_household ON ${prefix}resident (household_id);
