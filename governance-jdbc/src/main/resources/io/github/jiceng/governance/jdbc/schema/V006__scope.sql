-- Data scope: the scopes granted to actors, one row per (actor, role), and the codes a CUSTOM
-- scope names; an index for a grid worker's posts (the GRID scope).
-- One script for every dialect; ${table_options} is the dialect's (SchemaMigrator.TOKENS),
-- ${prefix} the configured table prefix. Never edit this file once released: add a new script.

CREATE TABLE ${prefix}scope_grant (
  actor_id       VARCHAR(64)  NOT NULL,
  role           VARCHAR(64)  NOT NULL,
  kind           VARCHAR(24)  NOT NULL,
  granted_by     VARCHAR(64)  NOT NULL,
  granted_at     BIGINT       NOT NULL,
  PRIMARY KEY (actor_id, role)
)${table_options};

-- code_kind: D for a division (DIVISION, DIVISION_AND_BELOW, CUSTOM), G for a grid (CUSTOM)
CREATE TABLE ${prefix}scope_grant_code (
  actor_id       VARCHAR(64)  NOT NULL,
  role           VARCHAR(64)  NOT NULL,
  ord            INT          NOT NULL,
  code_kind      CHAR(1)      NOT NULL,
  code           VARCHAR(20)  NOT NULL,
  PRIMARY KEY (actor_id, role, ord),
  FOREIGN KEY (actor_id, role) REFERENCES ${prefix}scope_grant (actor_id, role) ON DELETE CASCADE
)${table_options};

CREATE INDEX ${prefix}grid_assignment_worker ON ${prefix}grid_assignment (worker_id);
