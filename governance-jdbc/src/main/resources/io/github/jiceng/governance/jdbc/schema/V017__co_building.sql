-- Co-building agreements (共驻共建协议) between communities and resident units, with what each unit
-- commits. One script for every dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS),
-- ${prefix} the configured table prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}co_building_agreement (
  id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
  community_code     CHAR(12)     NOT NULL,
  unit_name          VARCHAR(100) NOT NULL,
  unit_credit_code   CHAR(18),
  signed_on          DATE         NOT NULL,
  until_day          DATE         NOT NULL,
  has_party_org      BOOLEAN      NOT NULL,
  party_reported_on  DATE,
  version            BIGINT       NOT NULL,
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}co_building_agreement_community ON ${prefix}co_building_agreement (community_code);

CREATE TABLE ${prefix}co_building_commitment (
  agreement_id VARCHAR(64)  NOT NULL,
  seq          INT          NOT NULL,
  commitment   VARCHAR(100) NOT NULL,
  PRIMARY KEY (agreement_id, seq),
  FOREIGN KEY (agreement_id) REFERENCES ${prefix}co_building_agreement (id) ON DELETE CASCADE
)${table_options};
