"""Guild settings survive a round trip through SQLite, every field of them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bot.core.guild_settings import DeliveryMode, GuildSettings
from bot.core.scoring.verdict import Category
from db.database import Database


def _every_field_changed(guild_id: int) -> GuildSettings:
    settings = GuildSettings(
        guild_id=guild_id,
        paused=True,
        threshold=0.73,
        delivery=DeliveryMode.DM,
        nudge_delete_after=45,
        cooldown_seconds=900,
        languages=("it", "en"),
        kindness_reaction=False,
        kindness_emoji="\N{SPARKLING HEART}",
        ignored_channels=frozenset({11, 12}),
        profanity_ok_channels=frozenset({13}),
        exempt_roles=frozenset({21, 22, 23}),
        custom_terms={"gremlin": Category.INSULT, "go away forever": Category.EXCLUSION},
        allowed_terms=frozenset({"sick", "killer app"}),
        alert_channel_id=31,
        rules_channel_id=32,
        summary_channel_id=33,
        summary_weekday=4,
        summary_hour=18,
        summary_timezone="Europe/Rome",
        outcome_window_seconds=1200,
        repeat_window_seconds=7200,
        repeat_alert_count=5,
        bullying_pileon_enabled=False,
        bullying_pileon_messages=8,
        bullying_pileon_members=4,
        bullying_pileon_minutes=60,
        bullying_persistent_enabled=False,
        bullying_persistent_days=4,
        bullying_dm_enabled=False,
    )
    defaults = GuildSettings(guild_id=guild_id)
    unchanged = [
        f.name
        for f in dataclasses.fields(GuildSettings)
        if f.name != "guild_id" and getattr(settings, f.name) == getattr(defaults, f.name)
    ]
    assert unchanged == [], "extend this test when GuildSettings grows a field"
    return settings


async def test_missing_guild_gets_defaults(db: Database) -> None:
    assert await db.get_guild_settings(42) == GuildSettings(guild_id=42)
    assert await db.all_guild_settings() == []


async def test_every_field_round_trips(db: Database, db_path: Path) -> None:
    settings = _every_field_changed(42)
    await db.save_guild_settings(settings)
    await db.close()
    reopened = await Database.open(db_path)
    try:
        loaded = await reopened.get_guild_settings(42)
    finally:
        await reopened.close()
    assert loaded == settings
    assert isinstance(loaded.custom_terms["gremlin"], Category)
    assert isinstance(loaded.delivery, DeliveryMode)
    assert isinstance(loaded.allowed_terms, frozenset)
    assert isinstance(loaded.ignored_channels, frozenset)
    assert loaded.languages == ("it", "en")


async def test_save_replaces_and_guilds_are_separate(db: Database) -> None:
    await db.save_guild_settings(GuildSettings(guild_id=1, threshold=0.9))
    await db.save_guild_settings(GuildSettings(guild_id=2, paused=True))
    await db.save_guild_settings(GuildSettings(guild_id=1, threshold=0.6))
    assert (await db.get_guild_settings(1)).threshold == 0.6
    assert (await db.get_guild_settings(2)).paused
    assert [s.guild_id for s in await db.all_guild_settings()] == [1, 2]
