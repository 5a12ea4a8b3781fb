-- Task access: policy versions, task requests, access decisions and approval steps.
-- One script for every dialect: foreign keys are declared per table (MySQL ignores them on a
-- column); ${table_options} and ${large_text} are the dialect's (SchemaMigrator.TOKENS).
-- ${prefix} is replaced by the configured table prefix. Never edit this file once released:
-- add a new V00n__*.sql script instead.

CREATE TABLE ${prefix}access_policy (
  policy_id     VARCHAR(64)  NOT NULL,
  version       VARCHAR(64)  NOT NULL,
  published_on  DATE         NOT NULL,
  document      ${large_text}     NOT NULL,
  PRIMARY KEY (policy_id, version)
)${table_options};

CREATE TABLE ${prefix}task_request (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  department    VARCHAR(100) NOT NULL,
  title         VARCHAR(500) NOT NULL,
  item_code     VARCHAR(64),
  street_code   CHAR(12),
  kind          VARCHAR(16)  NOT NULL,
  channel       VARCHAR(16)  NOT NULL,
  authority_attached BOOLEAN NOT NULL,
  funding_attached   BOOLEAN NOT NULL,
  applied_on    DATE         NOT NULL,
  start_on      DATE         NOT NULL,
  end_on        DATE,
  version       BIGINT       NOT NULL
)${table_options};

CREATE INDEX ${prefix}task_request_applied ON ${prefix}task_request (applied_on);

-- the request's lists: COMMUNITY, FORM, CERTIFICATE, DEMAND and INSPECTION (flag = unified)
CREATE TABLE ${prefix}task_request_part (
  request_id    VARCHAR(64)  NOT NULL,
  part          VARCHAR(16)  NOT NULL,
  ord           INT          NOT NULL,
  part_value    VARCHAR(500) NOT NULL,
  flag          BOOLEAN      NOT NULL,
  PRIMARY KEY (request_id, part, ord),
  FOREIGN KEY (request_id) REFERENCES ${prefix}task_request (id) ON DELETE CASCADE
)${table_options};

CREATE TABLE ${prefix}access_decision (
  request_id    VARCHAR(64)  NOT NULL,
  community     CHAR(12)     NOT NULL,
  seq           INT          NOT NULL,
  department    VARCHAR(100) NOT NULL,
  outcome       VARCHAR(20)  NOT NULL,
  as_of         DATE         NOT NULL,
  policy_id     VARCHAR(64)  NOT NULL,
  policy_version VARCHAR(64) NOT NULL,
  deciding      VARCHAR(100) NOT NULL,
  document      ${large_text}     NOT NULL,
  PRIMARY KEY (request_id, community, seq),
  FOREIGN KEY (request_id) REFERENCES ${prefix}task_request (id)
)${table_options};

CREATE INDEX ${prefix}access_decision_community ON ${prefix}access_decision (community, as_of);

CREATE TABLE ${prefix}approval_step (
  request_id    VARCHAR(64)  NOT NULL,
  seq           INT          NOT NULL,
  step_action   VARCHAR(16)  NOT NULL,
  on_day        DATE         NOT NULL,
  decided_by    VARCHAR(100) NOT NULL,
  until_day     DATE,
  note          VARCHAR(1000) NOT NULL,
  PRIMARY KEY (request_id, seq),
  FOREIGN KEY (request_id) REFERENCES ${prefix}task_request (id)
)${table_options};
