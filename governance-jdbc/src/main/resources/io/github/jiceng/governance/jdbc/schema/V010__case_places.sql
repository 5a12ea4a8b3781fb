-- A case's place gains its setting (URBAN community or RURAL village: verification and other
-- limits may differ) and optional map coordinates in a named geodetic system. Cases stored before
-- this script take their setting from their community's level. One script for every dialect;
-- ${prefix} is the configured table prefix. Never edit this file once released: add a new script.

ALTER TABLE ${prefix}case_record ADD COLUMN setting VARCHAR(8) DEFAULT 'URBAN' NOT NULL;

ALTER TABLE ${prefix}case_record ADD COLUMN latitude DOUBLE PRECISION;

ALTER TABLE ${prefix}case_record ADD COLUMN longitude DOUBLE PRECISION;

ALTER TABLE ${prefix}case_record ADD COLUMN coordinate_system VARCHAR(16);

UPDATE ${prefix}case_record SET setting = 'RURAL'
  WHERE community_code IN
    (SELECT code FROM ${prefix}division WHERE division_level = 'VILLAGE');
