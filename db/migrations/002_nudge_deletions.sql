-- Pending deletions of the bot's own nudge replies, so "deletes itself after a delay"
-- survives restarts and crashes. Only ids of the bot's own message, its channel and guild,
-- and when to delete it: no user ids, no message text.
CREATE TABLE nudge_deletions (
    message_id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL,
    guild_id   INTEGER NOT NULL,
    delete_at  REAL    NOT NULL
);
CREATE INDEX nudge_deletions_by_time ON nudge_deletions (delete_at);
