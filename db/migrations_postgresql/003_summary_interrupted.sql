-- Weekly summaries (twin of db/migrations/003): a post cut short by a shutdown is recorded
-- as 'interrupted', and a claim names the bot run that made it (claimed_by).
ALTER TABLE summary_posts DROP CONSTRAINT summary_posts_state;
ALTER TABLE summary_posts ADD CONSTRAINT summary_posts_state
    CHECK (state IN ('claimed', 'posted', 'failed', 'interrupted'));
ALTER TABLE summary_posts ADD COLUMN claimed_by TEXT;
