-- A resident carries its community (its household's, which never changes), so that a store
-- sharded by community has the key on the resident's own row and a community's residents are one
-- index range away; and each care tag of a resident is a row of resident_tag, indexed by community
-- and tag, so that "a community's empty-nest elderly" is an index lookup instead of a LIKE over
-- every resident. The tags column stays what a resident reads; resident_tag is written with it.
-- One script for every dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS), ${prefix}
-- the configured table prefix. Never edit this file once released: add a new script.

ALTER TABLE ${prefix}resident ADD COLUMN community_code CHAR(12);

UPDATE ${prefix}resident SET community_code =
  (SELECT h.community_code FROM ${prefix}household h WHERE h.id = ${prefix}resident.household_id);

CREATE INDEX ${prefix}resident_community ON ${prefix}resident (community_code);

CREATE TABLE ${prefix}resident_tag (
  resident_id    VARCHAR(64) NOT NULL,
  tag            VARCHAR(32) NOT NULL,
  community_code CHAR(12)    NOT NULL,
  PRIMARY KEY (resident_id, tag),
  FOREIGN KEY (resident_id) REFERENCES ${prefix}resident (id) ON DELETE CASCADE
)${table_options};

CREATE INDEX ${prefix}resident_tag_community ON ${prefix}resident_tag (community_code, tag);

INSERT INTO ${prefix}resident_tag (resident_id, tag, community_code)
  SELECT id, 'LOW_INCOME', community_code FROM ${prefix}resident WHERE tags LIKE '%,LOW_INCOME,%';
INSERT INTO ${prefix}resident_tag (resident_id, tag, community_code)
  SELECT id, 'DISABLED', community_code FROM ${prefix}resident WHERE tags LIKE '%,DISABLED,%';
INSERT INTO ${prefix}resident_tag (resident_id, tag, community_code)
  SELECT id, 'EMPTY_NEST_ELDERLY', community_code FROM ${prefix}resident
  WHERE tags LIKE '%,EMPTY_NEST_ELDERLY,%';
INSERT INTO ${prefix}resident_tag (resident_id, tag, community_code)
  SELECT id, 'LEFT_BEHIND', community_code FROM ${prefix}resident WHERE tags LIKE '%,LEFT_BEHIND,%';
INSERT INTO ${prefix}resident_tag (resident_id, tag, community_code)
  SELECT id, 'FLOATING', community_code FROM ${prefix}resident WHERE tags LIKE '%,FLOATING,%';
INSERT INTO ${prefix}resident_tag (resident_id, tag, community_code)
  SELECT id, 'UNDER_ASSISTANCE_AND_EDUCATION', community_code FROM ${prefix}resident
  WHERE tags LIKE '%,UNDER_ASSISTANCE_AND_EDUCATION,%';
