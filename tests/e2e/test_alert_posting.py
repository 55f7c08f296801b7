"""Moderator alerts end to end: one alert per member, edited with a count, a digest
past the server's cap, and a new post (not an edit) when the alert channel changes."""

from __future__ import annotations

import re
from pathlib import Path

from bot.core.moderation.alerts import ALERTS_PER_WINDOW
from tests.e2e.delivery_support import SEVERE, eventually, members, settled
from tests.e2e.kindness_harness import channel_id, configure, member, posts_to, running_bot, totals
from tests.fakediscord import FakeDiscord


async def test_a_writable_alert_channel_gets_one_alert_per_member_updated_with_a_count(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """100 severe messages from 5 members: at most 10 alert posts, every member in them."""
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    authors = members(fake_discord, guild, 5, "m")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods)
        for round_ in range(20):
            for author in authors:
                await fake_discord.send_message(general, author.id, f"{SEVERE} {round_}")
        await settled(bot, guild.id, 100)

        def final_counts() -> dict[int, str]:
            return {
                a.id: m["content"]
                for m in fake_discord.messages_in(mods)
                for a in authors
                if f"<@{a.id}>" in m["content"]
            }

        await eventually(
            lambda: all("**20**" in text for text in final_counts().values()),
            "every alert updated to 20 messages",
        )
        stats = await totals(bot, guild.id)
    posts = posts_to(fake_discord, mods)
    assert len(posts) <= 10 and len(posts) == 5
    assert {a.id for a in authors} == set(final_counts())
    assert all(f"<@{a.id}>" in "".join(p.json["content"] for p in posts) for a in authors)
    edits = fake_discord.find_requests("PATCH", re.compile(rf"/channels/{mods}/messages/\d+"))
    assert len(edits) <= 95  # updates ride on queued ones: usually far fewer
    assert all(e.json["allowed_mentions"] == {"parse": []} for e in edits)
    assert stats["alerts"] == 5
    for text in final_counts().values():
        assert "kill" not in text.lower().replace("kindness", "")  # the excerpt is censored


async def test_past_the_server_cap_one_digest_counts_the_rest(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods"))
    general, mods = channel_id(guild), channel_id(guild, "mods")
    authors = members(fake_discord, guild, ALERTS_PER_WINDOW + 10, "m")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods)
        for author in authors:
            await fake_discord.send_message(general, author.id, SEVERE)
        await settled(bot, guild.id, len(authors))
        await eventually(
            lambda: any("**10** more" in m["content"] for m in fake_discord.messages_in(mods)),
            "the digest counts the 10 alerts past the cap",
        )
    posts = posts_to(fake_discord, mods)
    assert len(posts) == ALERTS_PER_WINDOW + 1  # 20 alerts and one digest
    digest = next(m for m in fake_discord.messages_in(mods) if "**10** more" in m["content"])
    in_digest = {a.id for a in authors if f"<@{a.id}>" in digest["content"]}
    alerted = {
        a.id
        for a in authors
        for m in fake_discord.messages_in(mods)
        if f"Who: <@{a.id}>" in m["content"]
    }
    assert len(in_digest) == 10 and len(alerted) == ALERTS_PER_WINDOW
    assert in_digest | alerted == {a.id for a in authors}  # every member represented once


async def test_a_new_alert_channel_gets_a_new_alert_not_an_edit_of_the_old_one(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild(text_channels=("general", "mods", "mods2"))
    general, mods, mods2 = (channel_id(guild, n) for n in ("general", "mods", "mods2"))
    alice = member(fake_discord, guild, "alice")
    async with running_bot(fake_discord, tmp_path / "k.db") as bot:
        await configure(bot, guild, alert_channel_id=mods)
        await fake_discord.send_message(general, alice.id, SEVERE)
        await fake_discord.wait_for_request("POST", f"/channels/{mods}/messages")
        await configure(bot, guild, alert_channel_id=mods2)
        await fake_discord.send_message(general, alice.id, f"{SEVERE} again")
        moved = await fake_discord.wait_for_request("POST", f"/channels/{mods2}/messages")
        await settled(bot, guild.id, 2)
    assert "**2**" in moved.json["content"]  # the open alert, counted on
    assert not fake_discord.find_requests("PATCH", re.compile(rf"/channels/{mods}/messages/\d+"))
