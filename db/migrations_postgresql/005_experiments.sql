-- Hold-back experiments (twin of db/migrations/005). No member ids and no text anywhere:
-- a member is a keyed hash (HMAC-SHA256 with the experiment's own random key), kept
-- only for the week after their first would-be nudge, then folded into per-group counts.
CREATE TABLE experiments (
    experiment_id BIGINT           PRIMARY KEY,
    guild_id      BIGINT           NOT NULL,
    hmac_key      TEXT             NOT NULL,
    share         DOUBLE PRECISION NOT NULL CHECK (share > 0 AND share < 1),
    started_at    DOUBLE PRECISION NOT NULL,
    stopped_at    DOUBLE PRECISION
);
CREATE INDEX experiments_by_guild ON experiments (guild_id, started_at);

-- Members still inside their week: the arm, when it opened, and what happened so far.
CREATE TABLE experiment_members (
    experiment_id BIGINT           NOT NULL,
    member        TEXT             NOT NULL,
    arm           TEXT             NOT NULL CHECK (arm IN ('nudged', 'held_back')),
    exposed_at    DOUBLE PRECISION NOT NULL,
    again         INTEGER          NOT NULL DEFAULT 0,
    watched       INTEGER          NOT NULL DEFAULT 0,
    changed       INTEGER          NOT NULL DEFAULT 0,
    PRIMARY KEY (experiment_id, member)
);
CREATE INDEX experiment_members_by_time ON experiment_members (exposed_at);

-- Per-group totals of the members whose week is over (counts only).
CREATE TABLE experiment_arms (
    experiment_id BIGINT  NOT NULL,
    arm           TEXT    NOT NULL CHECK (arm IN ('nudged', 'held_back')),
    closed        INTEGER NOT NULL,
    again         INTEGER NOT NULL,
    watched       INTEGER NOT NULL,
    changed       INTEGER NOT NULL,
    PRIMARY KEY (experiment_id, arm)
);
