-- Initial schema (PostgreSQL twin of db/migrations/001_initial.sql). There is deliberately
-- no column for message text anywhere: aggregate counts, per-user timestamps and canonical
-- lexicon terms only. Texts hold JSON where SQLite checks json_valid: the cast checks it.

-- One JSON document of GuildSettings.to_dict() per guild (adding a setting needs no migration).
CREATE TABLE guild_settings (
    guild_id   BIGINT           PRIMARY KEY,
    data       TEXT             NOT NULL CHECK (data::jsonb IS NOT NULL),
    updated_at DOUBLE PRECISION NOT NULL
);

-- Daily aggregates in long form; channel_id 0 = no channel.
CREATE TABLE daily_stats (
    guild_id   BIGINT NOT NULL,
    day        TEXT   NOT NULL CHECK (length(day) = 10),
    channel_id BIGINT NOT NULL,
    metric     TEXT   NOT NULL,
    value      BIGINT NOT NULL CHECK (value >= 0),
    PRIMARY KEY (guild_id, day, channel_id, metric)
);
CREATE INDEX daily_stats_by_day ON daily_stats (day);

-- Minimal per-member timestamps for cooldowns and repeat detection; prunable after expires_at.
CREATE TABLE user_state (
    guild_id      BIGINT           NOT NULL,
    user_id       BIGINT           NOT NULL,
    last_flag_at  DOUBLE PRECISION,
    last_nudge_at DOUBLE PRECISION,
    recent_flags  TEXT             NOT NULL DEFAULT '[]' CHECK (recent_flags::jsonb IS NOT NULL),
    expires_at    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX user_state_by_expiry ON user_state (expires_at);

-- "Not what I meant" feedback: canonical lexicon terms only, with a count.
CREATE TABLE feedback_terms (
    guild_id BIGINT NOT NULL,
    term     TEXT   NOT NULL CHECK (length(term) BETWEEN 1 AND 100),
    count    BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (guild_id, term)
);

-- Weekly summary bookkeeping: the primary key makes the claim atomic (exactly once).
CREATE TABLE summary_posts (
    guild_id   BIGINT           NOT NULL,
    week       TEXT             NOT NULL CHECK (length(week) = 8),
    state      TEXT             NOT NULL
               CONSTRAINT summary_posts_state CHECK (state IN ('claimed', 'posted', 'failed')),
    updated_at DOUBLE PRECISION NOT NULL,
    error      TEXT,
    PRIMARY KEY (guild_id, week)
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
