"""Weekly summaries through the fake Discord: scheduled at local time, posted on demand,
and a channel the bot cannot send in recorded as a failure instead of a crash."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.client import KindnessBot
from bot.config import AppConfig
from bot.core.stats.counters import StatRow
from bot.core.stats.summary_status import SummaryState
from cogs.moderation.summary import set_summary_channel, set_summary_time
from cogs.summaries import Summaries, post_summary_now, preview_summary
from tests.e2e.moderation_support import bot_with, moderator_id, run
from tests.fakediscord import (
    ChannelOption,
    FakeDiscord,
    FakeGuild,
    Perm,
    RecordedRequest,
    connect_client,
)

TICK = 0.02


class Clock:
    """A controllable `now` for the scheduler."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def world(fake_discord: FakeDiscord) -> FakeGuild:
    return fake_discord.add_guild(text_channels=("general", "summaries"))


async def counting_since_january(bot: KindnessBot, guild_id: int) -> None:
    """The bot has counted in this server since long before the weeks tested."""
    await bot.db.add_stats([StatRow(guild_id, "2026-01-05", 0, "seen", 1)])


def channel_id(guild: FakeGuild, name: str) -> int:
    return next(c.id for c in guild.channels.values() if c.name == name)


@pytest.fixture
async def bot(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[KindnessBot]:
    config = AppConfig(discord_token=fake_discord.token, database_path=tmp_path / "k.db")
    client = KindnessBot(config, extensions=(), guild_ready_timeout=0.05)
    async with connect_client(client, fake_discord):
        yield client


async def use_clock(bot: KindnessBot, clock: Clock) -> Summaries:
    """Replace the summaries cog with one on a test clock (also how a restart looks)."""
    await bot.remove_cog(Summaries.__cog_name__)
    cog = Summaries(bot, clock=clock, interval=TICK)
    await bot.add_cog(cog)
    return cog


def summary_posts(fake: FakeDiscord, channel: int) -> list[RecordedRequest]:
    return fake.find_requests("POST", f"/channels/{channel}/messages")


async def test_scheduler_posts_once_at_local_time_with_embed_and_chart(
    fake_discord: FakeDiscord, world: FakeGuild, bot: KindnessBot
) -> None:
    summaries = channel_id(world, "summaries")
    await set_summary_channel(bot, world.id, summaries)
    await set_summary_time(bot, world.id, weekday="monday", hour=9, timezone="europe/rome")
    await bot.db.add_stats(
        [
            StatRow(world.id, "2026-11-10", summaries, "seen", 300),
            StatRow(world.id, "2026-11-10", summaries, "flagged", 7),
            StatRow(world.id, "2026-11-11", summaries, "kind", 12),
        ]
    )
    clock = Clock(datetime(2026, 11, 16, 7, 59, tzinfo=UTC))  # 08:59 in Rome
    await use_clock(bot, clock)
    await asyncio.sleep(TICK * 10)
    assert summary_posts(fake_discord, summaries) == []

    clock.now = datetime(2026, 11, 16, 8, 0, 5, tzinfo=UTC)  # 09:00:05 in Rome
    post = await fake_discord.wait_for_request("POST", f"/channels/{summaries}/messages")
    embed = post.json["embeds"][0]
    assert embed["title"] == "#CreateKindness weekly summary · 9–15 November 2026"
    assert "late" not in embed["description"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Hostile messages flagged"] == "7\n2.3% of messages seen"  # nothing to compare
    assert fields["Channels with most flags"] == f"<#{summaries}>: 7"
    assert embed["image"]["url"] == "attachment://kindness-summary-2026-W46.png"
    assert [f.filename for f in post.files] == ["kindness-summary-2026-W46.png"]
    assert post.files[0].size > 10_000
    assert post.json["allowed_mentions"]["parse"] == []

    await asyncio.sleep(TICK * 10)  # many more ticks
    clock.now += timedelta(days=2)
    await use_clock(bot, clock)  # a restart mid-week
    await asyncio.sleep(TICK * 10)
    assert len(summary_posts(fake_discord, summaries)) == 1
    status = await bot.db.summary_status(world.id)
    assert status is not None
    assert (status.week, status.state) == ("2026-W46", SummaryState.POSTED)


async def test_catch_up_after_downtime_says_late(
    fake_discord: FakeDiscord, world: FakeGuild, bot: KindnessBot
) -> None:
    summaries = channel_id(world, "summaries")
    await counting_since_january(bot, world.id)
    await set_summary_channel(bot, world.id, summaries)
    await bot.db.finish_summary(world.id, "2026-W45", ok=True, error=None)
    await use_clock(bot, Clock(datetime(2026, 11, 17, 15, tzinfo=UTC)))  # due Monday 09:00 UTC
    post = await fake_discord.wait_for_request("POST", f"/channels/{summaries}/messages")
    assert post.json["embeds"][0]["description"].startswith("⏰ This summary is late")
    await asyncio.sleep(TICK * 10)
    assert len(summary_posts(fake_discord, summaries)) == 1


async def test_no_post_without_a_summary_channel(
    fake_discord: FakeDiscord, world: FakeGuild, bot: KindnessBot
) -> None:
    await set_summary_time(bot, world.id, hour=9)
    await use_clock(bot, Clock(datetime(2026, 11, 16, 9, tzinfo=UTC)))
    await asyncio.sleep(TICK * 10)
    assert fake_discord.find_requests("POST", "/channels/{channel_id}/messages") == []
    answer = await post_summary_now(bot, world.id)
    assert answer.startswith("No summary channel is set")


async def test_post_now_sends_embed_and_png_to_the_summary_channel(
    fake_discord: FakeDiscord, world: FakeGuild, bot: KindnessBot
) -> None:
    summaries = channel_id(world, "summaries")
    await counting_since_january(bot, world.id)
    await set_summary_channel(bot, world.id, summaries)
    await use_clock(bot, Clock(datetime(2026, 11, 20, 12, tzinfo=UTC)))
    answer = await post_summary_now(bot, world.id)
    assert answer == f"Posted the weekly summary for 2026-W46 in <#{summaries}>."
    (post,) = summary_posts(fake_discord, summaries)
    assert post.json["embeds"][0]["title"].startswith("#CreateKindness weekly summary")
    assert post.files[0].filename.endswith(".png")
    stored = fake_discord.messages_in(summaries)[-1]
    assert stored["attachments"][0]["filename"] == "kindness-summary-2026-W46.png"


async def test_preview_is_the_week_so_far(world: FakeGuild, bot: KindnessBot) -> None:
    await use_clock(bot, Clock(datetime(2026, 11, 18, 12, tzinfo=UTC)))
    embed, file = await preview_summary(bot, world.id)
    assert embed.title is not None
    assert embed.title.startswith("#CreateKindness week so far · 16–18 November 2026")
    assert file.filename == "kindness-summary-2026-W47.png"


async def test_channel_without_send_permission_is_recorded_not_crashed(
    fake_discord: FakeDiscord, world: FakeGuild, tmp_path: Path
) -> None:
    summaries = channel_id(world, "summaries")
    world.set_overwrite(summaries, world.bot_role_id, deny=Perm.SEND_MESSAGES)
    config = AppConfig(discord_token=fake_discord.token, database_path=tmp_path / "k.db")
    async with connect_client(
        KindnessBot(config, extensions=(), guild_ready_timeout=0.05), fake_discord
    ) as client:
        await counting_since_january(client, world.id)
        await set_summary_channel(client, world.id, summaries)
        clock = Clock(datetime(2026, 11, 16, 9, tzinfo=UTC))
        cog = await use_clock(client, clock)
        await fake_discord.wait_for_request("POST", f"/channels/{summaries}/messages")
        await asyncio.sleep(TICK * 5)
        status = await client.db.summary_status(world.id)
        assert status is not None
        assert status.state is SummaryState.FAILED
        assert status.error == "missing permission: Send Messages in #summaries"
        assert cog.tick_loop.is_running()
        answer = await post_summary_now(client, world.id)
        assert "missing permission: Send Messages in #summaries" in answer
        assert len(summary_posts(fake_discord, summaries)) == 2  # the tick, then the command
        assert all(r.status == 403 for r in summary_posts(fake_discord, summaries))


async def test_extension_loads_the_ticking_cog(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    fake_discord.add_guild()
    config = AppConfig(discord_token=fake_discord.token, database_path=tmp_path / "k.db")
    client = KindnessBot(config, extensions=("cogs.summaries",), guild_ready_timeout=0.05)
    async with connect_client(client, fake_discord):
        cog = client.get_cog(Summaries.__cog_name__)
        # load_extension re-executes the module, so compare by name, not class identity
        assert type(cog).__name__ == "Summaries"
        assert cog.tick_loop.is_running()


async def test_slash_command_summary_post_sends_embed_and_png(
    fake_discord: FakeDiscord, world: FakeGuild, tmp_path: Path
) -> None:
    summaries = channel_id(world, "summaries")
    general = channel_id(world, "general")
    extensions = ("cogs.moderation", "cogs.summaries")
    async with bot_with(fake_discord, tmp_path / "k.db", extensions) as client:
        await counting_since_january(client, world.id)
        await use_clock(client, Clock(datetime(2026, 11, 20, 12, tzinfo=UTC)))
        await run(
            fake_discord,
            general,
            moderator_id(world),
            "kindness summary channel",
            {"channel": ChannelOption(summaries)},
        )
        answer = await run(fake_discord, general, moderator_id(world), "kindness summary post")
        assert answer.ephemeral
        assert f"Posted the weekly summary for 2026-W46 in <#{summaries}>" in answer.text
        (post,) = summary_posts(fake_discord, summaries)
        assert post.json["embeds"][0]["image"]["url"] == (
            "attachment://kindness-summary-2026-W46.png"
        )
        assert [f.filename for f in post.files] == ["kindness-summary-2026-W46.png"]
        preview = await run(fake_discord, general, moderator_id(world), "kindness summary preview")
        assert preview.ephemeral
        assert "#CreateKindness week so far" in preview.text
        assert len(summary_posts(fake_discord, summaries)) == 1  # the preview is not posted


async def test_deleted_summary_channel_is_recorded_not_crashed(
    fake_discord: FakeDiscord, world: FakeGuild, bot: KindnessBot
) -> None:
    await counting_since_january(bot, world.id)
    await set_summary_channel(bot, world.id, 999_999)  # a channel that no longer exists
    cog = await use_clock(bot, Clock(datetime(2026, 11, 16, 9, tzinfo=UTC)))
    for _ in range(100):
        status = await bot.db.summary_status(world.id)
        if status is not None and status.state is SummaryState.FAILED:
            break
        await asyncio.sleep(TICK)
    assert status is not None
    assert status.error == "the summary channel no longer exists or is not a text channel"
    assert fake_discord.find_requests("POST", "/channels/{channel_id}/messages") == []
    assert cog.tick_loop.is_running()
