-- Service requests: one row per request, its checked attributes, and its history (appended,
-- never changed). One script for every dialect; ${table_options} is the dialect's
-- (SchemaMigrator.TOKENS), ${prefix} the configured table prefix. Never edit this file once
-- released: add a new script.

CREATE TABLE ${prefix}service_request (
  id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
  item_code          VARCHAR(64)  NOT NULL,
  item_version_from  DATE         NOT NULL,
  community_code     CHAR(12)     NOT NULL,
  window_name        VARCHAR(50)  NOT NULL,
  department         VARCHAR(100) NOT NULL,
  created_by         VARCHAR(64)  NOT NULL,
  received_on        DATE         NOT NULL,
  due_on             DATE         NOT NULL,
  state              VARCHAR(20)  NOT NULL,
  done_on            DATE,
  working_days_taken INT,
  satisfaction       VARCHAR(24),
  transitions        INT          NOT NULL,
  version            BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}service_request_community ON ${prefix}service_request (community_code, received_on);

CREATE INDEX ${prefix}service_request_creator ON ${prefix}service_request (created_by, received_on);

CREATE TABLE ${prefix}service_request_attribute (
  request_id     VARCHAR(64)   NOT NULL,
  ord            INT           NOT NULL,
  code           VARCHAR(40)   NOT NULL,
  attr_type      VARCHAR(20)   NOT NULL,
  personal       BOOLEAN       NOT NULL,
  attr_value     VARCHAR(4000) NOT NULL,
  PRIMARY KEY (request_id, ord),
  FOREIGN KEY (request_id) REFERENCES ${prefix}service_request (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}service_transition (
  request_id     VARCHAR(64)  NOT NULL,
  seq            INT          NOT NULL,
  step_event     VARCHAR(24),
  from_state     VARCHAR(20),
  to_state       VARCHAR(20)  NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  at_ms          BIGINT       NOT NULL,
  note           VARCHAR(500),
  PRIMARY KEY (request_id, seq),
  FOREIGN KEY (request_id) REFERENCES ${prefix}service_request (id)
)${table_options};
