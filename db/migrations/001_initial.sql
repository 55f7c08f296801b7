-- Initial schema. There is deliberately no column for message text anywhere:
-- the bot stores aggregate counts, per-user timestamps and canonical lexicon terms.

-- One JSON document of GuildSettings.to_dict() per guild (adding a setting needs no migration).
CREATE TABLE guild_settings (
    guild_id   INTEGER PRIMARY KEY,
    data       TEXT    NOT NULL CHECK (json_valid(data)),
    updated_at REAL    NOT NULL
);

-- Daily aggregates in long form; channel_id 0 = no channel.
CREATE TABLE daily_stats (
    guild_id   INTEGER NOT NULL,
    day        TEXT    NOT NULL CHECK (length(day) = 10),
    channel_id INTEGER NOT NULL,
    metric     TEXT    NOT NULL,
    value      INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (guild_id, day, channel_id, metric)
) WITHOUT ROWID;
CREATE INDEX daily_stats_by_day ON daily_stats (day);

-- Minimal per-member timestamps for cooldowns and repeat detection; prunable after expires_at.
CREATE TABLE user_state (
    guild_id      INTEGER NOT NULL,
    user_id       INTEGER NOT NULL,
    last_flag_at  REAL,
    last_nudge_at REAL,
    recent_flags  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(recent_flags)),
    expires_at    REAL    NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) WITHOUT ROWID;
CREATE INDEX user_state_by_expiry ON user_state (expires_at);

-- "Not what I meant" feedback: canonical lexicon terms only, with a count.
CREATE TABLE feedback_terms (
    guild_id INTEGER NOT NULL,
    term     TEXT    NOT NULL CHECK (length(term) BETWEEN 1 AND 100),
    count    INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (guild_id, term)
) WITHOUT ROWID;

-- Weekly summary bookkeeping: the primary key makes the claim atomic (exactly once).
CREATE TABLE summary_posts (
    guild_id   INTEGER NOT NULL,
    week       TEXT    NOT NULL CHECK (length(week) = 8),
    state      TEXT    NOT NULL CHECK (state IN ('claimed', 'posted', 'failed')),
    updated_at REAL    NOT NULL,
    error      TEXT,
    PRIMARY KEY (guild_id, week)
) WITHOUT ROWID;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
