-- Social organisations serving communities. One script for every dialect; ${table_options} is
-- the dialect's (SchemaMigrator.TOKENS), ${prefix} the configured table prefix. Never edit this
-- file once released: add a new script.

CREATE TABLE ${prefix}social_organisation (
  id                   VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code       CHAR(12)     NOT NULL,
  name                 VARCHAR(100) NOT NULL,
  status               VARCHAR(16)  NOT NULL,
  credit_code          CHAR(18),
  since_day            DATE         NOT NULL,
  last_inspection      INT,
  evaluation_announced DATE,
  version              BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}social_organisation_community ON ${prefix}social_organisation (community_code);
