"""Shortcuts on the per-message path answer exactly what the plain way would.

`is_exempt_moderator` stands in for `member.guild_permissions` (a sorted role list
and a `Permissions` object per role, on every message); `names_anyone` lets the
bullying hand-off skip building a `MessageAim` that can hold no target. The
messages and their authors are the ones the real discord.py client builds from the
fake's MESSAGE_CREATE events.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import discord

from bot.client import KindnessBot
from bot.core.moderation.bullying_targets import targets_of
from bot.discord.message_aim import message_aim, names_anyone
from bot.discord.permissions import EXEMPT_MODERATOR_PERMISSIONS, is_exempt_moderator
from tests.e2e.kindness_harness import channel_id, member, running_bot
from tests.fakediscord import FakeDiscord, Perm


def plain_way(m: discord.Member) -> bool:
    return m.guild_permissions.value & EXEMPT_MODERATOR_PERMISSIONS != 0


class Seen(list[discord.Message]):
    """Every member's message the watcher is handed, as discord.py built it."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived: asyncio.Queue[None] = asyncio.Queue()

    async def until(self, count: int) -> None:
        async with asyncio.timeout(10):
            while len(self) < count:
                await self.arrived.get()


@asynccontextmanager
async def recording(bot: KindnessBot) -> AsyncIterator[Seen]:
    seen = Seen()
    watch: Callable[[discord.Message], Awaitable[None]] | None = bot.message_handler
    assert watch is not None

    async def record(message: discord.Message) -> None:
        if not message.author.bot:  # not the bot's own nudges
            seen.append(message)
            seen.arrived.put_nowait(None)
        await watch(message)

    bot.message_handler = record
    try:
        yield seen
    finally:
        bot.message_handler = watch


async def test_the_moderator_shortcut_agrees_with_guild_permissions(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    roles = {
        "mods": guild.add_role("mods", Perm.MANAGE_MESSAGES),
        "managers": guild.add_role("managers", Perm.MANAGE_GUILD),
        "admins": guild.add_role("admins", Perm.ADMINISTRATOR),
        "helpers": guild.add_role("helpers", Perm.KICK_MEMBERS | Perm.SEND_MESSAGES),
    }
    expected = {"plain": False, "mods": True, "managers": True, "admins": True, "helpers": False}
    ids = {"plain": member(fake_discord, guild, "plain").id}
    for name, role in roles.items():
        user = fake_discord.add_user(name)
        guild.add_member(user, roles=[role.id])
        ids[name] = user.id
    gone = fake_discord.add_user("gone-role")  # a role id the guild no longer has
    guild.add_member(gone, roles=[987654321])
    ids["gone-role"], expected["gone-role"] = gone.id, False
    ids["owner"], expected["owner"] = guild.owner_id, True
    async with running_bot(fake_discord, tmp_path / "k.db") as bot, recording(bot) as seen:
        for user_id in ids.values():
            await fake_discord.send_message(channel_id(guild), user_id, "hello there")
        await seen.until(len(ids))
        authors = {m.author.id: m.author for m in seen}
        members: dict[str, discord.Member] = {}
        for name, user_id in ids.items():
            author = authors[user_id]
            assert isinstance(author, discord.Member)
            members[name] = author
            assert is_exempt_moderator(author) is plain_way(author) is expected[name], name
        # A timeout takes a moderator's permissions away, but not an admin's.
        later = discord.utils.utcnow() + dt.timedelta(hours=1)
        for name, still in (("mods", False), ("managers", False), ("admins", True)):
            members[name].timed_out_until = later
            assert is_exempt_moderator(members[name]) is plain_way(members[name]) is still, name
        # Manage Messages on @everyone makes every member a moderator.
        members["plain"].guild.default_role._permissions = Perm.MANAGE_MESSAGES
        assert is_exempt_moderator(members["plain"]) is plain_way(members["plain"]) is True


async def test_a_message_naming_no_one_has_no_bullying_target(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    guild = fake_discord.add_guild()
    alice, bob = member(fake_discord, guild, "alice"), member(fake_discord, guild, "bob")
    general = channel_id(guild)
    async with running_bot(fake_discord, tmp_path / "k.db") as bot, recording(bot) as seen:
        first = await fake_discord.send_message(general, bob.id, "hello")
        sent = [
            await fake_discord.send_message(general, alice.id, "you idiot"),
            await fake_discord.send_message(general, alice.id, "you idiot", mentions=[bob.id]),
            await fake_discord.send_message(general, alice.id, "me idiot", mentions=[alice.id]),
            await fake_discord.send_message(
                general, alice.id, "you idiot", reply_to=int(first["id"])
            ),
        ]
        await seen.until(1 + len(sent))
    answers = [(names_anyone(m), targets_of(message_aim(m))) for m in seen[1:]]
    assert answers == [(False, ()), (True, (bob.id,)), (True, ()), (True, (bob.id,))]
    for named, targets in answers:
        assert named or not targets  # the shortcut never hides a target
