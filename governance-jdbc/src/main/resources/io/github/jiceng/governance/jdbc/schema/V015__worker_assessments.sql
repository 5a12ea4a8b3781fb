-- Community workers' assessments and their scores per item, recorded once. One script for every
-- dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS), ${prefix} the configured
-- table prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}worker_assessment (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code CHAR(12)     NOT NULL,
  worker_id      VARCHAR(64)  NOT NULL,
  period         VARCHAR(16)  NOT NULL,
  assessed_on    DATE         NOT NULL,
  by_actor       VARCHAR(64)  NOT NULL,
  version        BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}worker_assessment_community ON ${prefix}worker_assessment (community_code, period);

CREATE TABLE ${prefix}worker_assessment_score (
  assessment_id  VARCHAR(64)  NOT NULL,
  item_code      VARCHAR(32)  NOT NULL,
  score          INT          NOT NULL,
  PRIMARY KEY (assessment_id, item_code),
  FOREIGN KEY (assessment_id) REFERENCES ${prefix}worker_assessment (id) ON DELETE CASCADE
)${table_options};
