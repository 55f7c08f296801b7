-- Bullying patterns (twin of db/migrations/006). The pattern state itself (who aimed hostile messages at
-- whom) lives in memory only; stored are two bare member ids per server, no text:
-- members who asked not to be messaged about it again (kept until /kindness forget),
-- and when a member was last sent (or offered) such a message, for the
-- one-per-7-days limit (pruned after 7 days, erased by /kindness forget).
CREATE TABLE bullying_optouts (
    guild_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

CREATE TABLE bullying_dms (
    guild_id BIGINT           NOT NULL,
    user_id  BIGINT           NOT NULL,
    sent_at  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX bullying_dms_by_time ON bullying_dms (sent_at);
