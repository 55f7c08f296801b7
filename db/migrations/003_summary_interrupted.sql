-- Weekly summaries: a post cut short by a shutdown is recorded as 'interrupted', and a
-- claim names the bot run that made it (claimed_by), so a restart knows at once that an
-- unfinished claim is not its own and checks the channel before posting again.
-- SQLite cannot change a CHECK constraint in place: copy into a new table.
CREATE TABLE summary_posts_new (
    guild_id   INTEGER NOT NULL,
    week       TEXT    NOT NULL CHECK (length(week) = 8),
    state      TEXT    NOT NULL
               CHECK (state IN ('claimed', 'posted', 'failed', 'interrupted')),
    updated_at REAL    NOT NULL,
    error      TEXT,
    claimed_by TEXT,
    PRIMARY KEY (guild_id, week)
) WITHOUT ROWID;
INSERT INTO summary_posts_new (guild_id, week, state, updated_at, error)
    SELECT guild_id, week, state, updated_at, error FROM summary_posts;
DROP TABLE summary_posts;
ALTER TABLE summary_posts_new RENAME TO summary_posts;
