"""`/kindness bullying ...`: status, thresholds with bounds, switching patterns and the DM off."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.bullying_support import alert_posts, dm_posts, pile_on, server, settled
from tests.e2e.delivery_support import eventually
from tests.e2e.kindness_harness import running_bot, totals
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import ChannelOption, FakeDiscord


async def test_status_and_settings_are_saved_with_the_server(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    where = server(fake_discord)
    mod = moderator_id(where.guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        status = await run(fake_discord, where.general, mod, "kindness bullying status")
        assert status.ephemeral and status.no_pings
        assert "Pile-on: **on**: 5 hostile messages from at least 3" in status.text
        assert "within 30 minutes" in status.text
        assert "on at least 3 different days within 7 days" in status.text
        assert "No alert channel is set" in status.text

        changed = await run(
            fake_discord,
            where.general,
            mod,
            "kindness bullying pileon",
            {"messages": 8, "members": 4, "minutes": 60},
        )
        assert "8 hostile messages from at least 4 different members within 60" in changed.text
        refused = await run(
            fake_discord, where.general, mod, "kindness bullying pileon", {"members": 9}
        )
        assert "at least as many messages as members" in refused.text
        off = await run(
            fake_discord,
            where.general,
            mod,
            "kindness bullying persistent",
            {"enabled": False, "days": 5},
        )
        assert "Persistent targeting: **off**" in off.text and "at least 5 different" in off.text
        await run(fake_discord, where.general, mod, "kindness bullying dm", {"enabled": False})
        settings = await bot.db.get_guild_settings(where.guild.id)
    assert (
        settings.bullying_pileon_messages,
        settings.bullying_pileon_members,
        settings.bullying_pileon_minutes,
        settings.bullying_persistent_enabled,
        settings.bullying_persistent_days,
        settings.bullying_dm_enabled,
    ) == (8, 4, 60, False, 5, False)


async def test_dm_off_means_moderators_only_and_pile_on_off_means_nothing(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    where = server(fake_discord)
    mod = moderator_id(where.guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await run(
            fake_discord,
            where.general,
            mod,
            "kindness setup",
            {"alert_channel": ChannelOption(where.mods)},
        )
        await run(fake_discord, where.general, mod, "kindness bullying dm", {"enabled": False})
        await pile_on(fake_discord, where, [*where.others, where.others[0]])
        await eventually(lambda: len(alert_posts(fake_discord, where)) == 1, "the alert")
        await run(fake_discord, where.general, mod, "kindness bullying pileon", {"enabled": False})
        await pile_on(fake_discord, where, where.others * 2)
        await settled(bot, where.guild.id, 6 + 9)
        stats = await totals(bot, where.guild.id)
    assert len(alert_posts(fake_discord, where)) == 1
    assert not dm_posts(fake_discord, where.target)
    assert stats["bullying_episodes"] == 1 and "bullying_supported" not in stats
