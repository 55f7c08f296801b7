"""What the bullying end-to-end tests share: a server with a target, piling on, the DM."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tests.e2e.delivery_support import settled
from tests.e2e.kindness_harness import HOSTILE, channel_id, member
from tests.fakediscord import FakeDiscord, FakeGuild, FakeUser, RecordedRequest

JSON = dict[str, Any]
NO_PINGS = {"parse": []}


@dataclass
class Server:
    """A guild with #general and #mods, a member who posts, and four others."""

    guild: FakeGuild
    general: int
    mods: int
    target: FakeUser
    others: list[FakeUser]


def server(fake: FakeDiscord, *, dms_open: bool = True) -> Server:
    guild = fake.add_guild(text_channels=("general", "mods"))
    target = member(fake, guild, "target", dms_open=dms_open)
    others = [member(fake, guild, f"m{i}") for i in range(4)]
    return Server(guild, channel_id(guild), channel_id(guild, "mods"), target, others)


async def pile_on(
    fake: FakeDiscord,
    where: Server,
    authors: Sequence[FakeUser],
    *,
    text: str = HOSTILE,
    to: JSON | None = None,
) -> list[JSON]:
    """The target posts (unless replying `to` a post of theirs); each author in turn replies
    to that post with `text`."""
    post = to or await fake.send_message(where.general, where.target.id, "anyone up for a game?")
    return [
        await fake.send_message(where.general, a.id, text, reply_to=int(post["id"]))
        for a in authors
    ]


def dm_posts(fake: FakeDiscord, user: FakeUser) -> list[RecordedRequest]:
    return fake.find_requests("POST", f"/channels/{fake.dm_channel(user.id).id}/messages")


def alert_posts(fake: FakeDiscord, where: Server) -> list[RecordedRequest]:
    return [
        r
        for r in fake.find_requests("POST", f"/channels/{where.mods}/messages")
        if "may be being targeted" in (r.json or {}).get("content", "")
    ]


def alert_edits(fake: FakeDiscord, where: Server) -> list[RecordedRequest]:
    return fake.find_requests("PATCH", re.compile(rf"/channels/{where.mods}/messages/\d+"))


def bot_messages(fake: FakeDiscord) -> list[JSON]:
    """The body of every message the bot posted or edited anywhere (channels, DMs, answers to
    interactions and their follow-ups): every request that carries message content."""
    bodies: list[JSON] = []
    for request in fake.requests:
        body = request.json if isinstance(request.json, dict) else {}
        if request.path.endswith("/callback"):
            body = body.get("data") or {}
        if request.method in ("POST", "PATCH") and body.get("content"):
            bodies.append(body)
    return bodies


__all__ = ["HOSTILE", "settled"]
