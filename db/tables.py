"""Every table that holds the bot's data, with its key: what `kindness-bot migrate --from
--to` copies and verifies.

A migration that adds a table adds it here too (a test compares this list with both
backends' schemas, so a forgotten one fails the suite, and the copy refuses a source
holding a table it does not know rather than silently leave it behind).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Table:
    """A table and its primary key columns (the copy reads it in key order)."""

    name: str
    key: tuple[str, ...]


TABLES: tuple[Table, ...] = (
    Table("guild_settings", ("guild_id",)),
    Table("daily_stats", ("guild_id", "day", "channel_id", "metric")),
    Table("user_state", ("guild_id", "user_id")),
    Table("feedback_terms", ("guild_id", "term")),
    Table("summary_posts", ("guild_id", "week")),
    Table("nudge_deletions", ("message_id",)),
    Table("meta", ("key",)),
    Table("automod_rules", ("guild_id",)),
    Table("experiments", ("experiment_id",)),
    Table("experiment_members", ("experiment_id", "member")),
    Table("experiment_arms", ("experiment_id", "arm")),
    Table("bullying_optouts", ("guild_id", "user_id")),
    Table("bullying_dms", ("guild_id", "user_id")),
)

BOOKKEEPING = frozenset({"kindness_schema_migrations"})
"""Tables each backend keeps about its own schema: never copied."""
