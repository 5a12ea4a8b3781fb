-- The province-wide index of residents' identity numbers: one row per resident, keyed by the
-- number. The unique index on resident.identity_number (V004) checks one database; a store sharded
-- by county (docs/province-scale.md) keeps this table on one shard, so that a number stored in one
-- county is refused in every other, in the same unit of work and with the same duplicate-key error.
-- Filled in for the residents stored before. One script for every dialect; ${table_options} is the
-- dialect's (SchemaMigrator.TOKENS), ${prefix} the configured table prefix. Never edit this file once
-- released: add a new script.

CREATE TABLE ${prefix}resident_identity (
  identity_number CHAR(18)    NOT NULL PRIMARY KEY,
  resident_id     VARCHAR(64) NOT NULL,
  community_code  CHAR(12)    NOT NULL
)${table_options};

INSERT INTO ${prefix}resident_identity (identity_number, resident_id, community_code)
  SELECT identity_number, id, community_code FROM ${prefix}resident;
