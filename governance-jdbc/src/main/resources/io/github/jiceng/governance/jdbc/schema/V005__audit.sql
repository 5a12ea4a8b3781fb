-- The audit trail: hash-chained records, and the chain's head and anchor in one row.
-- One script for every dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS),
-- ${prefix} the configured table prefix. Never edit this file once released: add a new script.
--
-- Grants a DBA should give the application's database user (see docs/audit.md):
--   audit_record: SELECT, INSERT (no UPDATE; DELETE only for the role that prunes)
--   audit_chain:  SELECT, UPDATE (no INSERT, no DELETE)

CREATE TABLE ${prefix}audit_record (
  seq            BIGINT       NOT NULL PRIMARY KEY,
  recorded_at    BIGINT       NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  action         VARCHAR(32)  NOT NULL,
  subject        VARCHAR(200) NOT NULL,
  payload_digest CHAR(64)     NOT NULL,
  algorithm      VARCHAR(16)  NOT NULL,
  previous_hash  CHAR(64)     NOT NULL,
  record_hash    CHAR(64)     NOT NULL
)${table_options};

CREATE INDEX ${prefix}audit_record_time ON ${prefix}audit_record (recorded_at);

CREATE INDEX ${prefix}audit_record_subject ON ${prefix}audit_record (subject, seq);

CREATE INDEX ${prefix}audit_record_actor ON ${prefix}audit_record (actor, seq);

-- one row (id = 1): the last record appended (head) and the last record pruned (anchor);
-- appends lock it (SELECT ... FOR UPDATE) so that writers on every instance take turns
CREATE TABLE ${prefix}audit_chain (
  id             INT          NOT NULL PRIMARY KEY,
  head_seq       BIGINT       NOT NULL,
  head_hash      CHAR(64)     NOT NULL,
  anchor_seq     BIGINT       NOT NULL,
  anchor_hash    CHAR(64)     NOT NULL
)${table_options};

INSERT INTO ${prefix}audit_chain (id, head_seq, head_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');
