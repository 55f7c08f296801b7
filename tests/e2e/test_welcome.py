"""The welcome through the fake Discord: once when added, never on a restart, no pings,
and in the first channel the bot may post in."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.e2e.kindness_harness import SILENT_FLAG, posts_to, running_bot
from tests.fakediscord import FakeDiscord, Perm


async def test_a_server_added_after_ready_gets_one_welcome_and_a_restart_none(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake_discord.add_guild("Already There")
    db = tmp_path / "k.db"
    async with running_bot(fake_discord, db):
        guild = fake_discord.add_guild("New Server", text_channels=("rules", "general"))
        rules, general = sorted(guild.channels)
        guild.set_overwrite(rules, guild.id, deny=Perm.SEND_MESSAGES)  # read-only rules
        await fake_discord.announce_guild(guild)
        request = await fake_discord.wait_for_request("POST", f"/channels/{general}/messages")
        body = request.json or {}
        assert "/kindness setup" in body["content"] and "#CreateKindness" in body["content"]
        assert body["allowed_mentions"] == {"parse": []}
        assert body["flags"] & SILENT_FLAG
        assert not posts_to(fake_discord, rules)
    start = len(fake_discord.requests)
    async with running_bot(fake_discord, db):  # a restart: the server is not joined again
        await asyncio.sleep(0.5)
    assert not posts_to(fake_discord, general, start=start)


async def test_no_channel_to_post_in_means_no_welcome_and_no_error(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        guild = fake_discord.add_guild(
            "Locked", bot_permissions=Perm.VIEW_CHANNEL, everyone_permissions=Perm.VIEW_CHANNEL
        )
        start = len(fake_discord.requests)
        await fake_discord.announce_guild(guild)
        await asyncio.sleep(0.5)
        assert not fake_discord.find_requests(
            "POST", "/channels/{channel_id}/messages", start=start
        )
        assert bot.get_guild(guild.id) is not None  # the bot is there, quietly
