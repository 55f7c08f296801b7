-- The AutoMod rule each server let the bot own (twin of db/migrations/004): its id on
-- Discord, so the bot finds it again after a restart. No words, no message text.
CREATE TABLE automod_rules (
    guild_id   BIGINT           PRIMARY KEY,
    rule_id    BIGINT           NOT NULL,
    enabled_at DOUBLE PRECISION NOT NULL
);
