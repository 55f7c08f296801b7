"""Names a server owner chose, through the real client and the fake Discord: what the bot
sends shows them literally (no markdown, no masked link, no mention), and pings no one."""

from __future__ import annotations

from pathlib import Path

from bot.core.guild_settings import DeliveryMode
from bot.core.stats.counters import StatRow
from bot.core.texts.escape import ZERO_WIDTH_SPACE as ZWSP
from cogs.moderation.summary import set_summary_channel
from cogs.summaries import post_summary_now
from tests.e2e.kindness_harness import channel_id, configure, member, running_bot
from tests.e2e.moderation_support import moderator_id, run
from tests.fakediscord import FakeDiscord, Perm

EVIL = "**[Free Nitro](https://evil.example)** @everyone"
EVIL_SHOWN = rf"\*\*\[Free Nitro\]\(https\://evil.example\)\*\* @{ZWSP}everyone"


async def test_the_server_name_in_a_dm_nudge_is_escaped(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(EVIL)
    alice = member(fake_discord, guild, "alice")
    general = channel_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, delivery=DeliveryMode.DM)
        await fake_discord.send_message(general, alice.id, "you are a fucking idiot")
        dm = fake_discord.dm_channel(alice.id)
        sent = (await fake_discord.wait_for_request("POST", f"/channels/{dm.id}/messages")).json
    assert EVIL_SHOWN in sent["content"]
    assert "[Free Nitro](" not in sent["content"] and "@everyone" not in sent["content"]
    assert sent["allowed_mentions"] == {"parse": []}


async def test_role_names_in_the_settings_answer_are_escaped(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    role = guild.add_role(EVIL)
    general = channel_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, exempt_roles=frozenset({role.id}))
        answer = await run(fake_discord, general, moderator_id(guild), "kindness settings")
    assert f"@{EVIL_SHOWN}" in answer.text
    assert "[Free Nitro](" not in answer.text and "@everyone" not in answer.text


async def test_a_channel_name_in_a_summary_failure_is_escaped(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "[x](https://evil.example)"))
    summaries = channel_id(guild, "[x](https://evil.example)")
    guild.set_overwrite(summaries, guild.bot_role_id, deny=Perm.SEND_MESSAGES)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await set_summary_channel(bot, guild.id, summaries)
        await bot.db.add_stats([StatRow(guild.id, "2020-01-06", 0, "seen", 1)])  # counting since
        answer = await post_summary_now(bot, guild.id)
    assert r"#\[x\]\(https\://evil.example\)" in answer
    assert "[x](" not in answer
