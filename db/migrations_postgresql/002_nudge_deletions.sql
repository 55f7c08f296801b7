-- Pending deletions of the bot's own nudge replies (twin of db/migrations/002): only ids of
-- the bot's own message, its channel and guild, and when to delete it.
CREATE TABLE nudge_deletions (
    message_id BIGINT           PRIMARY KEY,
    channel_id BIGINT           NOT NULL,
    guild_id   BIGINT           NOT NULL,
    delete_at  DOUBLE PRECISION NOT NULL
);
CREATE INDEX nudge_deletions_by_time ON nudge_deletions (delete_at);
