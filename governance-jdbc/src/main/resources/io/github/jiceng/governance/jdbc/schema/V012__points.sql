-- Points and time bank accounts and their ledgers: an account changes only with an entry,
-- appended under its version; entries are never changed. One script for every dialect;
-- ${table_options} is the dialect's (SchemaMigrator.TOKENS), ${prefix} the configured table
-- prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}points_account (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code CHAR(12)     NOT NULL,
  program        VARCHAR(16)  NOT NULL,
  holder         VARCHAR(64)  NOT NULL,
  balance        BIGINT       NOT NULL,
  entries        INT          NOT NULL,
  version        BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}points_account_community ON ${prefix}points_account (community_code);

CREATE TABLE ${prefix}points_entry (
  account_id     VARCHAR(64)  NOT NULL,
  seq            INT          NOT NULL,
  kind           VARCHAR(8)   NOT NULL,
  amount         BIGINT       NOT NULL,
  deed           VARCHAR(32),
  score_month    CHAR(7),
  on_day         DATE         NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  note           VARCHAR(200),
  PRIMARY KEY (account_id, seq),
  FOREIGN KEY (account_id) REFERENCES ${prefix}points_account (id)
)${table_options};
