-- A committee's publication log (村务公开记录) and the major matters it decided, both recorded once.
-- One script for every dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS), ${prefix}
-- the configured table prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}openness_publication (
  committee_id VARCHAR(64) NOT NULL,
  on_day       DATE        NOT NULL,
  kind         VARCHAR(16) NOT NULL,
  matter_key   VARCHAR(64) NOT NULL,
  PRIMARY KEY (committee_id, on_day, kind, matter_key),
  FOREIGN KEY (committee_id) REFERENCES ${prefix}committee (id)
)${table_options};

CREATE TABLE ${prefix}openness_major_matter (
  committee_id VARCHAR(64) NOT NULL,
  matter_key   VARCHAR(64) NOT NULL,
  decided_on   DATE        NOT NULL,
  PRIMARY KEY (committee_id, matter_key),
  FOREIGN KEY (committee_id) REFERENCES ${prefix}committee (id)
)${table_options};
