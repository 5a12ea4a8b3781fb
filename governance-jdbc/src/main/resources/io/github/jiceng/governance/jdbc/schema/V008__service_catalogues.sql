-- Service-catalogue versions: the catalogue file's text, one row per version, never changed.
-- One script for every dialect; ${table_options} and ${large_text} are the dialect's
-- (SchemaMigrator.TOKENS), ${prefix} the configured table prefix. Never edit this file once
-- released: add a new script.

CREATE TABLE ${prefix}service_catalogue (
  catalogue_id  VARCHAR(64)   NOT NULL,
  version       VARCHAR(64)   NOT NULL,
  published_on  DATE          NOT NULL,
  document      ${large_text} NOT NULL,
  PRIMARY KEY (catalogue_id, version)
)${table_options};
