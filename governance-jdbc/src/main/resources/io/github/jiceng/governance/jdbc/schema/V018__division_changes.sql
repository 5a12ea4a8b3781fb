-- Dated changes of divisions (merges, splits, renames, abolitions), recorded once, with the
-- divisions before and after each. One script for every dialect; ${table_options} is the
-- dialect's (SchemaMigrator.TOKENS), ${prefix} the configured table prefix. Never edit this file
-- once released: add a new script.

CREATE TABLE ${prefix}division_change (
  id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  county_code    CHAR(6)      NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  effective_on   DATE         NOT NULL,
  former_name    VARCHAR(100),
  new_name       VARCHAR(100),
  basis_document VARCHAR(200) NOT NULL,
  basis_article  VARCHAR(200),
  version        BIGINT       NOT NULL
)${table_options};

CREATE INDEX ${prefix}division_change_county ON ${prefix}division_change (county_code, effective_on);

CREATE TABLE ${prefix}division_change_code (
  change_id  VARCHAR(64) NOT NULL,
  side       CHAR(1)     NOT NULL,
  seq        INT         NOT NULL,
  code       CHAR(12)    NOT NULL,
  PRIMARY KEY (change_id, side, seq),
  FOREIGN KEY (change_id) REFERENCES ${prefix}division_change (id) ON DELETE CASCADE,
  FOREIGN KEY (code) REFERENCES ${prefix}division (code)
)${table_options};
