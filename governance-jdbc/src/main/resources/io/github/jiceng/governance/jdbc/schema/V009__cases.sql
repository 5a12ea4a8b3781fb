-- Cases on the closed loop: one row per case, its attachments, and its history (appended, never
-- changed); the routing tables' versions, each a change with who, when and why; disputes and
-- their mediation attempts, appended. One script for every dialect; ${table_options} is the dialect's
-- (SchemaMigrator.TOKENS), ${prefix} the configured table prefix. Never edit this file once
-- released: add a new script.

CREATE TABLE ${prefix}case_record (
  id                 VARCHAR(64)   NOT NULL PRIMARY KEY,
  category_code      VARCHAR(32)   NOT NULL,
  category_class     VARCHAR(50)   NOT NULL,
  category_subclass  VARCHAR(50)   NOT NULL,
  case_kind          VARCHAR(16)   NOT NULL,
  urgency            VARCHAR(16)   NOT NULL,
  case_source        VARCHAR(16)   NOT NULL,
  community_code     CHAR(12)      NOT NULL,
  grid_code          CHAR(20),
  building           VARCHAR(100),
  description        VARCHAR(2000) NOT NULL,
  reporter_name      VARCHAR(50),
  reporter_phone     VARCHAR(20),
  received_by        VARCHAR(64)   NOT NULL,
  state              VARCHAR(24)   NOT NULL,
  body               VARCHAR(64),
  pending_request_by VARCHAR(64),
  escalation_level   VARCHAR(16)   NOT NULL,
  evaluation         VARCHAR(24),
  filing_deadline_ms   BIGINT,
  filed_on_time        BOOLEAN,
  handling_deadline_ms BIGINT,
  handled_on_time      BOOLEAN,
  handling_minutes     BIGINT        NOT NULL,
  returns_count        INT           NOT NULL,
  reworks_count        INT           NOT NULL,
  extensions_count     INT           NOT NULL,
  reported_at_ms     BIGINT        NOT NULL,
  changed_at_ms      BIGINT        NOT NULL,
  transitions        INT           NOT NULL,
  version            BIGINT        NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}case_record_community ON ${prefix}case_record (community_code, reported_at_ms);

CREATE TABLE ${prefix}case_attachment (
  case_id        VARCHAR(64)  NOT NULL,
  ord            INT          NOT NULL,
  document_id    VARCHAR(128) NOT NULL,
  PRIMARY KEY (case_id, ord),
  FOREIGN KEY (case_id) REFERENCES ${prefix}case_record (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}case_transition (
  case_id        VARCHAR(64)  NOT NULL,
  seq            INT          NOT NULL,
  case_action    VARCHAR(32),
  from_state     VARCHAR(24),
  to_state       VARCHAR(24)  NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  at_ms          BIGINT       NOT NULL,
  reason         VARCHAR(500),
  body           VARCHAR(64),
  PRIMARY KEY (case_id, seq),
  FOREIGN KEY (case_id) REFERENCES ${prefix}case_record (id)
)${table_options};

CREATE TABLE ${prefix}routing_table (
  routing_id      VARCHAR(64)   NOT NULL,
  version         VARCHAR(64)   NOT NULL,
  published_at_ms BIGINT        NOT NULL,
  published_by    VARCHAR(64)   NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  document        ${large_text} NOT NULL,
  PRIMARY KEY (routing_id, version)
)${table_options};

CREATE TABLE ${prefix}dispute (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code  CHAR(12)     NOT NULL,
  subject         VARCHAR(500) NOT NULL,
  major           BOOLEAN      NOT NULL,
  reported_on     DATE         NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}dispute_community ON ${prefix}dispute (community_code, reported_on);

CREATE TABLE ${prefix}dispute_attempt (
  dispute_id      VARCHAR(64)  NOT NULL,
  seq             INT          NOT NULL,
  mediation_line  VARCHAR(16)  NOT NULL,
  on_day          DATE         NOT NULL,
  settled         BOOLEAN      NOT NULL,
  note            VARCHAR(500),
  PRIMARY KEY (dispute_id, seq),
  FOREIGN KEY (dispute_id) REFERENCES ${prefix}dispute (id)
)${table_options};
