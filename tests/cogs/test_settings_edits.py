"""Every setting changes through one path, under the per-server lock: summary settings too.

Two moderators editing at once must not lose each other's change. Before the summary
settings went through `edit_guild_settings`, `/kindness summary channel` read the
settings, waited on the database write and then cached its copy, undoing a threshold
change saved in between.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.client import KindnessBot
from bot.core.guild_settings import GuildSettings
from cogs.moderation.common import edit_guild_settings
from cogs.moderation.summary import set_summary_channel, set_summary_time

GUILD = 7


async def test_a_summary_edit_and_another_edit_at_once_both_stick(
    bot: KindnessBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_save = bot.db.save_guild_settings

    async def slow_save(settings: GuildSettings) -> None:
        await asyncio.sleep(0.05)  # the other edit runs meanwhile, as with a busy disk
        await real_save(settings)

    monkeypatch.setattr(bot.db, "save_guild_settings", slow_save)
    await asyncio.gather(
        edit_guild_settings(bot, GUILD, lambda s: s.replace(threshold=0.8)),
        set_summary_channel(bot, GUILD, 555),
        set_summary_time(bot, GUILD, hour=9),
    )
    for settings in (await bot.settings.get(GUILD), await bot.db.get_guild_settings(GUILD)):
        assert settings.threshold == 0.8
        assert settings.summary_channel_id == 555
        assert settings.summary_hour == 9
    await bot.db.close()


async def test_an_invalid_summary_time_saves_nothing(bot: KindnessBot) -> None:
    before = await bot.settings.get(GUILD)
    with pytest.raises(ValueError):
        await set_summary_time(bot, GUILD, hour=9, timezone="Not/AZone")
    assert await bot.settings.get(GUILD) == before
    assert await bot.db.get_guild_settings(GUILD) == before
    await bot.db.close()
