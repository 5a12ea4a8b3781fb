-- Visits to and talks with residents who need care, recorded once. One script for every dialect;
-- ${table_options} is the dialect's (SchemaMigrator.TOKENS), ${prefix} the configured table
-- prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}care_visit (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  resident_id    VARCHAR(64)  NOT NULL,
  community_code CHAR(12)     NOT NULL,
  care_tag       VARCHAR(40)  NOT NULL,
  visit_kind     VARCHAR(8)   NOT NULL,
  on_day         DATE         NOT NULL,
  by_actor       VARCHAR(64)  NOT NULL,
  version        BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}care_visit_community ON ${prefix}care_visit (community_code, on_day);
