"""The schema has no place for message text: every text column is on a short, known list."""

from __future__ import annotations

from db.database import Database

# Each text column and why it can never hold a message.
ALLOWED_TEXT_COLUMNS = {
    ("guild_settings", "data"): "GuildSettings JSON (ids, numbers, moderator-chosen terms)",
    ("daily_stats", "day"): "YYYY-MM-DD",
    ("daily_stats", "metric"): "metric name",
    ("user_state", "recent_flags"): "JSON list of timestamps",
    ("feedback_terms", "term"): "canonical lexicon term, at most 100 chars",
    ("summary_posts", "week"): "YYYY-Www",
    ("summary_posts", "state"): "claimed/posted/failed/interrupted",
    ("summary_posts", "claimed_by"): "random id of the bot run that claimed the week",
    ("summary_posts", "error"): "error reason, truncated",
    ("meta", "key"): "internal key",
    ("meta", "value"): "internal value (e.g. command hash)",
    ("experiments", "hmac_key"): "the experiment's random key, hex",
    ("experiment_members", "member"): "keyed hash of a member id, hex",
    ("experiment_members", "arm"): "nudged/held_back",
    ("experiment_arms", "arm"): "nudged/held_back",
}
NUMERIC_TYPES = ("INTEGER", "REAL", "BIGINT", "DOUBLE PRECISION")


async def test_only_known_text_columns_exist(db: Database) -> None:
    conn = db._conn
    found: set[tuple[str, str]] = set()
    async with conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'") as cur:
        tables = [r[0] for r in await cur.fetchall()]
    for table in tables:
        async with conn.execute(f"PRAGMA table_info({table})") as cur:
            for _cid, name, decl, *_ in await cur.fetchall():
                if decl.upper() not in NUMERIC_TYPES:
                    found.add((table, name))
    assert found == set(ALLOWED_TEXT_COLUMNS)
