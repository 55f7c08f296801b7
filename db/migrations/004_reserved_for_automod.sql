-- Placeholder on the experiment branch only: number 004 belongs to the AutoMod branch.
-- Delete this file when merging that branch's 004 migration (the loader refuses two 004s).
SELECT 1;
