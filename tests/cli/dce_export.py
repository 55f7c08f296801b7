"""DiscordChatExporter-shaped JSON exports for the replay tests and bench/bench_replay.py.

The shape follows DiscordChatExporter's JsonMessageWriter: an indented object with
`guild`, `channel`, `dateRange`, `exportedAt`, `messages` and `messageCount`, raw
(unescaped) non-ASCII text, timestamps in ISO 8601 with the exporting machine's
offset. Exports are written as they are generated, so a million messages never sit
in memory. Everything is seeded: the same arguments give the same bytes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

GUILD_ID = 900_000_000_000_000_001
CHANNEL_ID = 900_000_000_000_000_002
BOT_ID = 900_000_000_000_000_003
START = datetime(2026, 11, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))

HOSTILE = (
    "you are such an idiot",
    "you're fucking useless",
    "kys",
    "go die in a fire",
    "nobody wants you here, leave",
    "shut up you moron",
    "i will find you and hurt you",
    "f u c k you",
    "you're a 1d10t",
    "stuuupid loser",
    "you stupid noob",
    "what a loser!",
    "noob team gg ez",
    "I hope you rot",
)
FRIENDLY = (
    "thanks so much, you're awesome",
    "#CreateKindness great job everyone",
    "good game, well played",
    "congrats on the release!",
    "I love this community",
    "have a nice day all",
    "you're not stupid, you're learning",
    "he called me a loser, what do I do?",
    "saying kys is never ok",
    "kill the boss first, then loot",
)
PROFANE = (
    "that was fucking awesome",
    "holy shit that was close",
    "damn this printer",
    "this stupid printer again",
    "fuck yeah we won",
    "I'm such an idiot, forgot my keys",
)
ITALIAN = (
    "sei un idiota",
    "vaffanculo",
    "ti ammazzo",
    "ciao a tutti, come va?",
    "non sei stupido",
    "mi ha chiamato idiota, cosa faccio?",
    "questo stupido telefono",
    "cazzo che partita",
    "grazie mille, sei fantastico",
    "che idiota che sei",
    "nessuno ti vuole qui",
    "ammazza che bravo",
)
UNICODE_EDGE = (
    "y\u200bou are an id\u200biot",
    "i\u0337d\u0337i\u0337o\u0337t\u0337 you",
    "y\u043eu \u0430re an idi\u043et",
    "\U0001f642\U0001f642\U0001f642",
    "\u202eyou idiot\u202c",
    "\U0001f44d\U0001f3fd nice",
    "\uff39\uff2f\uff35 \uff21\uff32\uff25 \uff21\uff2e \uff29\uff24\uff29\uff2f\uff34",
    "assassin Scunthorpe Dickens cocktail",
    'quotes " and \\ backslashes } ] { [ inside',
    "   spaced   out   ",
    "tab\there",
    "line\u2028separator and \u0085 next-line",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467 family",
    "k.y.s",
)
POOLS = (HOSTILE, FRIENDLY, PROFANE, ITALIAN, UNICODE_EDGE)


@dataclass(frozen=True, slots=True)
class Generated:
    """One generated message, with what the replay must see in it."""

    message: dict[str, Any]
    text: str
    flags: str
    """"plain", "mention", "reply", or "skip" (a bot or a system message)."""


def user(user_id: int, *, bot: bool = False, roles: Iterable[int] = ()) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "name": f"user{user_id % 1000}",
        "discriminator": "0000",
        "nickname": f"User {user_id % 1000}",
        "color": None,
        "isBot": bot,
        "roles": [{"id": str(r), "name": f"role {r}", "color": None, "position": 1} for r in roles],
        "avatarUrl": "https://cdn.discordapp.com/embed/avatars/0.png",
    }


def message(
    message_id: int,
    when: datetime,
    author: dict[str, Any],
    content: str,
    *,
    kind: str = "Default",
    mentions: Iterable[dict[str, Any]] = (),
    reply_to: int | None = None,
) -> dict[str, Any]:
    """One message as DiscordChatExporter writes it."""
    out: dict[str, Any] = {
        "id": str(message_id),
        "type": kind,
        "timestamp": when.isoformat(timespec="milliseconds"),
        "timestampEdited": None,
        "callEndedTimestamp": None,
        "isPinned": False,
        "content": content,
        "author": author,
        "attachments": [],
        "embeds": [],
        "stickers": [],
        "reactions": [],
        "mentions": list(mentions),
    }
    if reply_to is not None:
        out["reference"] = {
            "messageId": str(reply_to),
            "channelId": str(CHANNEL_ID),
            "guildId": str(GUILD_ID),
        }
    out["inlineEmojis"] = []
    return out


def header(*, channel_name: str = "general") -> dict[str, Any]:
    return {
        "guild": {"id": str(GUILD_ID), "name": "Test Server", "iconUrl": "x.png"},
        "channel": {
            "id": str(CHANNEL_ID),
            "type": "GuildTextChat",
            "categoryId": "900000000000000009",
            "category": "Text Channels",
            "name": channel_name,
            "topic": None,
        },
        "dateRange": {"after": None, "before": None},
        "exportedAt": "2026-11-30T12:00:00.000+01:00",
    }


def write_export(
    path: Path, messages: Iterable[dict[str, Any]], *, top: dict[str, Any] | None = None
) -> int:
    """Write an export in DiscordChatExporter's layout; returns the number of messages."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write("{\n")
        for key, value in (top or header()).items():
            out.write(f"  {json.dumps(key)}: {_indented(value)},\n")
        out.write('  "messages": [')
        for item in messages:
            out.write(("," if count else "") + "\n    " + _indented(item, 4))
            count += 1
        out.write(f'\n  ],\n  "messageCount": {count}\n}}\n')
    return count


def _indented(value: Any, level: int = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + " " * level)


def random_text(rng: random.Random) -> str:
    """A message from the pools: alone, two joined, or with a name or number around it."""
    text = rng.choice(rng.choice(POOLS))
    roll = rng.random()
    if roll < 0.2:
        text = f"{text} {rng.choice(rng.choice(POOLS))}"
    elif roll < 0.3:
        text = f"@user{rng.randrange(100)} {text}"
    elif roll < 0.35:
        text = f"{text} {rng.randrange(10_000)}"
    elif roll < 0.37:
        text = " ".join([text] * rng.randrange(5, 40))  # long
    return text


def generate(count: int, *, seed: int = 12, authors: int = 200) -> Iterator[Generated]:
    """`count` messages, a few seconds apart, from `authors` members, a bot and the system."""
    rng = random.Random(seed)
    when = START
    for index in range(count):
        message_id = 1_000_000_000_000_000_000 + index
        when += timedelta(milliseconds=rng.randrange(0, 20_000))
        author_id = 800_000_000_000_000_000 + rng.randrange(authors)
        text = random_text(rng)
        roll = rng.random()
        if roll < 0.01:
            item = message(message_id, when, user(BOT_ID, bot=True), text)
            yield Generated(item, text, "skip")
        elif roll < 0.015:
            item = message(message_id, when, user(author_id), "Pinned a message.", kind="6")
            yield Generated(item, text, "skip")
        elif roll < 0.065:
            target = user(800_000_000_000_000_000 + (author_id + 1) % authors)
            yield Generated(
                message(message_id, when, user(author_id), text, mentions=[target]), text, "mention"
            )
        elif roll < 0.115:
            item = message(
                message_id, when, user(author_id), text, kind="Reply", reply_to=message_id - 1
            )
            yield Generated(item, text, "reply")
        else:
            yield Generated(message(message_id, when, user(author_id), text), text, "plain")
