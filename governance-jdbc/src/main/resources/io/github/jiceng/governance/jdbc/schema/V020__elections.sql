-- Committee elections: each counted round recorded once (one per committee, day and round), with
-- its candidates, objections to the register, proxy votes and the members of the villagers' election
-- committee that presided. Never updated, never deleted.
-- One script for every dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS), ${prefix}
-- the configured table prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}election (
  committee_id       VARCHAR(64) NOT NULL,
  voted_on           DATE        NOT NULL,
  round_no           INT         NOT NULL,
  community_code     CHAR(12)    NOT NULL,
  electing_body      VARCHAR(32) NOT NULL,
  electors           INT         NOT NULL,
  ballots            INT         NOT NULL,
  seats              INT         NOT NULL,
  direct_election    BOOLEAN     NOT NULL,
  group_count        INT         NOT NULL,
  representatives    INT         NOT NULL,
  register_published DATE,
  several_ethnic     BOOLEAN     NOT NULL,
  secret_ballot      BOOLEAN     NOT NULL,
  public_count       BOOLEAN     NOT NULL,
  announced_on_spot  BOOLEAN     NOT NULL,
  proxies_published  BOOLEAN     NOT NULL,
  decided            BOOLEAN     NOT NULL,
  PRIMARY KEY (committee_id, voted_on, round_no),
  FOREIGN KEY (committee_id) REFERENCES ${prefix}committee (id),
  FOREIGN KEY (community_code) REFERENCES ${prefix}division (code)
)${table_options};

CREATE INDEX ${prefix}election_community ON ${prefix}election (community_code, voted_on);

CREATE TABLE ${prefix}election_candidate (
  committee_id   VARCHAR(64) NOT NULL,
  voted_on       DATE        NOT NULL,
  round_no       INT         NOT NULL,
  seq            INT         NOT NULL,
  candidate_key  VARCHAR(64) NOT NULL,
  votes          INT         NOT NULL,
  woman          BOOLEAN     NOT NULL,
  smaller_ethnic BOOLEAN     NOT NULL,
  elected        BOOLEAN     NOT NULL,
  elected_before BOOLEAN     NOT NULL,
  PRIMARY KEY (committee_id, voted_on, round_no, seq),
  FOREIGN KEY (committee_id, voted_on, round_no)
    REFERENCES ${prefix}election (committee_id, voted_on, round_no)
)${table_options};

CREATE TABLE ${prefix}election_objection (
  committee_id VARCHAR(64) NOT NULL,
  voted_on     DATE        NOT NULL,
  round_no     INT         NOT NULL,
  seq          INT         NOT NULL,
  raised_on    DATE        NOT NULL,
  decided_on   DATE,
  PRIMARY KEY (committee_id, voted_on, round_no, seq),
  FOREIGN KEY (committee_id, voted_on, round_no)
    REFERENCES ${prefix}election (committee_id, voted_on, round_no)
)${table_options};

CREATE TABLE ${prefix}election_proxy (
  committee_id VARCHAR(64) NOT NULL,
  voted_on     DATE        NOT NULL,
  round_no     INT         NOT NULL,
  seq          INT         NOT NULL,
  relation     VARCHAR(16) NOT NULL,
  PRIMARY KEY (committee_id, voted_on, round_no, seq),
  FOREIGN KEY (committee_id, voted_on, round_no)
    REFERENCES ${prefix}election (committee_id, voted_on, round_no)
)${table_options};

CREATE TABLE ${prefix}election_committee_member (
  committee_id VARCHAR(64) NOT NULL,
  voted_on     DATE        NOT NULL,
  round_no     INT         NOT NULL,
  seq          INT         NOT NULL,
  member_key   VARCHAR(64) NOT NULL,
  PRIMARY KEY (committee_id, voted_on, round_no, seq),
  FOREIGN KEY (committee_id, voted_on, round_no)
    REFERENCES ${prefix}election (committee_id, voted_on, round_no)
)${table_options};
