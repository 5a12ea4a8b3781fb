-- Communities' service facilities: one row per facility and its room and function codes. One
-- script for every dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS), ${prefix}
-- the configured table prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}facility (
  id             VARCHAR(64)    NOT NULL PRIMARY KEY,
  community_code CHAR(12)       NOT NULL,
  facility_kind  VARCHAR(16)    NOT NULL,
  name           VARCHAR(100)   NOT NULL,
  floor_area     DECIMAL(10, 2) NOT NULL,
  version        BIGINT         NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}facility_community ON ${prefix}facility (community_code);

CREATE TABLE ${prefix}facility_function (
  facility_id    VARCHAR(64)    NOT NULL,
  code           VARCHAR(32)    NOT NULL,
  PRIMARY KEY (facility_id, code),
  FOREIGN KEY (facility_id) REFERENCES ${prefix}facility (id) ON DELETE CASCADE
)${table_options};
